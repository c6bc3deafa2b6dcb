"""The twentieth held-out part ``nb`` (tests/corpus/twentieth/nb###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (every attachment kind behind
a short cover mail or an empty body, forms with ticked and unticked box characters, [x]/[ ] and
ANO/NE columns, tables, cover notes that change the attachment, at least twelve data messages
with the application in the annotation, in the file or in both, letterheads with IČO and box
IDs, the office's own identifiers in an address block, every attachment kind at least twice) and
its label mix. The checks every part shares (ids, files, labels, loading, variety, the sender
header, the sender box, the attachment kinds, office MIME types, charsets, encodings, wrappers and
mail clients of its ``Part`` record) are in test_corpus_parts.py. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentieth_nb import all_cases
from tests.corpus.twentieth_nb_common import FEED, Style

BOXES = ("☒", "☐", "☑", "[x]", "[ ]", "✗")
ATTACHMENT_KINDS = {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"}


def _text(value: Any) -> str:
    """Every string inside a case spec or attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return "\n".join(_text(v) for v in value)
    return "" if value is None else str(value)


def test_data_messages_vary_where_the_text_is() -> None:
    """At least twelve data messages, each with a document; the application sits in the
    annotation only (the file is a power of attorney, a crew list, a register extract), in the
    file only, or in both; boxes of three types."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), "ISDS sends no message without a document"
    in_annotation = [c for c in boxes if re.search(r"\d+\.\d+\.\d+\.\d+|2001:db8", c["subject"])]
    in_annotation += [c for c in boxes if "Kontakt:" in c["subject"]]
    assert len({c["id"] for c in in_annotation}) >= 3
    bare = [c for c in boxes if len(c["subject"]) < 20]
    assert len(bare) >= 2, "annotations like 'Podání' or 'viz příloha'"
    assert {c["databox"].get("type", 20) for c in boxes} >= {10, 20, 30}


def test_every_attachment_kind_twice_and_empty_bodies() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert all(kinds[k] >= 2 for k in ATTACHMENT_KINDS), kinds
    assert sum(c.get("body") == "" for c in cases) >= 2
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 2


def test_forms_tables_and_cover_notes() -> None:
    """Box characters ticked and unticked, [x]/[ ], ANO/NE columns; role columns and row
    headers; cover notes that correct, withdraw or name another contact; the office's own
    identifiers printed in an address block or quoted."""
    cases = all_cases()
    texts = [_text(c.get("attachments", [])) + _text(c.get("body")) for c in cases]
    for box in BOXES:
        assert any(box in t for t in texts), box
    yes_no = [t for t in texts if re.search(r"\bANO\b", t, re.I) and re.search(r"\bNE\b", t, re.I)]
    assert len(yes_no) >= 5
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.DATABOX] >= 12
    assert styles[Style.FORM] >= 4 and styles[Style.COVER_NOTE] >= 3
    assert styles[Style.FORWARD] >= 3 and styles[Style.FOREIGN] >= 3
    assert len(styles) >= 10
    office = [t for t in texts if "2gfaasy" in t or "00025593" in t]
    assert len(office) >= 2
    docx_tables = [
        block
        for c in cases
        for kind, _, content in c.get("attachments", [])
        if kind == "docx"
        for block in content["blocks"]
        if isinstance(block, dict)
    ]
    assert any("nested" in table for table in docx_tables), "a table nested in a cell"
    sheets = [
        sheet
        for c in cases
        for kind, _, content in c.get("attachments", [])
        if kind == "xlsx"
        for sheet in content
    ]
    assert any(sheet.get("merge") for sheet in sheets), "a merged role cell"
    assert any(len(content) >= 3 for kind, _, content in _all_attachments() if kind == "xlsx")


def _all_attachments() -> list[tuple[str, str, Any]]:
    return [a for c in all_cases() for a in c.get("attachments", [])]


def test_the_part_has_its_label_mix() -> None:
    """Feed access only most common, at least three applicants without an IČO, an IPv6 test
    address, a five-address range, a netmask block, box IDs from letterheads of e-mailed
    letters, contacts without e-mail, phones from five countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(labels) // 2, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    assert any(len(lab["test_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    assert any(lab["contact"]["email"] is None for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44"):
        assert any(p.startswith(country) for p in phones), country
