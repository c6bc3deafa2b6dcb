"""The third-round held-out cases, prefix ``d`` (tests/corpus/fresh/d###-…): the files on disk
are exactly what their generator makes, every label is well-formed, never the office's own and
written from the case's own text, and the set is varied. Extraction is deliberately not run
here: this half is only scored at the end of the rule work."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.fresh_d_common import FEED, REC, Style, ico_valid
from tests.corpus.loader import FRESH_DIR, parse_path
from tests.corpus.make_fresh_d import PREFIX, all_cases, expected_files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733")
SPECS = all_cases()
BY_ID = {c["id"]: c for c in SPECS}
MINE = sorted(p for p in FRESH_DIR.glob(f"{PREFIX}[0-9][0-9][0-9]-*") if p.is_file())
MESSAGES = [p for p in MINE if p.suffix in (".eml", ".xml")]


def _labels(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))


def _strings(value: Any) -> Iterator[str]:
    """Every text of a case spec that the applicant wrote (not its labels or description)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("labels", "description", "id", "style"):
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, int):
        yield str(value)


def _text(case: dict[str, Any]) -> str:
    return re.sub(r"\s+", " ", " ".join(_strings(case))).casefold()


def test_ids_are_numbered_d001_to_d042_in_order() -> None:
    ids = [c["id"] for c in SPECS]
    assert len(ids) == 42
    assert [i[:4] for i in ids] == [f"{PREFIX}{n:03d}" for n in range(1, len(ids) + 1)]
    assert all(re.fullmatch(r"d\d{3}-[a-z0-9-]+", i) for i in ids)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    expected = expected_files()
    assert sorted(p.name for p in MINE) == sorted(expected)
    for path in MINE:
        assert path.read_bytes() == expected[path.name], path.name


def test_the_generator_is_deterministic() -> None:
    assert expected_files() == expected_files()


def test_the_set_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8, styles
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert len(kinds & {"pdf", "docx", "xlsx", "odt", "rtf"}) >= 4, kinds
    assert sum(1 for c in SPECS if "databox" in c) >= 10
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])
    assert any(not c["labels"]["test_ips"] for c in SPECS if FEED in c["labels"]["request_types"])


def _check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips)) <= 5
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_shape(stem: str, labels: dict[str, Any]) -> None:
    assert labels["id"] == stem and labels["description"].strip()
    assert labels["style"] in {s.value for s in Style}
    types = labels["request_types"]
    assert types and set(types) <= {FEED, REC} and len(types) == len(set(types))
    org, contact = labels["organization"], labels["contact"]
    assert set(org) == {"name", "ico", "databox_id"}
    assert set(contact) == {"person", "email", "phone"}
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    if FEED in types:
        assert labels["production_ips"], "feed access needs at least one production address"
    else:
        assert not labels["production_ips"] and not labels["test_ips"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE), "the office's own data is never the applicant's"


def _check_written_in_the_case(labels: dict[str, Any], case: dict[str, Any]) -> None:
    """Names, identifiers, e-mails and phones are labelled as the application writes them."""
    text = _text(case)
    bare = text.replace(" ", "")
    org, contact = labels["organization"], labels["contact"]
    for value in (org["name"], contact["person"], contact["email"]):
        assert value is None or value.casefold() in text, value
    assert org["ico"] is None or org["ico"] in bare, org["ico"]
    if "databox" in case:
        assert org["databox_id"] == case["databox"]["box"], "the sender's box is the applicant's"
    else:
        assert org["databox_id"] is None or org["databox_id"] in text, org["databox_id"]
    phone = contact["phone"]
    if phone is not None:
        national = phone.removeprefix("+420") if phone.startswith("+420") else phone[1:]
        assert national in bare, phone


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_case_loads_and_labels_are_well_formed(path: Path) -> None:
    labels = _labels(path)
    _check_shape(path.stem, labels)
    _check_written_in_the_case(labels, BY_ID[path.stem])
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def test_the_ico_rule_rejects_a_wrong_check_digit() -> None:
    assert ico_valid("27184633") and not ico_valid("27184634") and not ico_valid("2718463")
    assert ico_valid("04265980") and ico_valid("00271454")
