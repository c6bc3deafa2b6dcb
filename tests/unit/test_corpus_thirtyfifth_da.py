"""The thirty-fifth held-out part ``da`` (tests/corpus/thirtyfifth/da###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables, forwards and replies with quoted
history including the office's own press release, answers and contacts, corrections, signatures
naming several people, foreign senders writing English and German), its label mix (mostly feed
access, filming only and both at least twice each, at least three applicants without an IČO, an
IPv6 test address, a four-address block, a box ID in a mail's signature, phones from nine
countries), at least four data messages that each carry a file, of several kinds, with an
annotation of at most 255 characters, and that every label names an organisation that is not the
statistical office, a contact person and an e-mail address. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds and the
mail clients, charsets, encodings and wrappers of its ``Part`` record, enough data messages) are
in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtyfifth_da import all_cases
from tests.corpus.thirtyfifth_da_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_every_label_names_the_applicant_not_the_office() -> None:
    """Beyond the shared label checks: an organisation name that is not the statistical
    office's, a contact person and a contact e-mail in every label."""
    for case in all_cases():
        org, contact = case["labels"]["organization"], case["labels"]["contact"]
        assert org["name"] and "statistick" not in org["name"].casefold(), case["id"]
        assert contact["person"] and contact["email"], case["id"]


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 5
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 5
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 6 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 12
    clients = {value for c in cases for _, value in c.get("headers", [])}
    assert len(clients) >= 14, clients


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+31", "+43", "+36"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file, of at least four kinds between them, the
    annotation within ISDS's 255 characters."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
