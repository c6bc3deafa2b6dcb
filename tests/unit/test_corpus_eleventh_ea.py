"""The eleventh held-out part ``ea`` (tests/corpus/eleventh/ea###-…): what is particular to this
part — its emphasis on e-mail as people really send it (HTML-only mails, quoted replies,
forwards, corrections, foreign senders). The checks every part shares (ids, files, labels,
loading, variety, the sender header, the mail-client markers and attachment kinds of its
``Part`` record, enough data messages) are in test_corpus_parts.py."""

from __future__ import annotations

import re

from tests.corpus.eleventh_ea_common import Style
from tests.corpus.make_eleventh_ea import all_cases


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted replies, forwards, replies, corrections and foreign senders."""
    cases = all_cases()
    html_only = [c for c in cases if "html" in c and "body" not in c]
    assert len(html_only) >= 3
    quoted = [c for c in cases if re.search(r"^>", c.get("body", ""), re.M)]
    assert len(quoted) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOREIGN} <= styles
