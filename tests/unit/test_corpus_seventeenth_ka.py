"""The seventeenth held-out part ``ka`` (tests/corpus/seventeenth/ka###-…): what is particular to
this part — its emphasis on e-mail as people really send it (HTML-only mails, quoted histories,
forwards, replies, corrections, phone-typed notes, foreign senders), its label mix (mostly feed
access requests, at least three applicants without an IČO) and data messages that always carry a
file. The checks every part shares (ids, files, labels, loading, variety, the sender header, the
sender box, the mail clients and attachment kinds of its ``Part`` record, enough data messages)
are in test_corpus_parts.py."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_seventeenth_ka import all_cases
from tests.corpus.seventeenth_ka_common import FEED, Style


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, phone-typed notes
    and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOREIGN, Style.MOBILE} <= styles


def test_the_part_has_its_label_mix() -> None:
    """Most cases ask for feed access only; at least three applicants have no IČO."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 3


def test_a_data_message_carries_a_file() -> None:
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
