"""The "b" half of the blind held-out corpus (tests/corpus/blind/b*) is exactly what its
generator makes, loads, and its labels are well-formed. Nothing here runs the extractor: the
set is only scored, never looked at through the rules' eyes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.heldout_common import Style
from tests.corpus.loader import BLIND_DIR
from tests.corpus.make_blind_b import PREFIX, all_cases, labels_json, render
from tests.corpus.part_checks import check_files_on_disk, check_labels, check_loads, read_labels

ON_DISK = sorted(p for p in BLIND_DIR.glob(f"{PREFIX}*") if p.suffix in (".eml", ".xml", ".json"))
MESSAGES = [p for p in ON_DISK if p.suffix != ".json"]


def test_the_files_are_exactly_what_the_generator_makes() -> None:
    specs = all_cases()
    assert len(specs) == 63
    ids = [c["id"] for c in specs]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert [i[:4] for i in ids] == [f"b{n:03d}" for n in range(1, 64)]
    expected: dict[str, bytes] = {}
    for n, case in enumerate(specs):
        name, data = render(case, n)
        expected[name] = data
        expected[f"{case['id']}.json"] = labels_json(case).encode("utf-8")
    check_files_on_disk(ON_DISK, expected)


def test_the_generator_is_deterministic() -> None:
    specs = all_cases()
    for n, case in list(enumerate(specs))[::7]:
        assert render(case, n) == render(case, n), case["id"]


def test_the_set_is_varied() -> None:
    labels = [read_labels(p) for p in MESSAGES]
    styles = Counter(lab["style"] for lab in labels)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (b".pdf", b".docx", b".odt", b".xlsx", b".rtf"):
        assert marker in raw, marker
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 5
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert len(types) == 3, types
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"])


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    name = labels["organization"]["name"]
    assert name is None or name.strip()
    check_loads(path)
