"""The fourth-round held-out part ``h`` (tests/corpus/fourth/h###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, and
the part is varied. Extraction is deliberately not run here: the set is only scored at the
end of the rule work (``python -m tests.corpus.accuracy --set heldout``)."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.fourth_h_common import Style, ico_valid
from tests.corpus.loader import FOURTH_DIR, parse_path
from tests.corpus.make_fourth_h import all_cases, files, mine

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733", "274052733")
SPECS = all_cases()
MINE = mine(FOURTH_DIR)
MESSAGES = [p for p in MINE if p.suffix in (".eml", ".xml")]
STYLES = {s.value for s in Style}


def _labels(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))


def test_ids_are_numbered_h001_to_h042_in_order() -> None:
    ids = [c["id"] for c in SPECS]
    assert [i[:4] for i in ids] == [f"h{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"h\d{3}-[a-z0-9-]+", i) for i in ids)


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    expected = files()
    assert sorted(p.name for p in MINE) == sorted(expected)
    for path in MINE:
        assert path.read_bytes() == expected[path.name], path.name


def test_the_generator_is_deterministic() -> None:
    assert files() == files()


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= STYLES and len(styles) >= 8, styles
    raw = b"".join(p.read_bytes() for p in MESSAGES)
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
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert len(kinds - {"eml"}) >= 4, kinds
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 4
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    assert any(":" in ip for c in SPECS for ip in c["labels"]["production_ips"])


def _check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips)) <= 5
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical (compressed) form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_labels(stem: str, labels: dict[str, Any]) -> None:
    assert labels["id"] == stem and labels["description"].strip()
    assert labels["style"] in STYLES
    types = labels["request_types"]
    assert types and set(types) <= {"feed_access", "recording_permit"}
    assert len(types) == len(set(types))
    org, contact = labels["organization"], labels["contact"]
    assert set(org) == {"name", "ico", "databox_id"}
    assert set(contact) == {"person", "email", "phone"}
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
    _check_labels(path.stem, _labels(path))
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def test_every_case_has_a_file_pair() -> None:
    assert len(MESSAGES) == len(SPECS) == 42
    assert all(p.with_suffix(".json").is_file() for p in MESSAGES)


def test_the_ico_rule_rejects_a_wrong_check_digit() -> None:
    assert ico_valid("27483151") and not ico_valid("27483152") and not ico_valid("2748315")
    assert ico_valid("00268411")  # remainder 0: check digit 1
