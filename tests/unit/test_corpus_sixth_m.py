"""The sixth held-out set's part ``m`` (tests/corpus/sixth/m001–m042): the files on disk are
exactly what its generator makes, every label is well-formed (tests/corpus/LABELS.md) and
never names the office, every message loads, and the part is varied. Extraction is
deliberately not run here: the set is scored only at the very end of the rule work."""

from __future__ import annotations

import ipaddress
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import make_sixth_m
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.sixth_m_common import Style

COUNT = 42
DIRECTORY = make_sixth_m.PART.out
STYLES = frozenset(s.value for s in Style)
MESSAGES = messages(part_paths(DIRECTORY, make_sixth_m.PREFIX))


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in make_sixth_m.all_cases()], "m", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(DIRECTORY, make_sixth_m.PREFIX), make_sixth_m.files())


def test_the_generator_is_deterministic() -> None:
    assert make_sixth_m.files() == make_sixth_m.files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(MESSAGES) == len(make_sixth_m.all_cases()) == COUNT
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_the_case_spec_labels_are_what_the_label_files_hold() -> None:
    for case in make_sixth_m.all_cases():
        stored = read_labels(DIRECTORY / f"{case['id']}.json")
        assert {k: stored[k] for k in case["labels"]} == case["labels"], case["id"]


def _expanded(case_ips: list[str]) -> int:
    return len({ipaddress.ip_address(ip) for ip in case_ips})


def test_the_part_is_varied() -> None:
    """At least eight styles, several attachment kinds, data messages with and without a
    document or only in the annotation, every request-type combination, foreign applicants without an IČO, IPv6,
    Czech without diacritics, Slovak and English."""
    specs = make_sixth_m.all_cases()
    styles = Counter(c["style"] for c in specs)
    assert len(styles) >= 8, styles
    kinds = {kind for c in specs for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    boxes = Counter(c["style"] for c in specs if "databox" in c)
    assert boxes[Style.DATABOX_ANNOTATION] >= 1 and boxes[Style.DATABOX_DOCUMENT] >= 1, boxes
    types = Counter(tuple(c["labels"]["request_types"]) for c in specs)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in specs)
    assert any(":" in ip for c in specs for ip in c["labels"]["production_ips"])
    for style in (Style.SLOVAK, Style.ENGLISH, Style.NO_DIACRITICS):
        assert styles[style] >= 1, style
    assert all(
        _expanded(c["labels"]["production_ips"]) <= 5 and _expanded(c["labels"]["test_ips"]) <= 5
        for c in specs
    )
