"""The sixteenth held-out part ``jb`` (tests/corpus/sixteenth/jb###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, and the part is varied with its emphasis on attachments, forms and data-box
messages. Extraction is deliberately not run here: the part is only scored at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_sixteenth_jb import N0, PART, PREFIX, all_cases, files
from tests.corpus.parts import part_paths

STYLES = {
    "form",
    "letter",
    "databox",
    "spreadsheet",
    "pdf",
    "odt",
    "txt",
    "cover-note",
    "reply",
    "forward",
    "outlook",
    "html",
}
COUNT = 42


def _on_disk() -> list[Path]:
    return part_paths(PART.out, PREFIX)


def test_ids_are_numbered_in_order() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], PREFIX, COUNT)


def test_files_on_disk_are_the_generators_output() -> None:
    part_checks.check_files_on_disk(_on_disk(), files())


def test_the_generator_is_deterministic_and_uses_its_offset() -> None:
    assert N0 == 4300
    assert files() == files()


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: str(c["id"]))
def test_label_is_well_formed(case: dict[str, object]) -> None:
    path = PART.out / f"{case['id']}.json"
    part_checks.check_labels(str(case["id"]), part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", part_checks.messages(_on_disk()), ids=lambda p: p.name)
def test_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_data_box_labels_name_the_envelope_sender() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"docx", "pdf", "xlsx", "odt", "rtf", "txt"} <= kinds
    assert sum(bool(c.get("attachments")) for c in cases) >= 35
    combos = {tuple(c["labels"]["request_types"]) for c in cases}
    assert {("feed_access",), ("recording_permit",)} <= combos
    assert any(len(t) == 2 for t in combos)
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in cases)
