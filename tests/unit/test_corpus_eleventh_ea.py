"""The eleventh held-out part ``ea`` (tests/corpus/eleventh/ea###-…): ids, files on disk
exactly what the generator makes, well-formed labels that never name the office, every message
loads, and the variety this part promises (its emphasis on e-mail as people really send it).
Extraction is deliberately not run here: the set is scored only at the end of the rule work."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.eleventh_ea_common import Style
from tests.corpus.make_eleventh_ea import PART, all_cases, files
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


def _paths() -> list[Path]:
    return part_paths(PART.out, PART.prefix)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in all_cases()], "ea", COUNT)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(_paths(), files())


def test_the_generator_is_deterministic_and_numbers_from_its_offset() -> None:
    assert PART.n0 == 2700
    assert files() == files()


@pytest.mark.parametrize("path", messages(_paths()), ids=lambda p: p.stem)
def test_every_label_is_well_formed_and_every_message_loads(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, STYLES)
    check_loads(path)


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in all_cases():
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = set().union(*(_kinds(c) for c in cases))
    assert len(kinds) >= 4, kinds
    assert sum("databox" in c for c in cases) >= 2
    types = {tuple(c["labels"]["request_types"]) for c in cases}
    assert {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")} <= types
    assert any(c["labels"]["organization"]["ico"] is None for c in cases)
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in cases)


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Many mail clients, HTML-only mails, forwards, replies and foreign senders."""
    raw = b"".join(p.read_bytes() for p in _paths() if p.suffix == ".eml")
    clients = ("iPhone Mail", "Microsoft Outlook", "Thunderbird", "Apple Mail", "Roundcube")
    assert all(c.encode() in raw for c in clients)
    cases = all_cases()
    html_only = [c for c in cases if "html" in c and "body" not in c]
    assert len(html_only) >= 3
    quoted = [c for c in cases if re.search(r"^>", c.get("body", ""), re.M)]
    assert len(quoted) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOREIGN} <= styles
