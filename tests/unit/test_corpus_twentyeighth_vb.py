"""The twentyeighth held-out part ``vb`` (tests/corpus/twentyeighth/vb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every supported attachment
kind at least twice, forwarded .eml included, a file behind nearly every mail, empty bodies and
short cover notes, ticked/unticked box characters, [x]/[ ] brackets, ANO/NE and Yes/No columns,
merged cells, a table nested in a cell, at least twelve data messages, each with a file and an
annotation within 255 characters, with the application in the annotation, in the file or in
both), its label mix (feed access, filming only and both in its own counts, applicants without
an IČO, blocks of four, box IDs in mails, contacts who are not the sender, phones from four
countries) and the office's box written into some letters and quotes. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds, office MIME types, charsets, encodings, wrappers and mail clients of its ``Part`` record)
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and
are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_twentyeighth_vb import all_cases
from tests.corpus.twentyeighth_vb_common import (
    BOX,
    CHECK,
    DATABOX_STYLES,
    FEED,
    FILM,
    MARK,
    TICK,
)


def _text(value: Any) -> str:
    """Every string inside a case spec (bodies, annotation, attachment contents) joined."""
    return repr(value)


def test_data_messages_are_many_and_well_formed() -> None:
    """At least 12 data messages, each with a file and an annotation of at most 255
    characters, in all three placements of the application."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["style"] in DATABOX_STYLES, case["id"]
    assert {c["style"] for c in boxes} == DATABOX_STYLES
    assert all("databox" in c for c in all_cases() if c["style"] in DATABOX_STYLES)


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert sum(not c.get("attachments") for c in mails) <= 3, "nearly every mail has a file"
    assert sum(c.get("body") == "" for c in mails) >= 2, "empty bodies"
    text = _text(cases)
    for char in (TICK, BOX, CHECK, MARK, "[x]", "[ ]", "[X]"):
        assert char in text, char
    assert "ANO" in text and "NE" in text and "Yes" in text
    assert sum(bool(s.get("merge")) for c in cases for s in _sheets(c)) >= 2
    assert "'nested'" in text, "a DOCX table nested in a cell"
    assert any(isinstance(a[2], dict) and a[2].get("header") for c in cases for a in _atts(c))
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10, styles


def _atts(case: dict[str, Any]) -> list[Any]:
    return list(case.get("attachments", []))


def _sheets(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for kind, _, content in _atts(case) if kind == "xlsx" for s in content]


def test_the_part_has_its_label_mix() -> None:
    """Mostly feed access, filming-only and both at least five times each, applicants without
    an IČO, blocks expanded to four addresses, box IDs in mails' signatures and letterheads,
    contacts who are not the sender, phones from four countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 2
    senders = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(senders) >= 4, "contacts other than the sender"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+47", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_the_office_box_is_written_into_some_letters_and_quotes() -> None:
    """The office's box is written into at least three cases (that it is never in a label is
    a shared check)."""
    cases = all_cases()
    assert sum("2gfaasy" in _text(c) for c in cases) >= 3
