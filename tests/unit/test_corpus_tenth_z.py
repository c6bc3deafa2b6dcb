"""The tenth held-out part ``z`` (tests/corpus/tenth/z###-…): ids numbered in order, the files
on disk exactly what make_tenth_z writes, every label well-formed (LABELS.md: IČO checksum,
documentation address ranges, at most 5 + 5 addresses, E.164 phones, the two request types)
and never the office's own, every message loads, and the part is varied with its emphasis on
unusual applicants and wording. Extraction is deliberately not run here: this part is only
scored at the end of the rule work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import make_tenth_z
from tests.corpus.loader import TENTH_DIR
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.tenth_z_common import Style

COUNT = 42
STYLES = frozenset(s.value for s in Style)
CASES: list[dict[str, Any]] = make_tenth_z.all_cases()
MESSAGES = messages(part_paths(TENTH_DIR, make_tenth_z.PREFIX))


def test_ids_are_numbered_z001_to_z042_in_order() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == COUNT
    check_ids_numbered(ids, "z", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(TENTH_DIR, "z"), make_tenth_z.files())


def test_the_generator_is_deterministic_and_numbers_from_2600() -> None:
    assert make_tenth_z.N0 == 2600
    assert make_tenth_z.files() == make_tenth_z.files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(MESSAGES) == COUNT
    assert {p.stem for p in MESSAGES} == {c["id"] for c in CASES}
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    databox = [c for c in CASES if "databox" in c]
    assert databox
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 8, styles
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    types = Counter(tuple(c["labels"]["request_types"]) for c in CASES)
    assert set(types) == {
        ("feed_access",),
        ("recording_permit",),
        ("feed_access", "recording_permit"),
    }, types
    labels = [c["labels"] for c in CASES]
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_emphasis() -> None:
    """Foreign media, freelancers, universities and institutes, municipalities, contractors,
    address notations and declined or withdrawn requests, each more than once; many
    applicants without an IČO; several filming-only applications."""
    styles = Counter(c["style"] for c in CASES)
    for style in (
        Style.FOREIGN,
        Style.FREELANCE,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.CONTRACTOR,
        Style.NOTATION,
        Style.DECLINED,
        Style.RECORDING,
    ):
        assert styles[style] >= 2, style
    labels = [c["labels"] for c in CASES]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert sum(lab["request_types"] == ["recording_permit"] for lab in labels) >= 4
