"""The thirty-ninth held-out part ``am`` (tests/corpus/thirtyninth/am###-…): what is particular
to this part — its emphasis on e-mail as people really send it (phone-typed notes, chatty mails,
many mail clients, HTML-only mails with tables, forwards and replies with quoted history
including the office's own press release and contacts, corrections, signatures naming several
people, foreign senders writing English), its label mix (at least three applicants without an
IČO, data messages that each carry a file) — and that every generated file loads and every
label is valid per tests/corpus/LABELS.md. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
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
from tests.corpus.make_thirtyninth_am import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtyninth_am_common import FEED, FILM, Style

OFFICE_QUOTED = re.compile(r"podatelna@czso\.cz|00025593|2gfaasy|274 05\d \d{3}")
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
BOX = re.compile(r"^[a-z0-9]{7}$")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "")


def test_the_part_has_its_e_mail_emphasis() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert sum("html" in c and "body" not in c for c in cases) >= 4
    html_tables = [c for c in cases if "<table" in c.get("html", "")]
    assert len(html_tables) >= 4
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 1
    quoting_office = [c for c in cases if "databox" not in c and OFFICE_QUOTED.search(_text(c))]
    assert len(quoting_office) >= 3
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.MOBILE, Style.HTML):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 5 and styles[Style.SIGNATURE] >= 3
    assert len(styles) >= 10
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    assert {c.get("charset", "utf-8") for c in cases} >= {"utf-8", "windows-1250", "iso-8859-2"}
    assert any(c.get("flowed") for c in cases) and any(c.get("smime") for c in cases)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 2 and types[(FEED, FILM)] >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+39", "+44", "+33"):
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


def test_the_generated_files_are_current() -> None:
    on_disk = {p.name: p.read_bytes() for p in part_paths(PART.out, PART.prefix)}
    assert on_disk == PART.files()


@pytest.mark.parametrize("path", part_paths(PART.out, PART.prefix), ids=lambda p: p.name)
def test_every_file_loads_and_every_label_is_valid(path: Path) -> None:
    if path.suffix == ".json":
        lab = json.loads(path.read_text(encoding="utf-8"))
        assert path.with_suffix(".eml").exists() or path.with_suffix(".xml").exists()
        assert lab["id"] == path.stem and lab["style"] in set(Style)
        assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
        assert len(lab["request_types"]) == len(set(lab["request_types"]))
        org, contact = lab["organization"], lab["contact"]
        assert org["name"] and "statistick" not in org["name"].lower()
        if org["ico"] is not None:
            assert ico_valid(org["ico"]) and org["ico"] != "00025593"
        if org["databox_id"] is not None:
            assert BOX.match(org["databox_id"]) and org["databox_id"] != "2gfaasy"
        for key in ("production_ips", "test_ips"):
            assert isinstance(lab[key], list)
            for ip in lab[key]:
                assert str(ipaddress.ip_address(ip)) == ip
        assert not set(lab["production_ips"]) & set(lab["test_ips"])
        assert (FEED in lab["request_types"]) == bool(lab["production_ips"])
        assert contact["person"] and contact["email"] and "@" in contact["email"]
        assert not contact["email"].endswith("czso.cz")
        assert contact["phone"] is None or E164.match(contact["phone"])
        return
    message = parse_path(path)
    assert message.components and not message.problems, path.name
