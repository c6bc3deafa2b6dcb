"""The twentyninth held-out part ``wb`` (tests/corpus/twentyninth/wb###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including forwarded .eml files, empty or short cover mails, forms with ticked and unticked boxes
and ANO/NE or Yes/No columns, cover notes that change the attachment, at least twelve data
messages with the application in the annotation, in the file or in both, each carrying a file
and an annotation of at most 255 characters), its label mix, and that every generated file
loads and every label is well-formed per tests/corpus/LABELS.md. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyninth_wb import N0, PART, PREFIX, all_cases, files
from tests.corpus.part_checks import check_files_on_disk, check_labels, read_labels
from tests.corpus.parts import part_paths
from tests.corpus.twentyninth_wb_common import FEED, FILM, Style

OUT = PART.out
MESSAGES = [p for p in part_paths(OUT, PREFIX) if p.suffix in (".eml", ".xml")]
BOXES = re.compile(r"[☒☐☑✓]|\[[xX ]\]|\bANO\b|\bYes\b")


def _text(value: Any) -> str:
    """Every string inside an attachment's content (paragraphs, rows, nested tables)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return ""


def test_the_part_has_42_cases_and_writes_exactly_its_files() -> None:
    cases = all_cases()
    assert len(cases) == 42 and N0 == 8200
    assert [c["id"][:5] for c in cases] == [f"wb{n:03d}" for n in range(1, 43)]
    check_files_on_disk(part_paths(OUT, PREFIX), files())
    assert {p.stem for p in MESSAGES} == {c["id"] for c in cases}


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_file_loads_and_its_label_is_well_formed(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems
    assert set(labels["request_types"]) <= {FEED, FILM}
    assert labels["organization"]["ico"] is None or ico_valid(labels["organization"]["ico"])
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file and an annotation within ISDS's 255
    characters; the application in the annotation only, in the file only, and in both."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    styles = Counter(c["style"] for c in databox)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    kinds = {kind for c in databox for kind, _, _ in c["attachments"]}
    assert kinds >= {"pdf", "docx", "odt", "xlsx", "rtf", "txt"}, kinds


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every attachment kind, empty cover mails, forms with box characters or ANO/NE/Yes/No
    columns, cover notes that change the attachment and forwarded .eml files."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") for c in mails)
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    empty = [c for c in mails if not c.get("body", "x").replace("Odesláno z iPhonu", "").strip()]
    assert len(empty) >= 3
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments", [])))]
    assert len(forms) >= 8
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style)
    assert styles[Style.AMENDMENT] >= 3 and styles[Style.FORWARD_EML] >= 3


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, applicants without an IČO, IPv6 production and test
    addresses, a netmask block, box IDs from mail signatures and letterheads, foreign phones."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48", "+49"):
        assert any(phone.startswith(country) for phone in phones), country


def test_the_raw_messages_mix_charsets_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"multipart/alternative",
        b"Content-Transfer-Encoding: base64",
        b"text/html",
    ):
        assert marker in raw, marker
