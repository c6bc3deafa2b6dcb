"""The twentythird held-out part ``qb`` (tests/corpus/twentythird/qb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (many PDFs, Word files and
spreadsheets, forwarded .eml files, files behind nearly every mail, covers that are short or empty,
two files in one mail, cover notes that change the attached application, forms with box characters,
brackets and ANO/NE answers, tables with role columns, row headers, merged and nested cells, page
headers and footers, every style of the part, at least twelve data messages with the application in
the annotation, in the file or in both, each with a file, of several kinds, some printing the
office's own box) and its label mix (feed access only in more than half, filming only and both,
applicants without an IČO, many box IDs, some from a mail's letterhead or signature, a block of
four, labels without an e-mail, phones from four countries). The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the attachment kinds, office
MIME types, charsets, encodings, wrappers and mail clients of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentythird_qb import all_cases
from tests.corpus.twentythird_qb_common import FEED, FILM, Style

CASES = all_cases()
MAILS = [c for c in CASES if "databox" not in c]
BOXES = [c for c in CASES if "databox" in c]


def _text(content: Any) -> str:
    """The text of an attachment spec, nested dicts and tables included."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, (list, tuple)):
        return " ".join(_text(v) for v in content)
    return "" if content is None else str(content)


def _attached(case: dict[str, Any]) -> str:
    return " ".join(_text(content) for _, _, content in case.get("attachments", []))


def test_many_attachments_with_short_or_empty_covers() -> None:
    kinds = Counter(kind for c in CASES for kind, _, _ in c.get("attachments", []))
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 8 and kinds["xlsx"] >= 4, kinds
    assert sum(bool(c.get("attachments")) for c in MAILS) >= len(MAILS) - 2
    assert sum(c.get("body") == "" for c in MAILS) >= 3, "empty bodies"
    assert sum(kind == "eml" for c in MAILS for kind, _, _ in c.get("attachments", [])) >= 4
    assert any(len(c.get("attachments", [])) >= 2 for c in MAILS), "two files in one mail"


def test_forms_tables_and_amending_covers() -> None:
    attached = [_attached(c) + c.get("html", "") for c in CASES]
    for marker in ("☒", "☐", "☑", "[x]", "[ ]", "(X)", "( )", "✔"):
        assert any(marker in text for text in attached), marker
    assert sum(bool(re.search(r"\b(ANO|ano)\b", t)) for t in attached) >= 3
    specs = [content for c in CASES for kind, _, content in c.get("attachments", [])]
    docx = [s for s in specs if isinstance(s, dict) and "blocks" in s]
    tables = [b for s in docx for b in s["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    assert any(s.get("header") for s in docx) and any(s.get("footer") for s in docx)
    xlsx = [s for s in specs if isinstance(s, list) and s and isinstance(s[0], dict)]
    assert any(len(s) >= 2 for s in xlsx) and any(sh.get("merge") for s in xlsx for sh in s)
    styles = Counter(c["style"] for c in CASES)
    assert styles[Style.AMENDING_COVER] >= 4 and styles[Style.FORM] >= 5
    assert styles[Style.TABLE] >= 4 and styles[Style.FORWARD] >= 4
    assert len(styles) == len(Style), "every style of the part is used"


def test_data_messages_in_annotation_file_or_both() -> None:
    assert len(BOXES) >= 12
    styles = Counter(c["style"] for c in BOXES)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    for case in BOXES:
        assert case["attachments"], "a data message carries a file"
        assert len(case["subject"]) <= 255, "dmAnnotation holds at most 255 characters"
    kinds = {kind for c in BOXES for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 4, kinds
    office_in_file = [c for c in BOXES if "2gfaasy" in _attached(c)]
    assert len(office_in_file) >= 3, "the office's own box printed in the applicant's letter"


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in CASES]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] > len(CASES) // 2
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert sum(bool(lab["organization"]["databox_id"]) for lab in labels) >= 16
    mails_with_box = [c for c in MAILS if c["labels"]["organization"]["databox_id"]]
    assert len(mails_with_box) >= 3, "a data-box ID from a letterhead or signature"
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(lab["contact"]["email"] is None for lab in labels) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49"):
        assert any(p.startswith(country) for p in phones), country
