"""The twentysecond held-out part ``pc`` (tests/corpus/twentysecond/pc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own language or mixed with English, freelancers, universities and institutes, municipalities,
agencies, IT contractors writing for a medium, two-line notes and long letters; addresses as
ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request
types declined, withdrawn, conditional, left for a later election, or filming only; at least
four data messages) and its label mix — plus that every generated file loads and every label is
well-formed by tests/corpus/LABELS.md. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentysecond_pc import N0, PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.twentysecond_pc_common import FEED, FILM, Style

OFFICE = ("00025593", "2gfaasy", "czso.cz", "274052733")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
PATHS = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in PATHS if p.suffix in (".eml", ".xml")]


def _text(case: dict[str, Any]) -> str:
    """Everything a case's author wrote, as one string (body, HTML, subject, attachments)."""
    return repr(case)


def test_the_part_has_42_cases_numbered_from_its_offset() -> None:
    cases = all_cases()
    assert N0 == 6200 and len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"pc{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"pc\d{3}-[a-z0-9-]+", c["id"]) for c in cases)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    expected = files()
    assert sorted(p.name for p in PATHS) == sorted(expected)
    for path in PATHS:
        assert path.read_bytes() == expected[path.name], path.name
    assert len(MESSAGES) == 42


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Any) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def _check_ips(ips: list[str]) -> None:
    assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
    for ip in ips:
        addr = ipaddress.ip_address(ip)
        assert str(addr) == ip, "the canonical (compressed) form"
        assert any(addr in net for net in DOC_NETS), ip


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_well_formed(path: Any) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["description"].strip()
    assert lab["style"] in {s.value for s in Style}
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(types) == len(set(types))
    _check_ips(lab["production_ips"])
    _check_ips(lab["test_ips"])
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED in types:
        assert lab["production_ips"]
    else:
        assert not lab["production_ips"] and not lab["test_ips"]
    org, contact = lab["organization"], lab["contact"]
    assert org["name"] and contact["person"]
    assert org["ico"] is None or ico_valid(org["ico"]), org["ico"]
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    flat = repr({k: v for k, v in lab.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE)


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in their own languages, freelancers, institutions, municipalities,
    agencies, IT contractors, terse notes and long letters, at least four data messages."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 7
    for style in (
        Style.FREELANCE,
        Style.INSTITUTION,
        Style.MUNICIPALITY,
        Style.AGENCY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.LETTER,
        Style.SCOPE,
    ):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    assert sum("databox" in c for c in cases) >= 4
    languages = {
        "German": "Sehr geehrte",
        "Polish": "Szanowni",
        "Hungarian": "Tisztelt",
        "French": "Bonjour",
        "Spanish": "Estimados",
        "Swedish": "Med vänliga",
        "Danish": "Venlig hilsen",
        "Norwegian": "Vennlig hilsen",
        "Finnish": "Kiitos",
        "Slovak": "Žiadame",
    }
    for language, marker in languages.items():
        assert any(marker in _text(c) for c in cases), language


def test_the_part_writes_addresses_in_unusual_forms() -> None:
    """CIDR blocks, a netmask, written ranges (whole, last octet, IPv6), internal hosts,
    replaced servers and full-form IPv6 all appear in the text."""
    text = "".join(_text(c) for c in all_cases())
    assert re.search(r"\d+\.\d+\.\d+\.\d+/3[01]\b", text)
    assert "255.255.255.252" in text
    assert re.search(r"\d+\.\d+\.\d+\.\d+ ?- ?\d+\.\d+\.\d+\.\d+", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+-\d{1,3}\b", text)
    assert "2001:0db8:" in text and " až 2001:db8:" in text
    assert "10.20.0.15" in text and "172.16.4.10" in text
    assert "už nepoužíváme" in text


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination with at least four filming-only cases, declined and
    withdrawn types, applicants without an IČO, blocks expanded, IPv6 on both sides and
    phones from many countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 6
    assert sum(lab["organization"]["databox_id"] is not None for lab in labels) >= 8
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+43", "+48", "+33", "+44", "+46", "+358", "+45", "+47"):
        assert any(p.startswith(country) for p in phones), country
    freelancers = [c for c in cases if c["style"] == Style.FREELANCE]
    assert all(
        c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"] for c in freelancers
    )


def test_data_messages_name_their_sender_box_and_carry_files() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), case["id"]
    kinds = {kind for c in databox for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 3, kinds


def test_the_part_uses_varied_mail_forms() -> None:
    cases = all_cases()
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
    ):
        assert marker in raw, marker
