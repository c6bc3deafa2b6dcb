"""The thirty-fourth held-out part ``ca`` (tests/corpus/thirtyfourth/ca###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables, forwards and replies with quoted
history including the office's own press release, answers and contacts, corrections, signatures
naming several people, foreign senders writing English), its label mix (mostly feed access, at
least three applicants without an IČO, IPv6 in production and test, blocks and ranges expanded,
a box ID in a mail's signature, phones from several countries) and data messages that each carry
a file — plus that every generated file loads and every label is valid per LABELS.md. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import THIRTYFOURTH_DIR
from tests.corpus.make_thirtyfourth_ca import PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfourth_ca_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
PATHS = part_paths(THIRTYFOURTH_DIR, PREFIX)
MESSAGES = messages(PATHS)


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_ids_and_files_on_disk() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], PREFIX, 42)
    check_files_on_disk(PATHS, files())
    assert len(MESSAGES) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_message_loads_and_its_label_is_valid(path: Path) -> None:
    check_loads(path)
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] != "2gfaasy"
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert set(labels["request_types"]) <= {FEED, FILM}
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures, foreign senders and many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10
    clients = {value for c in cases for _, value in c.get("headers", [])}
    assert len(clients) >= 12, clients


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access only, every request-type combination, at least three applicants
    without an IČO, IPv6 in production and test, a four-address block, a box ID in a mail's
    signature and phones from several countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+31"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file of one of several kinds, the annotation
    within ISDS's 255 characters, the label naming the envelope's sender box."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_attachments_and_encodings_vary() -> None:
    cases = all_cases()
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES if p.suffix == ".eml")
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
    ):
        assert marker in raw, marker
