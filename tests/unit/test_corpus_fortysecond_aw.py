"""The forty-second held-out part ``aw`` (tests/corpus/fortysecond/aw###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every office kind, TXT and
attached .eml files behind short cover mails or empty bodies; checkbox, bracket and ANO/NE
forms; tables with role columns or row headers; data messages with the application in the
annotation, in the file or both; cover notes that change the attachment; IČO and box IDs in
letterheads and signatures), its label mix, and that every file loads and every label is valid
per LABELS.md. These cases were written by hand apart from the extraction rules and are scored
only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortysecond_aw_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_fortysecond_aw import PART, all_cases

FILES = sorted(p for p in PART.out.glob("aw[0-9][0-9][0-9]-*") if p.suffix in (".eml", ".xml"))
BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\báno\b")


def _text(value: object) -> str:
    return repr(value)


def test_the_part_has_its_attachment_emphasis() -> None:
    cases = all_cases()
    assert len(cases) == 42
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    assert sum(bool(c.get("attachments")) for c in cases) >= 40
    mails = [c for c in cases if "databox" not in c]
    assert sum(not c.get("body", "x").strip() and "html" not in c for c in mails) >= 2
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("body", ""))]
    assert len(forms) >= 8
    styles = Counter(c["style"] for c in cases)
    for style in (Style.FORM, Style.TABLE, Style.CORRECTION, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert len(styles) >= 8


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    bare = [c for c in boxes if len(c["subject"]) < 60]
    long = [c for c in boxes if len(c["subject"]) >= 100]
    assert len(bare) >= 4 and len(long) >= 4
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letterhead"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48"):
        assert any(p.startswith(country) for p in phones), country


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert labels["id"] == path.stem and labels["style"] in set(Style)
    types = labels["request_types"]
    assert types and set(types) <= {FEED, FILM} and len(types) == len(set(types))
    for key in ("production_ips", "test_ips"):
        ips = labels[key]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        for ip in ips:
            assert str(ipaddress.ip_address(ip)) == ip
    if FEED not in types:
        assert not labels["production_ips"] and not labels["test_ips"]
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
    assert org["databox_id"] is None or (
        re.fullmatch(r"[a-z0-9]{7}", org["databox_id"]) and org["databox_id"] != "2gfaasy"
    )
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
