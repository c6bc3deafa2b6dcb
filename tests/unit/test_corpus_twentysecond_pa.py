"""The twentysecond held-out part ``pa`` (tests/corpus/twentysecond/pa###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables and lists, forwards and replies
with quoted history including the office's own announcement and contacts, corrections,
signatures naming several people, foreign senders writing English), its label mix (at least
three applicants without an IČO, an IPv6 test address, address blocks, box IDs in signatures,
phones from several countries, contacts other than the sender), data messages that each carry a
file, of several kinds, and that every label names an organization and a contact person. The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the mail clients, charsets, encodings, wrappers and attachment kinds of its ``Part``
record, enough data messages) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email.utils
import re
from collections import Counter

from tests.corpus.make_twentysecond_pa import all_cases
from tests.corpus.twentysecond_pa_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_every_label_names_the_organization_and_the_contact_person() -> None:
    """LABELS.md: every label has an organization name and a contact person (the shared label
    check does not ask for them)."""
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["name"] and lab["contact"]["person"], case["id"]


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum("<table" in c.get("html", "") for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 12
    assert any(c.get("flowed") and c.get("delsp") for c in cases)
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39"):
        assert any(phone.startswith(country) for phone in phones), country
    senders = [email.utils.parseaddr(c["from"])[1] for c in cases if "from" in c]
    contacts = [c["labels"]["contact"]["email"] for c in cases if "from" in c]
    assert sum(s != e for s, e in zip(senders, contacts, strict=True)) >= 6


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
