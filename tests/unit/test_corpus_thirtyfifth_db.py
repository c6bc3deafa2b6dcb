"""The thirty-fifth held-out part ``db`` (tests/corpus/thirtyfifth/db###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including forwarded .eml, mails with an empty body or a short cover, checkbox forms with ticked and
unticked characters, bracket notation and ANO/NE columns, cover notes that change the attached
application, at least twelve data messages with the application in the annotation, in the file or
in both, each carrying a file and an annotation of at most 255 characters), its label mix, and
that every file it writes loads and every label is valid by LABELS.md. The checks every part
shares are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyfifth_db import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.thirtyfifth_db_common import FEED, FILM, Style

PATHS = part_paths(PART.out, PART.prefix)
MESSAGES = [p for p in PATHS if p.suffix in (".eml", ".xml")]
OFFICE = ("00025593", "2gfaasy", "czso.cz", "+420274052733")


def _databox(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in cases if "databox" in c]


def _texts(case: dict[str, Any]) -> str:
    """The case's own text and the text of its attachments' specs, as one string."""
    return repr([case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")])


def test_the_part_is_written_and_numbered() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"db{n:03d}" for n in range(1, 43)]
    assert len(MESSAGES) == 42 and len(PATHS) == 84
    assert PART.files() == {p.name: p.read_bytes() for p in PATHS}


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every attachment kind, forwarded .eml files, mails with an empty body, amending covers."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") or "html" in c for c in mails)
    assert sum(not (c.get("body") or "").strip() and "html" not in c for c in mails) >= 3
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style), styles
    assert styles[Style.AMENDING_COVER] >= 2 and styles[Style.FORWARDED_EML] >= 3


def test_the_part_has_checkbox_forms() -> None:
    """Ticked and unticked box characters, bracket notation and ANO/NE columns."""
    texts = [_texts(c) for c in all_cases()]
    assert sum("☒" in t or "☑" in t or "&#9745;" in t for t in texts) >= 3
    assert sum("☐" in t or "&#9744;" in t for t in texts) >= 3
    assert sum(bool(re.search(r"\[[xX]\]", t)) for t in texts) >= 2
    assert sum(bool(re.search(r"'ANO', 'NE'|ano/ne", t)) for t in texts) >= 3
    assert sum(c["style"] == Style.FORM for c in all_cases()) >= 5


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = _databox(all_cases())
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert 0 < len(case["subject"]) <= 255, case["id"]
        assert "body" not in case and "html" not in case, case["id"]
        assert re.fullmatch(r"[a-z0-9]{7}", case["databox"]["box"])
    styles = Counter(c["style"] for c in databox)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    assert len({kind for c in databox for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """All three request combinations (filming alone at least five times), applicants without
    an IČO, IPv6 production addresses, a /30 block, box IDs from letterheads and signatures of
    mails, foreign phones, contacts who are not the sender and no test address."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 7, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 4
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 2
    phones = {lab["contact"]["phone"][:3] for lab in labels if lab["contact"]["phone"]}
    assert {"+42", "+43", "+48"} <= phones
    assert any(lab["contact"]["phone"].startswith("+421") for lab in labels)
    other_contact = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(other_contact) >= 3


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_valid(path: Path) -> None:
    lab = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert lab["id"] == path.stem and lab["style"] in set(Style)
    types = lab["request_types"]
    assert types and len(types) == len(set(types)) and set(types) <= {FEED, FILM}
    for key in ("production_ips", "test_ips"):
        ips = lab[key]
        assert isinstance(ips, list) and len(ips) == len(set(ips)) <= 5
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips)
    assert not set(lab["production_ips"]) & set(lab["test_ips"])
    assert bool(lab["production_ips"]) == (FEED in types)
    org, contact = lab["organization"], lab["contact"]
    assert org["name"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
    assert contact["person"]
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert contact["email"] is None or contact["email"].endswith(".example")
    flat = json.dumps({k: v for k, v in lab.items() if k != "description"}).casefold()
    assert not any(o in flat for o in OFFICE)
