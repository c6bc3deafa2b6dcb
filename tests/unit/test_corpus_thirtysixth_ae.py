"""The thirty-sixth held-out part ``ae`` (tests/corpus/thirtysixth/ae###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (office documents of
every kind and forwarded .eml files behind a short cover mail or an empty body, forms with box
characters, bracket notation and ANO/NE columns, tables with role columns or row headers, at
least twelve data messages with the application only in the annotation, only in the file or in
both, each annotation at most 255 characters, cover notes that change the attachment, letterheads
and signatures with IČO and data-box IDs) and its label mix (at least 25 feed access only,
filming only and both at least five times each, at least three applicants without an IČO, box IDs
in three mails, an IPv6 test address, a four-address block, phones from five countries). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds and the office MIME types, mail clients, charsets, encodings and
wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtysixth_ae import all_cases
from tests.corpus.thirtysixth_ae_common import FEED, FILM, Style

OFFICE_IN_TEXT = re.compile(r"00025593|2gfaasy")
BOX_CHARS = ("☒", "☐", "☑", "[x]", "[X]", "[ ]")


def _databox(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in cases if "databox" in c]


def _flat(value: Any) -> str:
    """Every string inside a case's body, HTML and attachments, nested .eml included."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_flat(v) for v in value if v is not None)
    return ""


def test_attachments_carry_the_application() -> None:
    """Office documents of every kind, TXT and forwarded .eml; empty or near-empty bodies;
    nested .eml files that themselves carry a document."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, (kind, kinds)
    mails = [c for c in cases if "databox" not in c]
    assert sum(not c.get("attachments") for c in mails) <= 1, "all mails but one carry a file"
    assert sum(not c.get("body", "x").strip() for c in mails) >= 2, "empty bodies"
    nested = [
        c
        for c in mails
        for kind, _, content in c.get("attachments", [])
        if kind == "eml" and content.get("attachments")
    ]
    assert len(nested) >= 2


def test_forms_and_tables() -> None:
    cases = all_cases()
    text = [_flat([c.get("body"), c.get("html"), c.get("attachments")]) for c in cases]
    assert sum(any(ch in t for ch in BOX_CHARS) for t in text) >= 7
    assert sum(bool(re.search(r"\bANO\b|\bNE\b|\báno\b", t)) for t in text) >= 4
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FORM] >= 3 and styles[Style.TABLE] >= 6
    assert styles[Style.COVER_CHANGE] >= 3 and styles[Style.FORWARD] >= 4
    assert len(styles) >= 10


def test_data_messages() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters, in all three shapes."""
    boxes = _databox(all_cases())
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
    shapes = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert shapes[style] >= 3, shapes
    printed_office = [c for c in boxes if OFFICE_IN_TEXT.search(_flat(c["attachments"]))]
    assert len(printed_office) >= 2, "the office's own IČO or box printed in a letter"
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 5


def test_the_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44", "+43"):
        assert any(p.startswith(country) for p in phones), country
