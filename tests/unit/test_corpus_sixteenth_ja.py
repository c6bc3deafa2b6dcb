"""The sixteenth held-out part ``ja`` (tests/corpus/sixteenth/ja###-…): its files are exactly
what make_sixteenth_ja writes, its labels are well-formed (tests/corpus/part_checks.py), every
message loads, and the part is varied with its emphasis on e-mail as people really send it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_sixteenth_ja import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.sixteenth_ja_common import Style

OUT = PART.out
STYLES = {str(s) for s in Style}


def _paths() -> list[Path]:
    return part_paths(OUT, PART.prefix)


def test_ids_are_numbered() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], "ja", 42)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(_paths(), files())


def test_generator_is_deterministic() -> None:
    assert files() == files()


@pytest.mark.parametrize("path", part_checks.messages(_paths()), ids=lambda p: p.stem)
def test_labels_are_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", part_checks.messages(_paths()), ids=lambda p: p.stem)
def test_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 3
    assert sum("databox" in c for c in cases) >= 1
    types = [tuple(c["labels"]["request_types"]) for c in cases]
    assert len(set(types)) == 3, "feed only, filming only and both"
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, follow-ups and
    foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.FOREIGN} <= styles


def test_a_data_message_carries_a_file() -> None:
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
