"""The twentyseventh held-out part ``uc`` (tests/corpus/twentyseventh/uc###-…): what is
particular to this part — its emphasis on unusual applicants and wording (foreign media writing
in their own languages, freelancers, universities and institutes, municipalities, IT
contractors writing for a medium, terse notes and long letters), addresses written as ranges,
CIDR blocks, netmasks, order words and IPv6, replaced, temporary or internal hosts, request types
declined, withdrawn, conditional, for a later election or filming only, and at least four data
messages each carrying a file. Also that every generated file loads and every label is valid per
tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyseventh_uc import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyseventh_uc_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
FOREIGN_WORDS = {
    "de": "Sehr geehrte",
    "pl": "Dzień dobry",
    "hu": "Tisztelt",
    "fr": "Madame, Monsieur",
    "es": "Estimados",
    "sv": "Med vänliga hälsningar",
    "da": "Venlig hilsen",
    "it": "Buongiorno",
    "fi": "Hyvä vastaanottaja",
    "sk": "Dobrý deň",
}


def _text(case: dict) -> str:
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    for _, _, content in case.get("attachments", []):
        parts.append(repr(content))
    return "\n".join(parts)


def test_there_are_42_cases_numbered_in_order_and_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "uc", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert {p.stem for p in PATHS} == set(ids)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    labels = read_labels(path)
    check_labels(path.stem, labels, set(Style))
    org = labels["organization"]
    assert org["ico"] is None or ico_valid(org["ico"])
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    assert set(labels["request_types"]) <= {FEED, FILM}


def test_the_part_writes_in_many_languages() -> None:
    texts = [_text(c) for c in all_cases()]
    for lang, word in FOREIGN_WORDS.items():
        assert any(word in t for t in texts), lang
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    assert len(styles) >= 12


def test_the_part_has_its_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in all_cases())
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.MUNICIPALITY, Style.TERSE):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 1 and styles[Style.LETTER] >= 4
    names = [c["labels"]["organization"]["name"] for c in all_cases()]
    assert any("univerzita" in n.lower() for n in names)
    assert any(n.startswith(("Obec", "Město", "Statutární")) for n in names)


def test_the_part_writes_addresses_in_unusual_ways() -> None:
    texts = "\n".join(_text(c) for c in all_cases())
    assert re.search(r"\d/3[01]\b", texts), "a CIDR block"
    assert "255.255.255.252" in texts and "255.255.255.254" in texts, "netmasks"
    assert re.search(r"\.\d+[-–]\d+\b", texts), "a written range"
    assert "resp." in texts and "první" in texts, "roles from order words"
    labels = [c["labels"] for c in all_cases()]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])


def test_the_part_has_its_request_type_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 6, types
    film_only = [c for c in all_cases() if c["labels"]["request_types"] == [FILM]]
    assert all(not c["labels"]["production_ips"] for c in film_only)
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 8
    phones = [c["labels"]["contact"]["phone"] or "" for c in all_cases()]
    for country in ("+49", "+48", "+421", "+36", "+33", "+34", "+46", "+45", "+44", "+358"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)
