"""The seventeenth held-out part ``ka`` (tests/corpus/seventeenth/ka###-…): the files on disk
are the generator's output, every label is well-formed and never names the office, every
message loads, and the part is varied with its emphasis on e-mail as people send it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_seventeenth_ka import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.seventeenth_ka_common import FEED, FILM, Style

STYLES = frozenset(str(s) for s in Style)
PATHS = part_paths(PART.out, PART.prefix)


def test_ids_are_numbered() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], "ka", 42)


def test_files_on_disk_are_the_generators_output() -> None:
    part_checks.check_files_on_disk(PATHS, PART.files())


@pytest.mark.parametrize("path", part_checks.messages(PATHS), ids=lambda p: p.stem)
def test_labels_are_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", part_checks.messages(PATHS), ids=lambda p: p.stem)
def test_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def test_the_part_is_varied() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8, styles
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 3, kinds
    assert any("databox" in c for c in cases)
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2
    assert types[(FILM,)] and types[(FEED, FILM)], types
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 3


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, phone-typed notes
    and foreign senders."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOREIGN, Style.MOBILE} <= styles


def test_a_data_message_carries_a_file() -> None:
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
