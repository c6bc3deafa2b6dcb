"""The forty-first held-out part ``as`` (tests/corpus/fortyfirst/as###-…): what is particular to
this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, at least three applicants without an IČO,
IPv6 addresses in both roles, a block of four production addresses, a box ID in a mail's
signature, phones from several countries), data messages that each carry a file, and that every
file loads and every label is well formed by tests/corpus/LABELS.md. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortyfirst_as_common import FEED, FILM, OFFICE_BOX, OFFICE_ICO, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_fortyfirst_as import PART, all_cases
from tests.corpus.parts import part_paths

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 \d{3}")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
BOX = re.compile(r"^[a-z0-9]{7}$")
PATHS = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_42_cases_and_their_files() -> None:
    cases = all_cases()
    assert [c["id"][:5] for c in cases] == [f"as{n:03d}" for n in range(1, 43)]
    assert len(PATHS) == 42
    assert PART.files() == {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
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
    """Mostly feed access only, at least three applicants without an IČO, IPv6 in both roles,
    a four-address block, a box ID in a mail's signature and phones from seven countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+36", "+39", "+44"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
    every = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert every >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads(path: Path) -> None:
    assert parse_path(path) is not None


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    assert len(set(lab["request_types"])) == len(lab["request_types"])
    org = lab["organization"]
    assert org["name"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != OFFICE_ICO)
    assert org["databox_id"] is None or (
        BOX.match(org["databox_id"]) and org["databox_id"] != OFFICE_BOX
    )
    for role in ("production_ips", "test_ips"):
        ips = lab[role]
        assert isinstance(ips, list) and len(ips) <= 5 or role == "production_ips"
        for ip in ips:
            assert str(ipaddress.ip_address(ip)) == ip, ip
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED not in lab["request_types"]:
        assert not lab["production_ips"] and not lab["test_ips"]
    contact = lab["contact"]
    assert contact["person"]
    assert contact["email"] is None or re.match(r"^[^@\s]+@[^@\s]+\.example$", contact["email"])
    assert contact["phone"] is None or E164.match(contact["phone"]), contact["phone"]
