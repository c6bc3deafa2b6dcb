"""The tenth held-out part ``y`` (tests/corpus/tenth/y###-…): the files on disk are exactly
what its generator makes, every label is well-formed and never the office's own, every
message loads, and the part has its variety and its emphasis on attachments, forms and data
boxes. Extraction is deliberately not run here: the part is scored only at the end."""

from __future__ import annotations

import ipaddress
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.blind_a_common import Style
from tests.corpus.make_tenth_y import N0, PART, all_cases, files
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


def _paths() -> list[Path]:
    return part_paths(PART.out, PART.prefix)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in all_cases()], "y", COUNT)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    assert N0 == 2500
    check_files_on_disk(_paths(), files())


def test_the_generator_is_deterministic() -> None:
    assert files() == files()


@pytest.mark.parametrize("path", messages(_paths()), ids=lambda p: p.stem)
def test_every_label_is_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", messages(_paths()), ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    check_loads(path)


def test_a_data_message_label_names_its_sender_box() -> None:
    for case in all_cases():
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8, styles
    kinds = set().union(*(_kinds(c) for c in cases))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds, kinds
    labels = [c["labels"] for c in cases]
    combos = {tuple(sorted(lab["request_types"])) for lab in labels}
    assert combos == {
        ("feed_access",),
        ("recording_permit",),
        ("feed_access", "recording_permit"),
    }
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(
        ipaddress.ip_address(ip).version == 6 for lab in labels for ip in lab["production_ips"]
    )
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)


def test_the_part_has_its_attachment_and_data_box_emphasis() -> None:
    cases = all_cases()
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 5
    assert any(not _kinds(c) - {"txt"} for c in databox), "a request only in the annotation"
    assert any(_kinds(c) - {"txt"} for c in databox), "a data message with a document"
    with_documents = [c for c in cases if _kinds(c) - {"txt", "eml"}]
    assert len(with_documents) >= COUNT // 2
