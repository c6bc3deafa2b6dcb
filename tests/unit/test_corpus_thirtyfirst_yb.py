"""The thirty-first held-out part ``yb`` (tests/corpus/thirtyfirst/yb###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every office-document
kind, TXT and forwarded .eml at least twice behind short or empty cover mails, a forwarded .eml
that carries its own attachment, forms with box characters, brackets and ANO/NE or Ja/Nein
columns, tables with role columns, row headers and merged role cells, cover notes and
annotations that change a value of their attachment, letterheads with IČO and box IDs, at least
twelve data messages with the application in the annotation, in the file or in both, each with
a file and an annotation within 255 characters), labels that name their applicant, and its
label mix (filming only and both at least four times each, applicants without an IČO, IPv6
production addresses in two cases, a four-address block, box IDs in three mails, phones from six
countries). The checks every part shares (ids, files, labels, loading, variety, the sender
header, the sender box, the attachment kinds, office MIME types, charsets, encodings, wrappers,
annotations and mail clients of its ``Part`` record) are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtyfirst_yb import all_cases
from tests.corpus.thirtyfirst_yb_common import DATABOX_STYLES, FEED, FILM, Style

BOX_CHARS = re.compile(r"[☒☐☑]|\[[xX ]\]")
YES_NO = re.compile(r"'(ANO|Ja)', '(NE|Nein)'|<th>ANO</th><th>NE</th>")


def _text(obj: object) -> str:
    return repr(obj)


def test_every_label_names_its_applicant() -> None:
    """Every label names its applicant (the shared label checks allow an empty name)."""
    for case in all_cases():
        assert case["labels"]["organization"]["name"].strip(), case["id"]


def test_the_part_has_its_attachment_emphasis() -> None:
    """Nearly every mail carries a file; every kind at least twice, forwarded .eml three
    times and once with its own attachment; empty cover mails; forms with box characters,
    brackets and yes/no columns; cover notes that change their attachment."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 2
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt"):
        assert kinds[kind] >= 2, kind
    assert kinds["eml"] >= 3
    inner = [s for c in cases for k, _, s in c.get("attachments", []) if k == "eml"]
    assert any(s.get("attachments") for s in inner), "a forwarded .eml with its own file"
    assert sum(not c.get("body", "x").strip() for c in mails) >= 3
    ticks = [c for c in cases if BOX_CHARS.search(_text(c.get("attachments", c.get("html"))))]
    assert len(ticks) >= 6
    yes_no = [c for c in cases if YES_NO.search(_text(c.get("attachments", c.get("html"))))]
    assert len(yes_no) >= 4
    merged = [c for c in cases if "'merge'" in _text(c.get("attachments"))]
    assert merged
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.COVER_CHANGES, Style.FORWARD_EML, Style.LETTERHEAD):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_12_data_messages_of_every_kind() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    assert {c["style"] for c in boxes} == DATABOX_STYLES
    for style in DATABOX_STYLES:
        assert sum(c["style"] == style for c in boxes) >= 3, style
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]


def test_the_part_has_its_label_mix() -> None:
    """Filming only and both at least four times each and feed access only at least twenty,
    applicants without an IČO, IPv6 production addresses in two cases, a four-address block,
    box IDs in three mails, phones from six countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 4 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country
