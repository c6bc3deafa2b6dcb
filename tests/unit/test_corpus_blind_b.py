"""The "b" half of the blind held-out corpus (tests/corpus/blind/b*) is exactly what its
generator makes, loads, and its labels are well-formed. Nothing here runs the extractor: the
set is only scored, never looked at through the rules' eyes."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.heldout_common import Style, ico_valid
from tests.corpus.loader import BLIND_DIR, parse_path
from tests.corpus.make_blind_b import PREFIX, all_cases, labels_json, render

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "198.18.0.0/15",
        "2001:db8::/32",
    )
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733", "420274052733")
ON_DISK = sorted(p for p in BLIND_DIR.glob(f"{PREFIX}*") if p.suffix in (".eml", ".xml", ".json"))
MESSAGES = [p for p in ON_DISK if p.suffix != ".json"]


def _labels(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return data


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
    assert sorted(p.name for p in ON_DISK) == sorted(expected)
    for path in ON_DISK:
        assert path.read_bytes() == expected[path.name], path.name


def test_the_generator_is_deterministic() -> None:
    specs = all_cases()
    for n, case in list(enumerate(specs))[::7]:
        assert render(case, n) == render(case, n), case["id"]


def test_the_set_is_varied() -> None:
    labels = [_labels(p) for p in MESSAGES]
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


def _check_ips(ips: list[str]) -> None:
    assert len(ips) <= 5
    assert len(ips) == len(set(ips))
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_labels(stem: str, labels: dict[str, Any]) -> None:
    assert labels["id"] == stem and labels["description"].strip()
    assert labels["style"] in {s.value for s in Style}
    types = labels["request_types"]
    assert types and set(types) <= {"feed_access", "recording_permit"}
    assert len(types) == len(set(types))
    org, contact = labels["organization"], labels["contact"]
    assert org["name"] is None or org["name"].strip()
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    assert not set(labels["production_ips"]) & set(labels["test_ips"])
    if "feed_access" not in types:
        assert not labels["production_ips"] and not labels["test_ips"]
    else:
        assert labels["production_ips"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE), "the office's own data is never the applicant's"


def test_ico_checksum_rejects_a_wrong_digit() -> None:
    assert ico_valid("52400808")
    assert not ico_valid("52400809")


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    _check_labels(path.stem, _labels(path))
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
