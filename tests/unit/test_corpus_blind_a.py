"""The blind held-out half, prefix ``a`` (tests/corpus/blind/a###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, and
the set is varied. Extraction is deliberately not run here: this half is only scored at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.blind_a_common import Style
from tests.corpus.loader import BLIND_DIR
from tests.corpus.make_blind_a import PREFIX, all_cases, labels_json, render
from tests.corpus.part_checks import check_files_on_disk, check_labels, check_loads, read_labels

SPECS = all_cases()
MINE = sorted(p for p in BLIND_DIR.glob(f"{PREFIX}[0-9][0-9][0-9]-*") if p.is_file())
MESSAGES = [p for p in MINE if p.suffix in (".eml", ".xml")]


def test_ids_are_numbered_a001_to_a063_in_order() -> None:
    ids = [c["id"] for c in SPECS]
    assert [i[:4] for i in ids] == [f"a{n:03d}" for n in range(1, len(ids) + 1)]
    assert len(ids) == 63


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    expected: dict[str, bytes] = {}
    for n, case in enumerate(SPECS):
        name, raw = render(case, n)
        expected[name] = raw
        expected[f"{case['id']}.json"] = labels_json(case).encode("utf-8")
    check_files_on_disk(MINE, expected)


def test_the_generator_is_deterministic() -> None:
    for n, case in enumerate(SPECS):
        assert render(case, n) == render(case, n), case["id"]


def test_the_set_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    assert any(p.suffix == ".xml" for p in MESSAGES)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)
