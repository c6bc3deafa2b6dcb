"""The seventh held-out set's part ``q`` (tests/corpus/seventh/q###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, and the part is varied (styles, attachment types, data-box messages, foreign
applicants without an IČO, IPv6). Extraction is deliberately not run here: this set is only
scored at the very end."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.corpus.make_blind_a import render
from tests.corpus.make_seventh_q import N0, PART, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.seventh_q_common import Style

SPECS = all_cases()
ON_DISK = part_paths(PART.out, PREFIX)
MESSAGES = messages(ON_DISK)
STYLES = {s.value for s in Style}
COUNT = 42


def test_ids_are_numbered_q001_to_q042() -> None:
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    assert N0 == 1600
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_label_is_well_formed_and_the_message_loads(path: Any) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    kinds = set().union(*(_kinds(c) for c in SPECS))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    databox = [c for c in SPECS if "databox" in c]
    assert databox and sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    foreign = [c for c in SPECS if c["labels"]["organization"]["ico"] is None]
    assert len(foreign) >= COUNT // 3, "this part emphasises applicants without a Czech IČO"
    phones = Counter(
        c["labels"]["contact"]["phone"][:3] for c in SPECS if c["labels"]["contact"]["phone"]
    )
    assert len(phones) >= 6, "foreign phone formats of several countries"
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
    assert any(not c["labels"]["test_ips"] for c in SPECS if c["labels"]["production_ips"])
