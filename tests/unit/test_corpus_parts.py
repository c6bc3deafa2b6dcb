"""The checks every hand-written held-out part shares (prefixes c, d, e in tests/corpus/fresh/,
f, g, h in tests/corpus/fourth/): ids numbered in order, the files on disk exactly what the
part's generator makes, a deterministic generator, a message and a label per case, every label
well-formed and never the office's own, every message loads. What is particular to one part
(its variety, its own label rules) stays in that part's test module. Extraction is
deliberately not run here: these sets are only scored at the end of the rule work
(``python -m tests.corpus.accuracy --set heldout``). Parts c, f and h have no check of their
own beyond the variety test here; d, e and g keep theirs in test_corpus_fresh_d/e and
test_corpus_fourth_g."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import (
    fourth_f_common,
    fourth_h_common,
    fresh_c_common,
    fresh_d_common,
    fresh_e_common,
    make_fourth_f,
    make_fourth_g,
    make_fourth_h,
    make_fresh_c,
    make_fresh_d,
    make_fresh_e,
)
from tests.corpus.blind_a_common import Style as BlindAStyle
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import FOURTH_DIR, FRESH_DIR
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths


@dataclass(frozen=True)
class Part:
    prefix: str
    directory: Path
    cases: Callable[[], list[dict[str, Any]]]
    files: Callable[[], dict[str, bytes]]
    style: type[StrEnum]

    @property
    def styles(self) -> frozenset[str]:
        return frozenset(s.value for s in self.style)


PARTS = [
    Part("c", FRESH_DIR, make_fresh_c.all_cases, make_fresh_c.files, fresh_c_common.Style),
    Part("d", FRESH_DIR, make_fresh_d.all_cases, make_fresh_d.files, fresh_d_common.Style),
    Part("e", FRESH_DIR, make_fresh_e.all_cases, make_fresh_e.files, fresh_e_common.Style),
    Part("f", FOURTH_DIR, make_fourth_f.all_cases, make_fourth_f.files, fourth_f_common.Style),
    Part("g", FOURTH_DIR, make_fourth_g.all_cases, make_fourth_g.files, BlindAStyle),
    Part("h", FOURTH_DIR, make_fourth_h.all_cases, make_fourth_h.files, fourth_h_common.Style),
]
BY_PREFIX = {p.prefix: p for p in PARTS}
PER_PART = pytest.mark.parametrize("part", PARTS, ids=[p.prefix for p in PARTS])
MESSAGES = [
    (part.prefix, path)
    for part in PARTS
    for path in messages(part_paths(part.directory, part.prefix))
]


@PER_PART
def test_ids_are_numbered_001_to_042_in_order(part: Part) -> None:
    ids = [c["id"] for c in part.cases()]
    assert len(ids) == 42
    check_ids_numbered(ids, part.prefix, 42)


@PER_PART
def test_the_files_on_disk_are_exactly_what_the_generator_makes(part: Part) -> None:
    check_files_on_disk(part_paths(part.directory, part.prefix), part.files())


@PER_PART
def test_the_generator_is_deterministic(part: Part) -> None:
    assert part.files() == part.files()


@PER_PART
def test_every_case_has_a_file_pair(part: Part) -> None:
    found = messages(part_paths(part.directory, part.prefix))
    assert len(found) == len(part.cases()) == 42
    assert all(p.with_suffix(".json").is_file() for p in found)


@pytest.mark.parametrize(("prefix", "path"), MESSAGES, ids=[p.stem for _, p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(prefix: str, path: Path) -> None:
    check_labels(path.stem, read_labels(path), BY_PREFIX[prefix].styles)
    check_loads(path)


@pytest.mark.parametrize(
    ("ico", "valid"),
    [
        ("27483151", True),
        ("27483152", False),
        ("2748315", False),
        ("00268411", True),  # remainder 0: check digit 1
        ("27184633", True),
        ("27184634", False),
        ("2718463", False),
        ("04265980", True),
        ("00271454", True),
        ("36012530", True),
        ("00281531", True),
        ("36012531", False),
        ("0028153", False),
        ("0028153x", False),
        ("27418537", True),
        ("27418538", False),
        ("2741853", False),
        ("09876543", False),  # g020's UK company number is not an IČO
        ("25596641", True),
        ("25596642", False),
        ("2559664", False),
        ("52400808", True),
        ("52400809", False),
    ],
)
def test_the_ico_rule_accepts_only_a_right_check_digit(ico: str, valid: bool) -> None:
    assert ico_valid(ico) is valid


@pytest.mark.parametrize(("prefix", "min_databox"), [("c", 2), ("f", 2), ("h", 4)])
def test_a_mail_part_is_varied(prefix: str, min_databox: int) -> None:
    """Parts c, f and h mix mail clients, encodings and charsets, attachments and data
    messages, every request type, applicants without an IČO and IPv6 addresses."""
    part = BY_PREFIX[prefix]
    specs = part.cases()
    found = messages(part_paths(part.directory, prefix))
    styles = Counter(c["style"] for c in specs)
    assert set(styles) <= part.styles and len(styles) >= 8, styles
    raw = b"".join(p.read_bytes() for p in found)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    kinds = {kind for c in specs for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    assert sum(p.suffix == ".xml" for p in found) >= min_databox
    types = Counter(tuple(c["labels"]["request_types"]) for c in specs)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in specs)
    assert any(":" in ip for c in specs for ip in c["labels"]["production_ips"])
