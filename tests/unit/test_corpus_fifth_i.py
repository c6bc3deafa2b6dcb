"""The fifth-round held-out set, prefix ``i`` (tests/corpus/fifth/i###-…): the files on disk
are exactly what its generator makes, every label is well-formed and never the office's own,
and the part is varied (mail clients, HTML-only mails, forwards, reply threads, corrections,
attachments, data messages). Extraction is deliberately not run here: this set is only scored
at the end of the fifth round of rule work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.fifth_i_common import Style
from tests.corpus.loader import FIFTH_DIR
from tests.corpus.make_blind_a import render
from tests.corpus.make_fifth_i import N0, PREFIX, all_cases, files
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
ON_DISK = part_paths(FIFTH_DIR, PREFIX)
MESSAGES = messages(ON_DISK)
STYLES = frozenset(s.value for s in Style)


def test_ids_are_numbered_001_to_042_in_order() -> None:
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())
    assert len(MESSAGES) == len(SPECS)


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]
    assert files() == files()


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= STYLES and len(styles) >= 8, styles
    kinds = set().union(*(_kinds(c) for c in SPECS))
    assert len(kinds - {"eml"}) >= 4, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"delsp=\"yes\"",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 3
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
