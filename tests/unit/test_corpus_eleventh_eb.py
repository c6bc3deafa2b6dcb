"""The eleventh held-out set's part with prefix ``eb`` (tests/corpus/eleventh/eb###-…): the
files on disk are exactly what its generator makes, every label is well-formed and never the
office's own, and the part is varied (attachments of every supported type, forms, data-box
messages with office documents and with the request in the annotation). Extraction is deliberately not run here: this set is
only scored at the end of the rule work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.eleventh_eb_common import Style
from tests.corpus.heldout_docs import MIME
from tests.corpus.loader import ELEVENTH_DIR
from tests.corpus.make_blind_a import render
from tests.corpus.make_eleventh_eb import N0, PREFIX, all_cases, files
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
SPECS = all_cases()
ON_DISK = part_paths(ELEVENTH_DIR, PREFIX)
MESSAGES = messages(ON_DISK)
STYLES = {s.value for s in Style}


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]
    assert files() == files()


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_label_is_well_formed_and_never_the_office(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    check_loads(path)


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    kinds = set().union(*(_attachment_kinds(c) for c in SPECS))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf"):
        assert MIME[kind].encode() in raw, kind
    for marker in (b"multipart/signed", b"message/rfc822", b"windows-1250", b"iso-8859-2"):
        assert marker in raw, marker
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 8
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "request in annotation"
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in SPECS)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
