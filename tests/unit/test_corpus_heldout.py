"""The first held-out corpus (tests/corpus/heldout/, set ``heldout1``) loads and its labels are
well-formed. It was scored once as the held-out half and then joined the tuning set (see
``tests.corpus.loader``); its accuracy threshold is in test_corpus_accuracy with the rest of
the tuning set."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from typing import Any

import pytest

from intake.model import Channel
from tests.corpus.heldout_common import Style, ico_valid
from tests.corpus.loader import cases, parse_path
from tests.corpus.make_heldout import all_cases, build_databox, build_eml

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733")
HELDOUT = cases("heldout1")


def test_size_and_variety() -> None:
    assert len(HELDOUT) >= 125
    styles = Counter(labels["style"] for _, labels in HELDOUT)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 10
    raw = b"".join(p.read_bytes() for p, _ in HELDOUT)
    for marker in (b".pdf", b".docx", b".odt", b".xlsx", b".rtf", b".eml", b'format="flowed"'):
        assert marker in raw, marker
    assert any(p.suffix == ".xml" for p, _ in HELDOUT)
    assert any(not labels["request_types"] == ["feed_access"] for _, labels in HELDOUT)


def test_the_files_are_what_the_generator_makes() -> None:
    specs = all_cases()
    assert [c["id"] for c in specs] == sorted(c["id"] for c in specs)
    by_id = {p.stem: p for p, _ in HELDOUT}
    assert set(by_id) == {c["id"] for c in specs}
    for n, case in enumerate(specs):
        built = build_databox(case, n) if "databox" in case else build_eml(case, n)
        assert by_id[case["id"]].read_bytes() == built, case["id"]


def _check_ips(ips: list[str]) -> None:
    assert len(ips) == len(set(ips))
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "labels use the canonical form"
        assert any(addr in net for net in DOC_NETS), ip


def _check_labels(stem: str, labels: dict[str, Any]) -> None:
    assert labels["id"] == stem and labels["description"].strip()
    types = labels["request_types"]
    assert types and set(types) <= {"feed_access", "recording_permit"}
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    _check_ips(labels["production_ips"])
    _check_ips(labels["test_ips"])
    if "feed_access" not in types:
        assert not labels["production_ips"] and not labels["test_ips"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or re.fullmatch(r"[^@\s]+@[\w.-]+\.example", contact["email"])
    flat = repr({k: v for k, v in labels.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE), "the office's own data is never the applicant's"


@pytest.mark.parametrize("path,labels", HELDOUT, ids=[p.stem for p, _ in HELDOUT])
def test_case_loads_and_labels_are_well_formed(path: Any, labels: dict[str, Any]) -> None:
    _check_labels(path.stem, labels)
    parsed = parse_path(path)
    assert parsed.components
    assert (parsed.channel is Channel.DATABOX) == (path.suffix == ".xml")
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
