"""The thirty-second held-out part ``zc`` (tests/corpus/thirtysecond/zc###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own language or mixed
English, freelancers, universities and an institute, municipalities, agencies, IT contractors
writing for a medium, terse notes, long letters), addresses as ranges, CIDR blocks, netmasks,
order words, IPv6, replaced, temporary or internal hosts, request types declined, withdrawn,
conditional, left for a later election or filming only, and data messages that each carry a
file. Every generated file loads and every label is valid per tests/corpus/LABELS.md. These
cases were written by hand apart from the extraction rules and are scored only at the end of
the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtysecond_zc import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtysecond_zc_common import FEED, FILM, Style

FILES = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "274052733")


def _text(case: dict[str, Any]) -> str:
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    for _, _, content in case.get("attachments", []):
        parts.append(repr(content))
    return "\n".join(parts)


def test_the_part_has_42_cases_and_its_files_are_generated() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"zc{n:03d}" for n in range(1, 43)]
    assert len(FILES) == 42
    assert PART.files() == {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("case", all_cases(), ids=[c["id"] for c in all_cases()])
def test_every_label_is_valid(case: dict[str, Any]) -> None:
    lab = case["labels"]
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types)
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips), ips
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    if FEED not in types:
        assert not lab["test_ips"]
    org, contact = lab["organization"], lab["contact"]
    assert org["name"] and "statistick" not in org["name"].casefold()
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    flat = repr(lab).replace(" ", "")
    assert not any(o in flat for o in OFFICE)
    if "databox" in case:
        assert org["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), "a data message carries a file"
        assert len(case["subject"]) <= 255


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign and mixed-language media, freelancers, academia, municipalities, agencies,
    contractors, terse notes and letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 10, styles
    for style in (
        Style.FREELANCE,
        Style.ACADEMIC,
        Style.MUNICIPAL,
        Style.TERSE,
        Style.DATABOX,
    ):
        assert styles[style] >= 3, style
    for style in (Style.AGENCY, Style.CONTRACTOR, Style.LETTER, Style.REPLY, Style.HTML):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in all_cases())
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame",
        "Estimados",
        "Kære",
        "Med vennlig hilsen",
        "Buenos días",
        "Dzień dobry",
    ):
        assert word in text, word


def test_the_part_has_its_address_forms_and_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d/30\b", text) and re.search(r"\d/31\b", text)
    assert "255.255.255.252" in text
    assert re.search(r"\d–\d{2,3}\b", text) and " through " in text and " bis " in text
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 5
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+45", "+46", "+47"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 4, kinds
    all_kinds = {kind for c in all_cases() for kind, _, _ in c.get("attachments", [])}
    assert all_kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"}, all_kinds
    raw = b"".join(p.read_bytes() for p in FILES)
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
    ):
        assert marker in raw, marker
