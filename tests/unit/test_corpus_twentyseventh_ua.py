"""The twentyseventh held-out part ``ua`` (tests/corpus/twentyseventh/ua###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, at least three applicants without an IČO,
IPv6 addresses in both roles, a block of four production addresses, a box ID in a mail's
signature, phones from several countries), data messages that each carry a file, and that every
generated file loads and every label is well formed per tests/corpus/LABELS.md. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyseventh_ua import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentyseventh_ua_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
BOX = re.compile(r"^[a-z0-9]{7}$")
FILES = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, the office's own quoted text, forwards, replies,
    corrections, phone-typed notes, signatures and foreign senders."""
    cases = all_cases()
    assert len(cases) == 42
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert len(styles) >= 10


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+31", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_label_is_well_formed(case: dict) -> None:
    lab = case["labels"]
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    assert len(set(lab["request_types"])) == len(lab["request_types"])
    org = lab["organization"]
    assert org["name"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        BOX.match(org["databox_id"]) and org["databox_id"] != "2gfaasy"
    )
    for key in ("production_ips", "test_ips"):
        assert isinstance(lab[key], list)
        for ip in lab[key]:
            assert str(ipaddress.ip_address(ip)) == ip, ip
    assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    if FEED not in lab["request_types"]:
        assert not lab["production_ips"] and not lab["test_ips"]
    contact = lab["contact"]
    assert contact["person"] and contact["email"] and "@" in contact["email"]
    assert contact["phone"] is None or E164.match(contact["phone"]), contact["phone"]


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    on_disk = {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}
    assert on_disk == PART.files()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_generated_file_loads(path: Path) -> None:
    assert parse_path(path) is not None
