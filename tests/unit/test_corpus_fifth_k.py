"""The fifth-round held-out part ``k`` (tests/corpus/fifth/k###-…): ids numbered in order,
the files on disk exactly what its generator makes, every label well-formed (IČO checksum,
documentation address ranges, at most 5 + 5 addresses after expansion, E.164 phones,
request types from the closed set) and never the office's own, every message loads, and the
part is varied (styles, attachment kinds, data-box messages, foreign applicants, IPv6,
every combination of request types). Extraction is deliberately not run here: this set is
only scored at the end of the fifth round of rule work."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.fifth_k_common import Style
from tests.corpus.heldout_docs import MIME
from tests.corpus.loader import FIFTH_DIR
from tests.corpus.make_blind_a import render
from tests.corpus.make_fifth_k import N0, PREFIX, all_cases, files
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
MESSAGES = messages(part_paths(FIFTH_DIR, PREFIX))
STYLES = frozenset(s.value for s in Style)


def test_ids_are_numbered_k001_to_k042_in_order() -> None:
    ids = [c["id"] for c in SPECS]
    assert len(ids) == 42
    check_ids_numbered(ids, PREFIX, 42)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(FIFTH_DIR, PREFIX), files())


def test_the_generator_is_deterministic_and_numbers_from_n0() -> None:
    assert N0 == 1100
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]
    assert files() == files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(MESSAGES) == len(SPECS) == 42
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


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
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf"):
        assert MIME[kind].encode() in raw, kind
    for marker in (
        b'format="flowed"',
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 1
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types


def test_the_part_has_unusual_applicants_and_addresses() -> None:
    labels = [c["labels"] for c in SPECS]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    assert len({p[:4] for p in phones if not p.startswith("+420")}) >= 4, phones
    ipv6 = [ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"] if ":" in ip]
    assert len(ipv6) >= 5
    assert any(
        not any("." in ip for ip in lab["production_ips"] + lab["test_ips"])
        for lab in labels
        if lab["production_ips"]
    )


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
