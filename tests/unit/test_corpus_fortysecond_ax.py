"""The forty-second held-out part ``ax`` (tests/corpus/fortysecond/ax###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media in their own languages,
freelancers, universities and institutes, municipalities, agencies, IT contractors writing for a
medium, terse notes and long letters), addresses as ranges, CIDR blocks, netmasks and IPv6, request
types declined, withdrawn or filming only, and at least four data messages that each carry a file
— plus that every generated file loads and every label is valid per LABELS.md. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortysecond_ax_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_fortysecond_ax import PART, all_cases
from tests.corpus.parts import part_paths

FILES = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "274052733")


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign, freelance, institution, municipal, agency and contractor applicants, terse
    notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 8, styles
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.MUNICIPAL, Style.AGENCY):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 4 and styles[Style.TERSE] >= 3
    assert len(styles) >= 12


def test_foreign_languages_are_written_in_their_own_words() -> None:
    text = " ".join(c.get("body", c.get("html", "")) for c in all_cases())
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Köszönöm",
        "Madame",
        "Buenos",
        "Hej",
        "Hei,",
        "Gentili",
    ):
        assert word in text, word


def test_the_part_has_its_address_forms() -> None:
    """CIDR blocks, a netmask, written ranges, IPv6 and a /127, expanded in the labels."""
    cases = all_cases()
    raw = " ".join(c.get("body", c.get("html", "")) + repr(c.get("attachments")) for c in cases)
    assert re.search(r"\d/3[01]\b", raw) and "255.255.255.252" in raw
    assert " až " in raw and " to 203." in raw and "respectively" in raw
    assert "/127" in raw
    labels = [c["labels"] for c in cases]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3


def test_the_part_has_its_request_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 8


def test_data_messages_carry_files_and_short_annotations() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_part_is_generated_as_on_disk() -> None:
    assert len(all_cases()) == 42
    files = PART.files()
    on_disk = part_paths(PART.out, PART.prefix)
    assert sorted(p.name for p in on_disk) == sorted(files)
    for path in on_disk:
        assert path.read_bytes() == files[path.name], path.name


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    assert parse_path(path).components
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types)
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips)
    assert (FEED in types) == bool(lab["production_ips"])
    if FEED not in types:
        assert not lab["test_ips"]
    org, contact = lab["organization"], lab["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    flat = repr({k: v for k, v in lab.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE)
