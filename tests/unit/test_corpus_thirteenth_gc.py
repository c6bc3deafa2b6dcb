"""The thirteenth held-out part ``gc`` (tests/corpus/thirteenth/gc###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never names the office, every
message loads, and the part is varied in the ways its brief asks (unusual applicants and
wording, several attachment kinds, data messages, declined and filming-only requests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_thirteenth_gc import PART, all_cases
from tests.corpus.parts import part_paths

STYLES = {
    "foreign",
    "freelancer",
    "university",
    "municipal",
    "contractor",
    "databox",
    "attachment",
    "letter",
    "terse",
    "html",
    "form",
    "forward",
    "reply",
}
COUNT = 42


def _paths() -> list[Path]:
    return part_paths(PART.out, PART.prefix)


def test_ids_are_numbered() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], PART.prefix, COUNT)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(_paths(), PART.files())


def test_generator_is_deterministic() -> None:
    assert PART.files() == PART.files()


@pytest.mark.parametrize("path", part_checks.messages(_paths()), ids=lambda p: p.stem)
def test_labels_are_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", part_checks.messages(_paths()), ids=lambda p: p.stem)
def test_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    assert sum("databox" in c for c in cases) >= 2
    types = [c["labels"]["request_types"] for c in cases]
    assert sum(t == ["recording_permit"] for t in types) >= 3
    assert sum(len(t) == 2 for t in types) >= 3
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    ipv6 = [ip for c in cases for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert sum(":" in ip for ip in ipv6) >= 5
