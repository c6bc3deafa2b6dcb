"""The fourteenth held-out part ``hc`` (tests/corpus/fourteenth/hc###-…): ids numbered in
order, the files on disk exactly what its generator makes, every label well-formed and never
the office's own, every message loads, and the variety and emphasis of the part (unusual
applicants, foreign media without an IČO, IPv6, data messages, every request-type
combination). Extraction is deliberately not run here: the set is scored only at the end."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.corpus.fourteenth_hc_common import Style
from tests.corpus.make_fourteenth_hc import N0, PART, PREFIX, all_cases, files
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
MESSAGES = messages(part_paths(PART.out, PREFIX))


def test_ids_are_numbered_hc001_to_hc042() -> None:
    ids = [c["id"] for c in all_cases()]
    assert len(ids) == COUNT
    check_ids_numbered(ids, PREFIX, COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(PART.out, PREFIX), files())


def test_the_generator_is_deterministic_with_its_own_offset() -> None:
    assert N0 == 3800
    assert files() == files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert {p.stem for p in MESSAGES} == {c["id"] for c in all_cases()}
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_the_sender_header_names_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example")


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    for case in boxed:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case["attachments"], "a data message without a file has no application"


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"docx", "pdf", "xlsx", "odt", "rtf", "txt"} <= kinds
    combos = {tuple(c["labels"]["request_types"]) for c in cases}
    assert combos == {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in cases)


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["style"] == Style.FOREIGN for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is not None for c in cases) >= 10
    assert {Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPAL, Style.AGENCY} <= {
        c["style"] for c in cases
    }
