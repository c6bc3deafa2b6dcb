"""The fourteenth held-out part ``hb`` (tests/corpus/fourteenth/hb###-…): ids numbered in
order, the files on disk exactly what the generator makes, every label well-formed and never
the office's own, every message loads, and the part's variety and emphasis (attachments,
forms, data boxes). Extraction is deliberately not run here: the set is only scored at the
very end."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.corpus.fourteenth_hb_common import Style
from tests.corpus.make_fourteenth_hb import N0, PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

COUNT = 42
STYLES = frozenset(s.value for s in Style)
ON_DISK = messages(part_paths(PART.out, PART.prefix))


def test_ids_are_numbered_hb001_to_hb042() -> None:
    check_ids_numbered([c["id"] for c in all_cases()], "hb", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    assert N0 == 3700
    assert files() == files()
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert {p.stem for p in ON_DISK} == {c["id"] for c in all_cases()}


@pytest.mark.parametrize("path", ON_DISK, ids=[p.stem for p in ON_DISK])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)
    if path.suffix == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        (sender,) = msg["From"].addresses
        assert sender.domain.endswith(".example")


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds
    combos = {tuple(c["labels"]["request_types"]) for c in cases}
    assert {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")} <= combos
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in cases)


def test_data_messages_carry_a_file_and_name_their_sender_box() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_most_cases_carry_an_attachment() -> None:
    assert sum(bool(c.get("attachments")) for c in all_cases()) >= 35
