"""The eleventh held-out part ``ec`` (tests/corpus/eleventh/ec###-…): ids, files, labels and
loading through the shared part checks (tests/corpus/part_checks.py), the variety every part
has, and what is particular to this part — its emphasis on unusual applicants and wording.
Extraction is deliberately not run here: the set is only scored at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import make_eleventh_ec
from tests.corpus.eleventh_ec_common import Style
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
CASES: list[dict[str, Any]] = make_eleventh_ec.all_cases()
OUT = make_eleventh_ec.PART.out
STYLES = frozenset(s.value for s in Style)
FOUND = messages(part_paths(OUT, "ec"))
REQUEST_COMBINATIONS = {
    ("feed_access",),
    ("recording_permit",),
    ("feed_access", "recording_permit"),
}


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in CASES], "ec", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(OUT, "ec"), make_eleventh_ec.files())


def test_the_generator_is_deterministic_and_numbers_from_its_offset() -> None:
    assert make_eleventh_ec.N0 == 2900
    assert make_eleventh_ec.files() == make_eleventh_ec.files()


def test_every_case_has_a_message_and_a_label() -> None:
    assert {p.stem for p in FOUND} == {c["id"] for c in CASES}
    assert all(p.with_suffix(".json").is_file() for p in FOUND)


@pytest.mark.parametrize("path", FOUND, ids=[p.stem for p in FOUND])
def test_case_loads_and_its_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


@pytest.mark.parametrize(
    "path", [p for p in FOUND if p.suffix == ".eml"], ids=lambda p: str(p.stem)
)
def test_the_sender_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    databox = [c for c in CASES if "databox" in c]
    assert databox
    assert sum(p.suffix == ".xml" for p in FOUND) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_the_part_is_varied() -> None:
    """At least eight styles, several attachment kinds (and a forwarded message), every
    request-type combination, an IPv6 production address, production without test ones."""
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 8, styles
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    types = {tuple(c["labels"]["request_types"]) for c in CASES}
    assert types == REQUEST_COMBINATIONS, types
    labels = [c["labels"] for c in CASES]
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_emphasis() -> None:
    """Foreign media, freelancers, universities, municipalities, contractors, address
    notations and declined or withdrawn requests, each more than once; many applicants
    without an IČO; several filming-only applications."""
    styles = Counter(c["style"] for c in CASES)
    for style in (
        Style.FOREIGN,
        Style.FREELANCE,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.CONTRACTOR,
        Style.NOTATION,
        Style.DECLINED,
        Style.RECORDING,
    ):
        assert styles[style] >= 2, style
    labels = [c["labels"] for c in CASES]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert sum(lab["request_types"] == ["recording_permit"] for lab in labels) >= 4
