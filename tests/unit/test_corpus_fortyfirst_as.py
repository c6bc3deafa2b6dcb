"""The forty-first held-out part ``as`` (tests/corpus/fortyfirst/as###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English, every style, at least twelve distinct mail-client header values), its label mix
(mostly feed access, filming only and both at least three times each, at least three applicants
without an IČO, an IPv6 test address, a block of four production addresses, a box ID in a mail's
signature, phones from seven countries), that every label names its organisation and a contact
person, and at least four data messages that each carry a file, of several kinds, with an
annotation of at most 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the attachment kinds and the mail clients, charsets,
encodings and wrappers of its ``Part`` record, enough data messages) are in test_corpus_parts.py.
These cases were written by hand apart from the extraction rules and are scored only at the end of
the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortyfirst_as_common import FEED, FILM, Style
from tests.corpus.make_fortyfirst_as import all_cases

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 \d{3}")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders; every style and at least
    twelve distinct mail-client header values."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) == len(Style)
    clients = {value for c in cases for _, value in c.get("headers", [])}
    assert len(clients) >= 12


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, filming only and both at least three times each, at least three
    applicants without an IČO, an IPv6 test address, a four-address block, a box ID in a mail's
    signature and phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+36", "+39", "+44"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    """At least four data messages, each with a file and an annotation of at most 255
    characters, with at least four attachment kinds among them."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_every_label_names_its_organisation_and_a_contact() -> None:
    """Beyond the shared label checks: every label names an organisation and a contact
    person."""
    for case in all_cases():
        org, contact = case["labels"]["organization"], case["labels"]["contact"]
        assert org["name"], case["id"]
        assert contact["person"], case["id"]
