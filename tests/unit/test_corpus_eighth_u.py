"""The eighth held-out part ``u`` (tests/corpus/eighth/u###-…): the files on disk are exactly
what its generator makes, every label is well-formed and never the office's own, every message
loads, and the part is varied. Extraction is deliberately not run here: the set is scored only
at the end of the rule work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import make_eighth_u
from tests.corpus.eighth_u_common import Style
from tests.corpus.loader import EIGHTH_DIR
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

STYLES = frozenset(s.value for s in Style)
MESSAGES = messages(part_paths(EIGHTH_DIR, make_eighth_u.PREFIX))
COUNT = 42


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in make_eighth_u.all_cases()], "u", COUNT)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    expected = make_eighth_u.files()
    assert expected == make_eighth_u.files(), "the generator is deterministic"
    check_files_on_disk(part_paths(EIGHTH_DIR, make_eighth_u.PREFIX), expected)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_message_loads(path: Path) -> None:
    check_loads(path)


def test_part_is_varied() -> None:
    cases = make_eighth_u.all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8, styles
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    assert any("databox" in c for c in cases)
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert len(types) >= 2, types
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)
