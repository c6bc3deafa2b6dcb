"""The sixteenth held-out part ``ja`` (tests/corpus/sixteenth/ja###-…): what is particular to this
part — its emphasis on e-mail as people really send it (HTML-only mails, quoted histories,
forwards, replies, corrections, follow-ups, foreign senders) and data messages that always carry a
file. The checks every part shares (ids, files, labels, loading, variety, the sender header, the
sender box, the mail clients and attachment kinds of its ``Part`` record, enough data messages)
are in test_corpus_parts.py."""

from __future__ import annotations

import re

from tests.corpus.make_sixteenth_ja import all_cases
from tests.corpus.sixteenth_ja_common import Style


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, follow-ups and
    foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.FOREIGN} <= styles


def test_a_data_message_carries_a_file() -> None:
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
