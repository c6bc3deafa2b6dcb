"""The eighteenth held-out part ``la`` (tests/corpus/eighteenth/la###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
many mail clients, HTML-only mails with tables, forwards and replies with quoted history
including the office's own press release and contacts, corrections, signatures naming several
people, foreign senders writing English), its label mix (mostly feed access, at least three
applicants without an IČO) and data messages that each carry a file; plus that every file
loads and every label is well-formed (tests/corpus/LABELS.md). These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.eighteenth_la_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_eighteenth_la import PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

COUNT = 42
MESSAGES = messages(part_paths(PART.out, PART.prefix))
OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")


def _raw() -> bytes:
    return b"".join(p.read_bytes() for p in MESSAGES)


def test_ids_are_numbered_and_the_files_are_what_the_generator_makes() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "la", COUNT)
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert files() == files()
    assert PART.n0 == 4800
    assert {p.stem for p in MESSAGES} == set(ids)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads_and_its_label_is_well_formed(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    check_loads(path)
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    assert set(labels["request_types"]) <= {FEED, FILM}


@pytest.mark.parametrize("path", [p for p in MESSAGES if p.suffix == ".eml"], ids=lambda p: p.stem)
def test_an_e_mail_sender_is_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1 and addresses[0].domain.endswith(".example")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    quoting_office = [c for c in cases if OFFICE_QUOTED.search(c.get("body", c.get("html", "")))]
    assert len(quoting_office) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10


def test_the_part_mixes_mail_clients_charsets_and_encodings() -> None:
    raw = _raw()
    for marker in (
        b"Microsoft Outlook",
        b"MacOutlook",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Android-Mail",
        b"Seznam Email",
        b"Roundcube",
        b"Zimbra",
        b"Evolution",
        b"X-Gm-Message-State",
        b"text/html",
        b"multipart/alternative",
        b"message/rfc822",
        b"multipart/signed",
        b'format="flowed"',
        b"windows-1250",
        b"iso-8859-2",
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
    ):
        assert marker in raw, marker


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every request-type combination, at least three applicants
    without an IČO, IPv6 production, production without test, several-address blocks."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FEED,)] > len(cases) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_and_name_their_sender_box() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_part_uses_many_attachment_kinds() -> None:
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
