"""The thirty-second held-out part ``za`` (tests/corpus/thirtysecond/za###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English, at least twelve client headers), its label mix (mostly feed access, filming
only and both at least three times each, at least three applicants without an IČO, an IPv6 test
address, two four-address production blocks, box IDs in two mails' signatures, phones from eight
countries) and at least four data messages, each with a file of several kinds and an annotation
within 255 characters. The checks every part shares (ids, files, labels, loading, variety, the
sender header, the sender box, the mail clients, charsets, encodings, wrappers, annotations and
attachment kinds of its ``Part`` record, enough data messages) are in test_corpus_parts.py. These
cases were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtysecond_za import all_cases
from tests.corpus.thirtysecond_za_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and at least twelve client
    headers."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.PHONE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) == len(Style)
    clients = {v for c in cases for _, v in c.get("headers", []) if v}
    assert len(clients) >= 12


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed only, filming only and both at least three times each, at least three
    applicants without an IČO, an IPv6 test address, four-address production blocks, box IDs
    in two mails' signatures, phones from eight countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43", "+380"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
