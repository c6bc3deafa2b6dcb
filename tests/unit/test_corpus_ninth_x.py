"""The ninth held-out part ``x`` (tests/corpus/ninth/x###-…): the files on disk are what its
generator makes, every label is well-formed and never the office's own, every message loads,
and the part is varied with its emphasis (foreign media, freelancers, universities,
municipalities, contractors; address ranges, IPv6; declined and withdrawn requests).
Extraction is deliberately not run: the part is only scored at the end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import make_ninth_x
from tests.corpus.ninth_x_common import Style
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
OUT = make_ninth_x.PART.out
CASES = make_ninth_x.all_cases()
MESSAGES = messages(part_paths(OUT, make_ninth_x.PREFIX))
STYLES = frozenset(s.value for s in Style)


def test_ids_are_numbered_in_order() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == COUNT
    check_ids_numbered(ids, make_ninth_x.PREFIX, COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(OUT, make_ninth_x.PREFIX), make_ninth_x.files())


def test_the_generator_is_deterministic_and_numbers_from_2300() -> None:
    assert make_ninth_x.N0 == 2300
    assert make_ninth_x.files() == make_ninth_x.files()


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    databox = [c for c in CASES if "databox" in c]
    assert databox
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in CASES)
    assert len(styles) >= 8, styles
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    types = {tuple(c["labels"]["request_types"]) for c in CASES}
    assert types == {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
    labels = [c["labels"] for c in CASES]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_emphasis() -> None:
    """Foreign media, freelancers, universities, municipalities and contractors, each more
    than once."""
    styles = Counter(c["style"] for c in CASES)
    for style in (Style.FOREIGN, Style.FREELANCE, Style.UNIVERSITY, Style.MUNICIPAL):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 2
