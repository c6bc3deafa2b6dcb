"""The seventeenth held-out part ``kc`` (tests/corpus/seventeenth/kc###-…): ids numbered in
order, the files on disk exactly what the generator makes (deterministically, from offset 4700),
every label well-formed and never the office's own, every message loads, the sender header is
one example address, a data message names its envelope's sender box and carries a file, and the
part is varied, with its emphasis on unusual applicants and wording. Extraction is deliberately
not run here: the part is only scored at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.loader import SEVENTEENTH_DIR
from tests.corpus.make_seventeenth_kc import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.seventeenth_kc_common import FEED, FILM, Style

COUNT = 42
STYLES = frozenset(s.value for s in Style)
FOUND = messages(part_paths(SEVENTEENTH_DIR, PREFIX))
EMAILS = [p for p in FOUND if p.suffix == ".eml"]


def test_ids_are_numbered_kc001_to_kc042_in_order() -> None:
    ids = [c["id"] for c in all_cases()]
    assert len(ids) == COUNT
    check_ids_numbered(ids, PREFIX, COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(SEVENTEENTH_DIR, PREFIX), files())


def test_the_generator_is_deterministic_and_numbers_from_4700() -> None:
    assert N0 == 4700
    assert files() == files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert len(FOUND) == COUNT
    assert {p.stem for p in FOUND} == {c["id"] for c in all_cases()}
    assert all(p.with_suffix(".json").is_file() for p in FOUND)


@pytest.mark.parametrize("path", FOUND, ids=[p.stem for p in FOUND])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_the_sender_header_names_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]


def test_a_data_message_names_its_sender_box_and_carries_a_file() -> None:
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    assert sum(p.suffix == ".xml" for p in FOUND) == len(boxed)
    for case in boxed:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), case["id"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8, styles
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds, kinds
    types = {tuple(c["labels"]["request_types"]) for c in cases}
    assert types == {(FEED,), (FILM,), (FEED, FILM)}
    labels = [c["labels"] for c in cases]
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["style"] == Style.FOREIGN for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is not None for c in cases) >= 10
    styles = {c["style"] for c in cases}
    assert {
        Style.FREELANCER,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.AGENCY,
        Style.CONTRACTOR,
    } <= styles
