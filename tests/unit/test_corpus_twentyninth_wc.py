"""The twentyninth held-out part ``wc`` (tests/corpus/twentyninth/wc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing their own
language, freelancers, universities, municipalities, agencies, IT contractors, terse notes and
long letters), addresses written as ranges, blocks, netmasks, order words and IPv6, request types
declined, withdrawn or left for later, and at least four data messages that each carry a file —
plus that every generated file loads and every label is valid per LABELS.md. The checks every
part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyninth_wc import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentyninth_wc_common import FEED, FILM, Style

PATHS = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "274052733")


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "") + case.get("subject", "")


def test_there_are_42_cases_and_files() -> None:
    assert len(all_cases()) == 42
    assert len(PATHS) == 42
    assert {p.stem for p in PATHS} == {c["id"] for c in all_cases()}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types)
    for role in ("production_ips", "test_ips"):
        ips = lab[role]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        for ip in ips:
            assert str(ipaddress.ip_address(ip)) == ip
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    org, contact = lab["organization"], lab["contact"]
    assert org["name"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    flat = json.dumps({k: v for k, v in lab.items() if k != "description"}).casefold()
    assert not any(o in flat.replace(" ", "") for o in OFFICE)


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in many languages, freelancers, universities, municipalities, agencies,
    contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    assert len(styles) >= 12
    texts = " ".join(_text(c) for c in all_cases())
    for word in (
        "Antragsteller",
        "Wnioskodawca",
        "Kapcsolattartó",
        "respectivement",
        "Solicitud",
        "Kontaktperson",
        "Kontakt",
        "Referente",
        "Tuotanto",
        "žiadame",
    ):
        assert word in texts, word


def test_the_part_has_its_address_and_request_wording() -> None:
    """Ranges, CIDR blocks, netmasks, order words, IPv6, replaced/internal hosts; declined,
    withdrawn or later requests."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(":" in ip for lab in labels for ip in lab["production_ips"]) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    texts = [_text(c) for c in cases]
    assert sum("255.255.255." in t for t in texts) >= 3
    assert sum(bool(re.search(r"\d/3[01]\b", t)) for t in texts) >= 1
    assert any("respectively" in t for t in texts) and any("bzw." in t for t in texts)
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5 and types[(FEED,)] > 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds: set[str] = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
