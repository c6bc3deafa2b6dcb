"""The sixth-round held-out part, prefix ``n`` (tests/corpus/sixth/n###-…): the files on disk
are exactly what its generator makes, every label is well-formed and never the office's own,
and the part is varied (reply threads, forwards, corrections, attachments, data-box messages).
Extraction is deliberately not run here: this set is only scored at the very end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.blind_a_common import Style
from tests.corpus.make_blind_a import render
from tests.corpus.make_sixth_n import N0, PART, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

SPECS = all_cases()
ON_DISK = part_paths(PART.out, PREFIX)
MESSAGES = messages(ON_DISK)
STYLES = frozenset(s.value for s in Style)


def test_ids_are_numbered_001_to_042_in_order() -> None:
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]
    assert files() == files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(MESSAGES) == len(SPECS)
    assert {p.stem for p in MESSAGES} == {c["id"] for c in SPECS}


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_labels_are_well_formed_and_never_the_office(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Path) -> None:
    check_loads(path)


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    kinds = set().union(*(_attachment_kinds(c) for c in SPECS))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds, kinds
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 3
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "annotation"
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (b"multipart/signed", b"message/rfc822", b"windows-1250", b"iso-8859-2"):
        assert marker in raw, marker


def test_conversations_dominate() -> None:
    """This part's emphasis: most messages carry a quoted or forwarded earlier message."""
    quoted = [c for c in SPECS if "\n>" in c.get("body", "") or "wrote:" in c.get("body", "")]
    forwarded = [c for c in SPECS if "Fwd" in c["subject"] or "Fw:" in c["subject"]]
    assert len(quoted) + len(forwarded) >= 25, (len(quoted), len(forwarded))


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
