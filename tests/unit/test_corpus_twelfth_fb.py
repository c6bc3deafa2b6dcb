"""The twelfth held-out set's part with prefix ``fb`` (tests/corpus/twelfth/fb###-…): ids in
order, the files on disk exactly what its generator makes (deterministically, from its own
offset), every label well-formed and never the office's own (the shared checks in
tests/corpus/part_checks.py), every message loads, a data message's label names its
envelope's sender box, and the variety of its emphasis: attachments of many kinds, forms and
data-box messages. Extraction is deliberately not run: the set is only scored at the end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.make_twelfth_fb import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twelfth_fb_common import Style

OUT = Path(__file__).resolve().parents[1] / "corpus" / "twelfth"
SPECS = all_cases()
MESSAGES = messages(part_paths(OUT, PREFIX))
STYLES = frozenset(s.value for s in Style)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_ids_are_numbered_fb001_to_fb042() -> None:
    assert PREFIX == "fb" and N0 == 3100
    check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_exactly_the_generators_output() -> None:
    first = files()
    assert first == files(), "the generator is deterministic"
    check_files_on_disk(part_paths(OUT, PREFIX), first)
    assert len(MESSAGES) == len(SPECS)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_its_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 6
    for case in databox:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_the_part_is_varied_with_its_emphasis_on_attachments_and_forms() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8 and styles[Style.FORM] >= 5, styles
    kinds = {kind for c in SPECS for kind in _kinds(c)}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds, kinds
    types = {tuple(c["labels"]["request_types"]) for c in SPECS}
    assert types == {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
    labels = [c["labels"] for c in SPECS]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
