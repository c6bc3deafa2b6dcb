"""The twentysixth held-out part ``tb`` (tests/corpus/twentysixth/tb###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (every office kind plus TXT and
forwarded .eml attachments, short or empty cover mails, forms with ticked and unticked boxes,
brackets and ANO/NE columns, tables with role columns, row headers and merged cells, data messages
with the application only in the annotation, only in the file or in both, cover notes that change
the attachment, letterheads and signature blocks with IČO and box IDs), its label mix, and that
every file loads and every label is valid per tests/corpus/LABELS.md. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentysixth_tb import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentysixth_tb_common import FEED, FILM, Style

FILES = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in FILES if p.suffix in (".eml", ".xml")]
E164 = re.compile(r"\+[1-9]\d{6,14}")
BOX_ID = re.compile(r"[a-z0-9]{7}")
OFFICE_QUOTED = re.compile(r"00025593|2gfaasy")


def test_the_part_has_42_cases_on_disk_as_generated() -> None:
    cases = all_cases()
    assert [c["id"][:5] for c in cases] == [f"tb{n:03d}" for n in range(1, 43)]
    assert len(MESSAGES) == 42
    on_disk = {p.name: p.read_bytes() for p in FILES}
    assert on_disk == PART.files()


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Path) -> None:
    parse_path(path)


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and len(set(types)) == len(types) and set(types) <= {FEED, FILM}
    org = lab["organization"]
    assert org["name"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        BOX_ID.fullmatch(org["databox_id"]) and org["databox_id"] != "2gfaasy"
    )
    for ip in lab["production_ips"] + lab["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip, ip
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    if FEED not in types:
        assert not lab["production_ips"] and not lab["test_ips"]
    contact = lab["contact"]
    assert contact["person"] and contact["email"] and "@" in contact["email"]
    assert contact["phone"] is None or E164.fullmatch(contact["phone"]), contact["phone"]


def test_the_part_has_its_attachment_form_and_databox_emphasis() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert all(c.get("attachments") for c in cases), "every case carries a file"
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    assert all(len(c["subject"]) <= 255 for c in databox), "annotation at most 255 characters"
    mails = [c for c in cases if "databox" not in c]
    assert sum(len(c.get("body", "").strip()) < 80 and "html" not in c for c in mails) >= 5
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORM, Style.TABLE, Style.FORWARD, Style.COVER_NOTE, Style.FOREIGN):
        assert styles[style] >= 2, style
    assert len(styles) >= 10


def _text(value: object) -> str:
    return str(value)


def test_forms_use_boxes_brackets_and_yes_no_columns() -> None:
    text = _text(all_cases())
    for mark in ("☒", "☐", "☑", "✔", "[x]", "[ ]", "[X]", "ANO", "NE", "ÁNO", "NIE"):
        assert mark in text, mark


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(cases) // 2 and types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a block or a range"
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letter"
    quoting_office = [c for c in cases if OFFICE_QUOTED.search(_text(c))]
    assert len(quoting_office) >= 2
    for case in cases:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44", "+43", "+48"):
        assert any(p.startswith(country) for p in phones), country
