"""The tuning corpus (tests/corpus/cases/) is what its generator makes, and cases 76– are
varied and their labels well-formed (the accuracy threshold is in test_corpus_accuracy)."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.loader import TUNING_DIR, cases, parse_path
from tests.corpus.make_corpus import TUNING, all_cases, labels_json, render
from tests.corpus.tuning_common import DOC_NETS, OFFICE_IDS, Style, ico_valid

OUT = TUNING_DIR
STYLED = [c for c in all_cases() if "style" in c]


def test_every_case_has_its_files_and_nothing_else_is_there() -> None:
    specs = all_cases()
    on_disk = {p.stem for p, _ in cases("cases")}
    assert on_disk == {c["id"] for c in specs}
    assert len(specs) >= 125
    for case in specs:
        stored = (OUT / f"{case['id']}.json").read_text(encoding="utf-8")
        assert stored == labels_json(case), case["id"]


@pytest.mark.parametrize("n,case", [(n, c) for n, c in enumerate(all_cases()) if "style" in c])
def test_styled_case_files_are_what_the_generator_makes(n: int, case: dict[str, Any]) -> None:
    name, raw = render(case, n)
    assert (OUT / name).read_bytes() == raw, name


def test_styled_cases_are_many_and_varied() -> None:
    assert STYLED == TUNING and len(STYLED) == 110
    styles = Counter(Style(c["style"]) for c in STYLED)
    assert len(styles) >= 10
    assert sum("databox" in c for c in STYLED) >= 4
    assert sum(bool(c.get("flowed")) for c in STYLED) >= 2
    types = Counter(tuple(sorted(c["labels"]["request_types"])) for c in STYLED)
    assert len(types) == 3, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in STYLED) >= 5


def _check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips))
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical form"
        assert any(addr in net for net in DOC_NETS), ip


@pytest.mark.parametrize("case", STYLED, ids=[c["id"] for c in STYLED])
def test_labels_are_well_formed(case: dict[str, Any]) -> None:
    labels = json.loads((OUT / f"{case['id']}.json").read_text(encoding="utf-8"))
    assert labels["id"] == case["id"] and labels["description"].strip()
    assert labels["style"] in {s.value for s in Style}
    types = labels["request_types"]
    assert types and set(types) <= {"feed_access", "recording_permit"}
    org, contact = labels["organization"], labels["contact"]
    assert org["name"], "an officer always names the applicant"
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    if "feed_access" not in types:
        assert not labels["production_ips"] and not labels["test_ips"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE_IDS), "the office's own data is never the applicant's"


@pytest.mark.parametrize("case", STYLED, ids=[c["id"] for c in STYLED])
def test_case_parses_as_its_channel(case: dict[str, Any]) -> None:
    databox = "databox" in case
    path = OUT / f"{case['id']}.{'xml' if databox else 'eml'}"
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == databox
    if databox:
        assert not parsed.problems, parsed.problems
        assert len(case["subject"]) <= 255, "ISDS limits dmAnnotation to 255 characters"
        assert parsed.sender == case["labels"]["organization"]["databox_id"]


def test_invalid_ico_is_labelled_none() -> None:
    """One case writes an IČO whose checksum fails; its label is None, not the typo."""
    case = next(c for c in STYLED if c["id"].startswith("113-"))
    assert "58035053" in case["body"] and not ico_valid("58035053")
    assert case["labels"]["organization"]["ico"] is None
