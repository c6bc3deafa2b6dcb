"""The twentyfourth held-out part ``rc`` (tests/corpus/twentyfourth/rc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
language or mixed with English, freelancers, universities, institutes and municipalities,
agencies and IT contractors writing for a medium, terse notes and long letters), addresses as
ranges, CIDR blocks, netmasks and IPv6, replaced, temporary and internal hosts, request types
declined, withdrawn or deferred, filming-only requests and at least four data messages; plus that
every generated file loads and every label is valid per tests/corpus/LABELS.md. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyfourth_rc import PART, all_cases
from tests.corpus.twentyfourth_rc_common import FEED, FILM, Style

OFFICE_ICO, OFFICE_BOX = "00025593", "2gfaasy"
E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def _paths() -> list[Path]:
    return sorted(PART.out.glob("rc[0-9][0-9][0-9]-*"))


def test_ids_are_numbered_and_files_match_the_generator() -> None:
    cases = all_cases()
    assert [c["id"][:5] for c in cases] == [f"rc{n:03d}" for n in range(1, 43)]
    written = {p.name: p.read_bytes() for p in _paths()}
    assert written == PART.files(), "regenerate with python -m tests.corpus.make_twentyfourth_rc"


@pytest.mark.parametrize("path", [p for p in _paths() if p.suffix in (".eml", ".xml")], ids=str)
def test_every_message_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed is not None


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_label_is_valid(case: dict) -> None:
    lab = json.loads((PART.out / f"{case['id']}.json").read_text(encoding="utf-8"))
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    assert len(set(lab["request_types"])) == len(lab["request_types"])
    org = lab["organization"]
    assert org["name"] and "Český statistický úřad" not in org["name"]
    if org["ico"] is not None:
        assert ico_valid(org["ico"]) and org["ico"] != OFFICE_ICO
    if org["databox_id"] is not None:
        assert len(org["databox_id"]) == 7 and org["databox_id"] != OFFICE_BOX
    for key in ("production_ips", "test_ips"):
        assert isinstance(lab[key], list)
        for ip in lab[key]:
            assert str(ipaddress.ip_address(ip)) == ip, f"{ip} not in canonical form"
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED not in lab["request_types"]:
        assert lab["production_ips"] == lab["test_ips"] == []
    contact = lab["contact"]
    assert contact["person"]
    assert contact["phone"] is None or E164.match(contact["phone"]), contact["phone"]
    assert contact["email"] is None or "@" in contact["email"]
    if "databox" in case:
        assert org["databox_id"] == case["databox"]["box"]


def test_the_part_has_its_emphasis() -> None:
    """Foreign languages and mixed English, freelancers, institutions, contractors, terse notes,
    long letters, hosts, ranges, declined types and filming only, forms, a forward, a reply."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 10, styles
    for style in (Style.RANGE, Style.HOSTS, Style.CONTRACTOR, Style.DATABOX):
        assert styles[style] >= 3, style
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.TERSE, Style.LETTER, Style.FORM):
        assert styles[style] >= 1, style
    assert styles[Style.DECLINED] + styles[Style.FILMING] >= 4
    assert len(styles) >= 12
    assert sum("html" in c and "body" not in c for c in cases) >= 1
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    """Filming-only requests, both types, applicants without an IČO, blocks expanded, IPv6 on
    both roles, phones from many countries, box IDs from data messages and a signature."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3, types
    assert types[(FEED,)] > len(cases) // 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 8
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(len(lab["production_ips"]) == 3 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    phones = {lab["contact"]["phone"][:3] for lab in labels if lab["contact"]["phone"]}
    for country in ("+42", "+49", "+48", "+36", "+33", "+34", "+46", "+47", "+39", "+45"):
        assert country in phones, country
    data = [c for c in cases if "databox" in c]
    assert len(data) >= 4
    assert any(not c.get("attachments") for c in data), "a data message with no file"
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
