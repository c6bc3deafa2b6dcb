"""The thirty-eighth held-out part ``aj`` (tests/corpus/thirtyeighth/aj###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (at least three applicants without an IČO, IPv6 addresses in
both roles, four-address blocks, a box ID in a mail's signature, phones from several countries)
and data messages that each carry a file — plus that every generated file loads and every label
is valid per LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyeighth_aj import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtyeighth_aj_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy")
FILES = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in FILES if p.suffix in (".eml", ".xml")]
E164 = re.compile(r"^\+[1-9]\d{7,14}$")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_there_are_42_cases_numbered_in_order() -> None:
    ids = [c["id"] for c in all_cases()]
    assert [i[:5] for i in ids] == [f"aj{n:03d}" for n in range(1, 43)]
    assert len(MESSAGES) == 42


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 14


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2 and types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+39", "+43"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads(path: Path) -> None:
    assert parse_path(path) is not None


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem
    assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
    org = lab["organization"]
    assert org["name"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        len(org["databox_id"]) == 7 and org["databox_id"] != "2gfaasy"
    )
    for ip in lab["production_ips"] + lab["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    contact = lab["contact"]
    assert contact["phone"] is None or E164.match(contact["phone"]), contact["phone"]
    assert contact["email"] is None or "@czso.cz" not in contact["email"]
