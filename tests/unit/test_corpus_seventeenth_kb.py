"""The seventeenth held-out part ``kb`` (tests/corpus/seventeenth/kb###-…): ids numbered in
order, the files on disk exactly what its generator makes, every label well-formed and never the
office's own, every message loads, and the part's variety — with its emphasis on attachments,
forms and data-box messages (several data messages, each with an attached file; an attachment in
most cases). Extraction is deliberately not run here: the set is only scored at the end of the
rule work."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.loader import SEVENTEENTH_DIR
from tests.corpus.make_seventeenth_kb import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.seventeenth_kb_common import Style

SPECS = all_cases()
ON_DISK = part_paths(SEVENTEENTH_DIR, PREFIX)
MESSAGES = messages(ON_DISK)
STYLES = frozenset(s.value for s in Style)
OFFICE_KINDS = {"pdf", "docx", "xlsx", "odt", "rtf"}


def test_ids_are_numbered_kb001_to_kb042() -> None:
    assert PREFIX == "kb" and N0 == 4600
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, files())
    assert files() == files()
    assert {p.stem for p in MESSAGES} == {c["id"] for c in SPECS}


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_the_sender_header_names_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]


def test_data_messages_carry_a_file_and_their_label_names_the_sender_box() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 5
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= STYLES and len(styles) >= 8, styles
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert OFFICE_KINDS | {"txt"} <= kinds, kinds
    assert sum(bool(c.get("attachments")) for c in SPECS) >= 35
    types = {tuple(c["labels"]["request_types"]) for c in SPECS}
    assert types == {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
    labels = [c["labels"] for c in SPECS]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
