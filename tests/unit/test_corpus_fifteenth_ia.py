"""The fifteenth held-out part ``ia`` (tests/corpus/fifteenth/ia###-…): what is particular to
this part — its emphasis on e-mail as people really send it (HTML-only mails, quoted histories,
forwards, replies, corrections, phone-typed notes, foreign senders) and data messages that
always carry a file. The checks every part shares (ids, files, labels, loading, variety, the
sender header, the sender box, the mail mix, mail clients and attachment kinds of its ``Part``
record, enough data messages) are in test_corpus_parts.py."""

from __future__ import annotations

import re

from tests.corpus.fifteenth_ia_common import Style
from tests.corpus.make_fifteenth_ia import all_cases


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, phone-typed notes and
    foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOREIGN, Style.MOBILE} <= styles


def test_a_data_message_carries_a_file() -> None:
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
