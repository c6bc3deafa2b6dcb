"""The thirty-seventh held-out part ``ah`` (tests/corpus/thirtyseventh/ah###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including forwarded .eml, mails with an empty body, forms with box characters, bracket notation
and ANO/NE columns, cover notes that change the attachment, at least twelve data messages with
the application in the annotation, in the file or in both, box IDs in letterheads and
signatures) and its label mix — plus that every generated file loads and every label is valid
(LABELS.md: IČO checksum, E.164 phones, address lists, the two request types). The checks every
part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.make_thirtyseventh_ah import N0, PART, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyseventh_ah_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
STYLES = frozenset(s.value for s in Style)
DATABOX_STYLES = {Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH}


def _strings(value: Any) -> Iterator[str]:
    """Every string inside an attachment's content (paragraphs, cells, nested specs)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _attachment_text(case: dict[str, Any]) -> str:
    return "\n".join(s for _, _, content in case.get("attachments", []) for s in _strings(content))


def test_the_part_has_42_cases_numbered_from_its_offset() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], "ah", 42)
    assert N0 == 10600 and PART.n0 == N0
    assert files() == files()


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(PART.out, PART.prefix), files())
    assert {p.stem for p in PATHS} == {c["id"] for c in all_cases()}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_data_messages_are_many_and_each_carries_a_file() -> None:
    """At least twelve data messages, annotations within ISDS's 255 characters, each with a
    file, the application in the annotation, in the file or in both, a box matching the label."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 12
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)
    for case in databox:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case["style"] in DATABOX_STYLES, case["id"]
    styles = Counter(c["style"] for c in databox)
    assert all(styles[s] >= 3 for s in DATABOX_STYLES), styles
    assert any(len(c["attachments"]) >= 2 for c in databox), "a data message with two files"
    assert any(c["databox"].get("type") == 10 for c in databox), "a public authority's box"


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every attachment kind (also a forwarded .eml), mails with an empty or signature-only
    body, cover notes that change the attachment."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    mails = [c for c in cases if "databox" not in c]
    assert sum(1 for c in mails if c.get("attachments")) >= len(mails) - 3
    bodies = [c.get("body", "x") for c in mails]
    empty = [b for b in bodies if not b.strip() or b.startswith("-- ")]
    assert len(empty) >= 3
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.COVER_CHANGE] >= 3 and styles[Style.FORM] >= 4
    assert len(styles) >= 10


def test_forms_use_box_characters_brackets_and_yes_no_columns() -> None:
    text = "\n".join(_attachment_text(c) + c.get("html", "") for c in all_cases())
    for mark in ("☒", "☐", "☑", "[x]", "[X]", "[ ]", "ANO", "NE", "áno", "nie", "✔", "✘"):
        assert mark in text, mark


def test_box_ids_in_letterheads_and_signatures() -> None:
    """E-mailed applications whose label takes the box ID from a signature or letterhead."""
    mails = [c for c in all_cases() if "databox" not in c]
    boxed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(boxed) >= 2
    for case in boxed:
        box = case["labels"]["organization"]["databox_id"]
        assert box in case.get("body", "") + _attachment_text(case), case["id"]


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, applicants without an IČO, IPv6 on both sides, a
    block expanded to four addresses, production without test, foreign phones."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 5, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+43", "+48", "+44"):
        assert any(p and p.startswith(country) for p in phones), country
    assert all(re.fullmatch(r"\+[1-9]\d{7,14}", p) for p in phones if p)
