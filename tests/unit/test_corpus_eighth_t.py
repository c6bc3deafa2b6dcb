"""The eighth held-out part ``t`` (tests/corpus/eighth/t###-…): the files on disk are exactly
what its generator makes, every label is well-formed and never the office's own, every message
loads, and the part is varied. Extraction is deliberately not run: the set is scored only at
the end of the rule work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import make_eighth_t
from tests.corpus.eighth_t_common import Style
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

OUT = make_eighth_t.PART.out
STYLES = frozenset(s.value for s in Style)
MESSAGES = messages(part_paths(OUT, make_eighth_t.PREFIX))
COUNT = 42


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in make_eighth_t.all_cases()], "t", COUNT)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(OUT, "t"), make_eighth_t.files())


def test_generator_is_deterministic() -> None:
    assert make_eighth_t.files() == make_eighth_t.files()


def test_every_case_has_a_message_and_a_label() -> None:
    stems = {p.stem for p in MESSAGES}
    assert stems == {c["id"] for c in make_eighth_t.all_cases()}
    assert all((OUT / f"{s}.json").is_file() for s in stems)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_message_loads(path: Path) -> None:
    check_loads(path)


def test_the_part_is_varied() -> None:
    cases = make_eighth_t.all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"docx", "pdf", "xlsx", "odt", "rtf"} <= kinds, kinds
    boxes = [c for c in cases if "databox" in c]
    office = {"docx", "pdf", "xlsx", "odt", "rtf"}
    assert any({k for k, _, _ in c["attachments"]} & office for c in boxes)
    assert any(not {k for k, _, _ in c["attachments"]} & office for c in boxes)
    types = [tuple(c["labels"]["request_types"]) for c in cases]
    assert {("feed_access",), ("recording_permit",)} <= set(types)
    assert any(len(t) == 2 for t in types)
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)
    assert any(
        ":" in ip for c in cases for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]
    )
