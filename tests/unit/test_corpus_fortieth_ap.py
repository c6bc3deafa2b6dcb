"""The fortieth held-out part ``ap`` (tests/corpus/fortieth/ap###-…): what is particular to this
part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails, HTML-only
mails with tables, forwards and replies with quoted history including the office's own press release
and contacts, corrections, signatures naming several people, foreign senders writing English, a
flowed mail, UTF-8, windows-1250 and ISO-8859-2 mails, at least ten distinct mail-client header
values), its label mix (mostly feed access, filming only at least twice and both at least three
times, at least three applicants without an IČO, an IPv6 test address, a four-address block, a box
ID in a mail's signature, phones from eight countries), that every label names its organisation and
a contact person (no contact e-mail mentioning czso), and at least four data messages that each
carry a file, of several kinds, with an annotation of at most 255 characters. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds and the mail clients, charsets, encodings and wrappers of its ``Part`` record, enough data
messages) are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortieth_ap_common import FEED, FILM, Style
from tests.corpus.make_fortieth_ap import all_cases

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted history, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, HTML mails, foreign senders and signatures, at least ten
    styles, a flowed mail, three charsets and at least ten distinct mail-client header values."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 5
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 1
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 4
    assert len(styles) >= 10
    assert any(c.get("flowed") for c in cases)
    assert {c.get("charset", "utf-8") for c in cases} >= {"utf-8", "windows-1250", "iso-8859-2"}
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 10


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, filming only at least twice and both at least three times, at
    least three applicants without an IČO, an IPv6 test address, a four-address block, a box ID
    in a mail's signature and phones from eight countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2 and types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43", "+36"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file and an annotation of at most 255
    characters, with at least four attachment kinds among them."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_every_label_names_its_organisation_and_a_contact() -> None:
    """Beyond the shared label checks: every label names an organisation and a contact person,
    and no contact e-mail mentions czso at all (the shared check forbids only czso.cz)."""
    for case in all_cases():
        org, contact = case["labels"]["organization"], case["labels"]["contact"]
        assert org["name"], case["id"]
        assert contact["person"], case["id"]
        assert "czso" not in (contact["email"] or ""), case["id"]
