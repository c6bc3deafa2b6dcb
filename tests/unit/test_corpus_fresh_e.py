"""The third-round held-out cases of hand "e" (tests/corpus/fresh/e###-…): the files on disk
are exactly what ``make_fresh_e`` makes, every label is well-formed and never the office's own,
and the part is varied. The extractor is deliberately not run here: these cases are only scored
at the end of the rule work (``python -m tests.corpus.accuracy --set heldout``)."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.fresh_e_common import Style, ico_valid
from tests.corpus.loader import FRESH_DIR, parse_path
from tests.corpus.make_blind_a import labels_json, render
from tests.corpus.make_fresh_e import N0, PREFIX, all_cases, expected_files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733", "420274052733")
SPECS = all_cases()
MINE = sorted(p for p in FRESH_DIR.glob(f"{PREFIX}[0-9][0-9][0-9]-*") if p.is_file())
MESSAGES = [p for p in MINE if p.suffix in (".eml", ".xml")]


def _labels(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))


def test_ids_are_numbered_e001_to_e042_in_order() -> None:
    ids = [c["id"] for c in SPECS]
    assert [i[:4] for i in ids] == [f"e{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"e\d{3}-[a-z0-9-]+", i) for i in ids)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    expected = expected_files()
    assert sorted(p.name for p in MINE) == sorted(expected)
    for path in MINE:
        assert path.read_bytes() == expected[path.name], path.name


def test_the_generator_is_deterministic_and_numbers_cases_from_n0() -> None:
    for n, case in enumerate(SPECS):
        name, raw = render(case, N0 + n)
        assert render(case, N0 + n) == (name, raw), case["id"]
        assert (FRESH_DIR / name).read_bytes() == raw, case["id"]
        assert labels_json(case) == labels_json(case)


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8, styles
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 5
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES if p.suffix == ".eml")
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"multipart/alternative",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
    ):
        assert marker in raw, marker
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert types[("feed_access",)] > len(SPECS) // 2, "mostly feed access"
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    ips = [ip for c in SPECS for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert any(":" in ip for ip in ips)


def _check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips)) <= 5
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical (compressed) form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_labels(stem: str, labels: dict[str, Any]) -> None:
    assert labels["id"] == stem and labels["description"].strip()
    assert labels["style"] in {s.value for s in Style}
    types = labels["request_types"]
    assert types and set(types) <= {"feed_access", "recording_permit"}
    assert len(types) == len(set(types))
    org, contact = labels["organization"], labels["contact"]
    assert set(org) == {"name", "ico", "databox_id"}
    assert set(contact) == {"person", "email", "phone"}
    assert org["name"] and org["name"].strip() == org["name"]
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    assert not set(labels["production_ips"]) & set(labels["test_ips"])
    if "feed_access" in types:
        assert labels["production_ips"], "feed access needs at least one production address"
    else:
        assert not labels["production_ips"] and not labels["test_ips"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE), "the office's own data is never the applicant's"


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    labels = _labels(path)
    _check_labels(path.stem, labels)
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def test_a_data_box_label_names_the_envelope_sender() -> None:
    boxes = [c for c in SPECS if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_no_two_applicants_share_an_address_or_an_ico() -> None:
    seen_ips = Counter(
        ip for c in SPECS for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]
    )
    assert [ip for ip, n in seen_ips.items() if n > 1] == []
    icos = Counter(c["labels"]["organization"]["ico"] for c in SPECS)
    assert [i for i, n in icos.items() if i is not None and n > 1] == []


def test_the_ico_rule_rejects_a_wrong_check_digit() -> None:
    assert ico_valid("36012530") and ico_valid("00281531")
    assert not ico_valid("36012531") and not ico_valid("0028153") and not ico_valid("0028153x")
