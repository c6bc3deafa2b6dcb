"""The fifteenth held-out part ``ic`` (tests/corpus/fifteenth/ic###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, and the part is varied with its emphasis on unusual applicants and wording.
Extraction is deliberately not run here: this part is only scored at the very end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import part_checks
from tests.corpus.fifteenth_ic_common import Style
from tests.corpus.make_blind_a import render
from tests.corpus.make_fifteenth_ic import N0, PART, PREFIX, all_cases, files
from tests.corpus.parts import part_paths

SPECS = all_cases()
ON_DISK = part_paths(PART.out, PREFIX)
MESSAGES = part_checks.messages(ON_DISK)
STYLES = {s.value for s in Style}


def test_ids_are_numbered_ic001_to_ic042() -> None:
    part_checks.check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_exactly_the_generator_output() -> None:
    part_checks.check_files_on_disk(ON_DISK, files())
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_label_is_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    assert sum(c["style"] == Style.FOREIGN for c in SPECS) >= 8
    assert {Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPAL, Style.AGENCY} <= set(styles)
    kinds = set().union(*(_kinds(c) for c in SPECS))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in SPECS) >= 8
    ips = [ip for c in SPECS for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert any(":" in ip for ip in ips)
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (b"multipart/signed", b"message/rfc822", b"windows-1250", b"iso-8859-2"):
        assert marker in raw, marker


def test_a_data_message_carries_a_file_and_names_its_sender_box() -> None:
    boxed = [c for c in SPECS if "databox" in c]
    assert len(boxed) >= 2
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(boxed)
    for case in boxed:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
