"""The twelfth held-out part ``fc`` (tests/corpus/twelfth/fc###-…): the files on disk are what
its generator makes, every label is well-formed and names the applicant (never the office),
every message loads, and the part is varied (styles, attachment kinds, data messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_twelfth_fc import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twelfth_fc_common import Style

COUNT = 42


def _on_disk() -> list[Path]:
    return part_paths(PART.out, PART.prefix)


def test_ids_are_numbered_in_order() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], PART.prefix, COUNT)


def test_files_on_disk_are_exactly_the_generator_output() -> None:
    part_checks.check_files_on_disk(_on_disk(), PART.files())


@pytest.mark.parametrize("path", part_checks.messages(_on_disk()), ids=lambda p: p.stem)
def test_labels_are_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), set(Style))


@pytest.mark.parametrize("path", part_checks.messages(_on_disk()), ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    assert sum("databox" in c for c in cases) >= 2
    types = [tuple(c["labels"]["request_types"]) for c in cases]
    assert ("feed_access",) in types and ("recording_permit",) in types
    assert ("feed_access", "recording_permit") in types
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 5
