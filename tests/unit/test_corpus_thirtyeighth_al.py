"""The thirty-eighth held-out part ``al`` (tests/corpus/thirtyeighth/al###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages or mixed with English, freelancers, universities and institutes, municipalities,
agencies, IT contractors, terse notes and long letters), addresses written as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts, request types
declined, withdrawn, conditional, deferred or filming only, and at least four data messages each
carrying a file — plus that every generated file loads and every label is valid per LABELS.md.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.make_thirtyeighth_al import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyeighth_al_common import FEED, FILM, Style

FILES = messages(part_paths(PART.out, PART.prefix))
STYLES = frozenset(s.value for s in Style)


def _text(case: dict) -> str:
    """Everything a case's writer wrote: subject, bodies and attachment contents, as text."""
    return repr((case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")))


def test_the_part_has_42_numbered_cases_and_its_files_on_disk() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], "al", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert {p.stem for p in FILES} == {c["id"] for c in cases}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_the_part_has_its_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in all_cases())
    for style in (
        Style.FOREIGN,
        Style.FREELANCER,
        Style.INSTITUTION,
        Style.MUNICIPALITY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.LETTER,
        Style.AGENCY,
    ):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 8 and len(styles) >= 12, styles


def test_foreign_media_write_in_their_own_languages() -> None:
    markers = {
        "de": "Sehr geehrte",
        "pl": "Dzień dobry|Szanowni Państwo",
        "sk": "Dobrý deň",
        "hu": "Tisztelt",
        "fr": "Madame, Monsieur",
        "es": "Buenos días",
        "it": "Gentili",
        "sv": "Hej,",
        "da": "Kære",
        "en": "Dear ",
    }
    texts = [_text(c) for c in all_cases()]
    for lang, marker in markers.items():
        assert any(re.search(marker, t) for t in texts), lang


def test_addresses_are_written_in_unusual_ways() -> None:
    texts = [_text(c) for c in all_cases()]
    assert any(re.search(r"\d/3[01]\b", t) for t in texts), "a CIDR block"
    assert any("255.255.255." in t for t in texts), "a netmask"
    assert any(re.search(r"\d – 198|\d-198|bis 2001", t) for t in texts), "a written range"
    assert any("první je ostrá" in t for t in texts), "order words"
    assert any("respectively" in t for t in texts)
    assert any(re.search(r"\b10\.\d+\.\d+\.\d+\b", t) for t in texts), "an internal host"
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 5, "expanded blocks"
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])


def test_the_part_has_its_request_type_mix() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5, types
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+33", "+36", "+34", "+39", "+46", "+45"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
    assert sum(path.suffix == ".xml" for path in FILES) == len(databox)
