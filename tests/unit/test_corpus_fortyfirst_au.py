"""The forty-first held-out part ``au`` (tests/corpus/fortyfirst/au###-…): what is particular to
this part — unusual applicants and wording (foreign media writing their own languages or mixed
with English, freelancers, universities and institutes, municipalities, agencies, IT contractors
writing for a medium, terse notes and long letters), addresses written as ranges, CIDR blocks,
netmasks, order words and IPv6, replaced, temporary or internal hosts, request types declined,
withdrawn, conditional, left for a later election or filming only, and at least four data
messages that each carry a file — plus that every generated file loads and every label is valid
per LABELS.md. The checks every part shares run in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortyfirst_au_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyfirst_au import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

MESSAGES = messages(part_paths(PART.out, PART.prefix))
TEXT_KEYS = ("body", "html", "subject")


def _text(case: dict) -> str:
    parts = [case.get(k) or "" for k in TEXT_KEYS]
    return "\n".join(parts) + repr(case.get("attachments", []))


def test_the_part_has_42_numbered_cases_and_its_files_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "au", 42)
    check_files_on_disk(MESSAGES + [p.with_suffix(".json") for p in MESSAGES], PART.files())
    assert len(MESSAGES) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_loads(path)
    labels = read_labels(path)
    check_labels(path.stem, labels, set(Style))
    org = labels["organization"]
    assert org["ico"] is None or ico_valid(org["ico"])
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    assert labels["request_types"] in ([FEED], [FILM], [FEED, FILM])


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in many languages, freelancers, universities, institutes, municipalities,
    contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.INSTITUTE, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 3
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in all_cases())
    for word in (
        "Sehr geehrte",  # German
        "Dzień dobry",  # Polish
        "Dobrý deň",  # Slovak
        "Tisztelt",  # Hungarian
        "Madame, Monsieur",  # French
        "Buenos días",  # Spanish
        "Hej!",  # Swedish
        "Hei",  # Norwegian / Finnish
    ):
        assert word in text, word
    names = [c["labels"]["organization"]["name"] or "" for c in all_cases()]
    assert sum(n.startswith(("Město", "Obec")) for n in names) >= 2
    assert sum("niverzit" in n or "niwersytet" in n for n in names) >= 3


def test_the_part_has_its_address_forms() -> None:
    """Written ranges, CIDR blocks, netmasks, IPv6 blocks, replaced, temporary and internal
    hosts appear in the text; blocks are expanded in the labels."""
    text = "\n".join(_text(c) for c in all_cases())
    assert re.search(r"\d/(30|126|127)\b", text)
    assert "255.255.255.252" in text and "255.255.255.254" in text and "255.255.255.255" in text
    assert re.search(r"\bbis\b|\bdo 203|–203|až 198", text)
    assert "10.20.0.15" in text and "192.168.1.20" in text
    labels = [c["labels"] for c in all_cases()]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(len(lab["production_ips"]) == 3 for lab in labels)
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 8


@pytest.mark.parametrize("path", [p for p in MESSAGES if p.suffix == ".eml"], ids=str)
def test_the_sender_header_is_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1 and addresses[0].domain.endswith(".example")


def test_the_part_has_its_request_type_mix() -> None:
    """Every combination, several filming-only cases, and declined or withdrawn types."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5


def test_the_part_has_its_data_messages() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)


def test_the_raw_messages_mix_clients_charsets_and_encodings() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"<p:dmAnnotation>",
        b"Microsoft Outlook 16.0",
        b"Outlook on the web",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Email.cz (Seznam Email)",
        b"Roundcube",
        b"Zimbra",
        b"X-Gm-Message-State",
    ):
        assert marker in raw, marker
    kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
