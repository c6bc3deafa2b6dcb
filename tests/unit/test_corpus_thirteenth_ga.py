"""The thirteenth held-out part ``ga`` (tests/corpus/thirteenth/ga###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone two-liners, chatty mails,
HTML-only mails, forwards, replies with quoted history, corrections, follow-ups, foreign senders,
busy signatures), data messages that always carry a file, and an IPv6 test address. The checks
every part shares (ids, files, labels, loading, variety, the sender header, the mail mix, mail
clients and attachment kinds of its ``Part`` record, enough data messages) are in
test_corpus_parts.py."""

from __future__ import annotations

import re

from tests.corpus.make_thirteenth_ga import all_cases
from tests.corpus.thirteenth_ga_common import Style


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories and the styles of mail as people send it."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {
        Style.MOBILE,
        Style.CHATTY,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.FOREIGN,
        Style.SIGNATURE,
    } <= styles


def test_a_data_message_carries_a_file_and_a_test_address_is_ipv6() -> None:
    cases = all_cases()
    for case in (c for c in cases if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
    assert any(":" in ip for c in cases for ip in c["labels"]["test_ips"])
