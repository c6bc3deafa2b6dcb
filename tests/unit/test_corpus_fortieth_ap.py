"""The fortieth held-out part ``ap`` (tests/corpus/fortieth/ap###-…): what is particular to this
part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (at least three applicants without an IČO, data messages that
each carry a file, IPv6, a four-address block, a box ID in a mail's signature, phones from
several countries) — and that every generated file loads and every label is valid per
tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortieth_ap_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_fortieth_ap import PART, all_cases

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")
BOX = re.compile(r"^[a-z0-9]{7}$")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert sum("html" in c and "body" not in c for c in cases) >= 5
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 1
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 4
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 4
    assert len(styles) >= 10
    assert any(c.get("flowed") for c in cases)
    assert {c.get("charset", "utf-8") for c in cases} >= {"utf-8", "windows-1250", "iso-8859-2"}
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    assert any(kind == "eml" for c in cases for kind, _, _ in c.get("attachments", []))


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2 and types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43", "+36"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_the_generated_files_match_the_specs() -> None:
    on_disk = {p.name: p.read_bytes() for p in sorted(PART.out.glob("ap[0-9][0-9][0-9]-*"))}
    assert on_disk == PART.files()


@pytest.mark.parametrize("path", sorted(PART.out.glob("ap[0-9][0-9][0-9]-*.*[lx]")), ids=str)
def test_every_message_loads(path: Path) -> None:
    assert path.suffix in (".eml", ".xml")
    assert parse_path(path) is not None


def _ip(value: str) -> None:
    addr = ipaddress.ip_address(value)
    assert str(addr) == value, f"{value} is not in its compressed form"


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_label_is_valid(case: dict) -> None:
    lab = json.loads((PART.out / f"{case['id']}.json").read_text(encoding="utf-8"))
    assert lab["id"] == case["id"] and lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types)
    org = lab["organization"]
    assert org["name"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        BOX.match(org["databox_id"]) and org["databox_id"] != "2gfaasy"
    )
    for field in ("production_ips", "test_ips"):
        assert isinstance(lab[field], list)
        for ip in lab[field]:
            _ip(ip)
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED not in types:
        assert lab["production_ips"] == [] and lab["test_ips"] == []
    contact = lab["contact"]
    assert contact["person"]
    assert contact["email"] is None or EMAIL.match(contact["email"])
    assert contact["phone"] is None or E164.match(contact["phone"])
    assert "czso" not in (contact["email"] or "")
