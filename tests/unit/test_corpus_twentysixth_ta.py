"""The twentysixth held-out part ``ta`` (tests/corpus/twentysixth/ta###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
HTML-only mails with tables, forwards and replies with quoted history including the office's own
press release and contacts, corrections, signatures naming several people, foreign senders
writing English), its label mix (mostly feed access, applicants without an IČO, IPv6, a block
and a written range, a box ID in a mail's signature, phones from several countries), data
messages that each carry a file, and that every generated file loads and every label is valid
per LABELS.md. These cases were written by hand apart from the extraction rules and are scored
only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentysixth_ta import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentysixth_ta_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 052 733")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
BOX = re.compile(r"^[a-z0-9]{7}$")
FIELDS = {"request_types", "organization", "production_ips", "test_ips", "contact"}


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"ta{n:03d}" for n in range(1, 43)]
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 2
    assert sum(bool(OFFICE_QUOTED.search(_text(c))) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.MOBILE, Style.HTML, Style.DATABOX):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 2
    assert styles[Style.CORRECTION] >= 2
    assert len(styles) >= 10
    mails = [c for c in cases if "databox" not in c]
    clients = {v for c in mails for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    assert {c.get("charset", "utf-8") for c in mails} >= {"utf-8", "iso-8859-2", "windows-1250"}
    assert any(c.get("flowed") for c in mails)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2, types
    assert types[(FILM,)] >= 1 and types[(FEED, FILM)] >= 2
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+43", "+49", "+44", "+39", "+33"):
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


def test_every_label_is_valid() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert set(lab) == FIELDS, case["id"]
        assert lab["request_types"], case["id"]
        assert set(lab["request_types"]) <= {FEED, FILM}, case["id"]
        org, contact = lab["organization"], lab["contact"]
        assert org["name"], case["id"]
        if org["ico"] is not None:
            assert ico_valid(org["ico"]) and org["ico"] != "00025593", case["id"]
        if org["databox_id"] is not None:
            assert BOX.match(org["databox_id"]) and org["databox_id"] != "2gfaasy", case["id"]
        for key in ("production_ips", "test_ips"):
            assert isinstance(lab[key], list), case["id"]
            for ip in lab[key]:
                assert str(ipaddress.ip_address(ip)) == ip, (case["id"], ip)
        if FEED not in lab["request_types"]:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]
        if contact["phone"] is not None:
            assert E164.match(contact["phone"]), case["id"]
        if contact["email"] is not None:
            assert "@" in contact["email"] and not contact["email"].endswith("czso.cz")


@pytest.mark.parametrize("path", part_paths(PART.out, PART.prefix), ids=lambda p: p.name)
def test_every_generated_file_loads(path: Path) -> None:
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem == data["id"]
        return
    parsed = parse_path(path)
    assert parsed is not None


def test_the_files_on_disk_are_the_generated_ones() -> None:
    on_disk = {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}
    assert on_disk == PART.files()
