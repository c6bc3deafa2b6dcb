"""The twentyeighth held-out part ``vb`` (tests/corpus/twentyeighth/vb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every supported attachment
kind and forwarded .eml, empty bodies and short cover notes, ticked/unticked box characters,
[x]/[ ] brackets, ANO/NE and Yes/No columns, merged role cells, data messages with the
application in the annotation, in the file or in both, and cover notes that change the
attachment), its label mix, and that every file it writes loads and is labelled by
tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.make_twentyeighth_vb import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyeighth_vb_common import (
    BOX,
    CHECK,
    DATABOX_STYLES,
    FEED,
    FILM,
    MARK,
    TICK,
    Style,
)

PATHS = messages(part_paths(PART.out, PART.prefix))


def _text(value: Any) -> str:
    """Every string inside a case spec (bodies, annotation, attachment contents) joined."""
    return repr(value)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_ids_numbered([c["id"] for c in all_cases()], "vb", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_case_loads_and_is_labelled_by_the_rules(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)


def test_data_messages_are_many_and_well_formed() -> None:
    """At least 12 data messages, each with a file, an annotation of at most 255 characters,
    labelled with its envelope's sender box, in all three placements of the application."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    assert sum(p.suffix == ".xml" for p in PATHS) == len(boxes)
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
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
    """All request-type combinations, filming-only applicants, applicants without an IČO,
    IPv6 production, a block expanded to four addresses, box IDs in mails' signatures and
    letterheads, contacts who are not the sender, phones from several countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 2
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 2
    senders = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(senders) >= 4, "contacts other than the sender"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+47", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_the_office_appears_only_as_quoted_or_addressed_text() -> None:
    """The office's box and IČO are written into some letters and quotes, never the labels."""
    cases = all_cases()
    assert sum("2gfaasy" in _text(c) for c in cases) >= 3
    for path in PATHS:
        labels = {k: v for k, v in read_labels(path).items() if k != "description"}
        assert not re.search(r"2gfaasy|00025593", repr(labels)), path.stem
