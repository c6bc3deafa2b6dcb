"""The fifteenth-round held-out part ``ia`` (tests/corpus/fifteenth/ia###-…): the files on disk
are exactly what its generator makes, every label is well-formed (LABELS.md) and never the
office's own, every message loads, and the part is varied with its emphasis on e-mail as people
really send it. Extraction is deliberately not run here: the part is scored only at the end."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import part_checks
from tests.corpus.make_blind_a import render
from tests.corpus.make_fifteenth_ia import N0, OUT, PREFIX, all_cases, files
from tests.corpus.parts import part_paths

SPECS = all_cases()
ON_DISK = part_paths(OUT, PREFIX)
MESSAGES = part_checks.messages(ON_DISK)
STYLES = {
    "mobile",
    "chatty",
    "html",
    "outlook",
    "gmail",
    "thunderbird",
    "apple-mail",
    "formal",
    "foreign",
    "forward",
    "reply",
    "correction",
    "attachment",
    "databox",
    "webmail",
}


def test_ids_are_numbered_ia001_to_ia042() -> None:
    part_checks.check_ids_numbered([c["id"] for c in SPECS], PREFIX, 42)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(ON_DISK, files())
    for n, case in enumerate(SPECS):
        assert render(case, N0 + n) == render(case, N0 + n), case["id"]


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_label_is_well_formed_and_never_the_office(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), STYLES)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    kinds = set().union(*(_kinds(c) for c in SPECS))
    assert len(kinds) >= 4, kinds
    databox = [c for c in SPECS if "databox" in c]
    assert databox and all(_kinds(c) for c in databox), "a data message needs an attachment"
    assert sum(p.suffix == ".xml" for p in MESSAGES) == len(databox)
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted history, forwards, replies and foreign senders."""
    html_only = [c for c in SPECS if "html" in c and "body" not in c]
    assert len(html_only) >= 3
    quoted = [c for c in SPECS if re.search(r"^>", c.get("body", ""), re.M)]
    assert len(quoted) >= 3
    assert {"forward", "reply", "correction", "foreign", "mobile"} <= {c["style"] for c in SPECS}


def test_a_data_message_label_names_its_envelope_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
