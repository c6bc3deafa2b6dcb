"""The thirty-ninth held-out part ``an`` (tests/corpus/thirtyninth/an###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every office kind and TXT
and forwarded .eml attachments, short cover mails and empty bodies, checkbox, bracket and
ANO/NE forms, tables with merged and nested cells, at least twelve data messages with the
application in the annotation, in the file or in both, annotations and cover notes that change
the attachment, identifiers in letterheads and footers) and its label mix; plus that every
generated file loads and every label is valid per LABELS.md. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.make_thirtyninth_an import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtyninth_an_common import FEED, FILM, Style

PATHS = messages(part_paths(PART.out, PART.prefix))
BOX_CHARS = ("☒", "☐", "&#9745;", "[x]", "[X]", "[ ]")


def _text(value: Any) -> str:
    """All strings inside a case spec's attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value)
    return ""


def test_the_part_has_42_numbered_cases_matching_the_files_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "an", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert {p.stem for p in PATHS} == set(ids)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)


def test_the_part_has_its_attachment_emphasis() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind
    assert sum(bool(c.get("attachments")) for c in cases) >= 38
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("body") == "" for c in mails) >= 3, "empty bodies"
    short = [c for c in mails if c.get("attachments") and len(c.get("body", "x")) < 120]
    assert len(short) >= 6, "short cover mails"
    docs = [_text(c.get("attachments", [])) + c.get("html", "") for c in cases]
    assert sum(any(b in d for b in BOX_CHARS) for d in docs) >= 6, "checkbox forms"
    assert sum(("ANO" in d and "NE" in d) or "Yes" in d for d in docs) >= 4, "yes/no columns"
    contents = [content for c in cases for _, _, content in c.get("attachments", [])]
    sheets = [s for x in contents if isinstance(x, list) for s in x if isinstance(s, dict)]
    assert any(s.get("merge") for s in sheets), "a merged XLSX cell"
    blocks = [b for x in contents if isinstance(x, dict) for b in x.get("blocks", [])]
    assert any(isinstance(b, dict) and b.get("nested") for b in blocks), "a nested DOCX table"
    assert any(isinstance(x, dict) and x.get("footer") for x in contents), "a DOCX footer"
    styles = Counter(c["style"] for c in cases)
    assert len(styles) == len(Style)
    for style in (Style.FORM, Style.AMENDMENT, Style.FORWARD, Style.DATABOX, Style.FOREIGN):
        assert styles[style] >= 3, style


def test_the_part_has_at_least_twelve_data_messages_of_every_shape() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    assert sum(p.suffix == ".xml" for p in PATHS) == len(boxes)
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: ISDS needs a file"
        assert len(case["subject"]) <= 255, f"{case['id']}: annotation too long"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 5, kinds
    assert any(c["databox"].get("type") == 10 for c in boxes), "a public authority"
    assert any(c["databox"].get("type") == 30 for c in boxes), "a self-employed person"
    with_ip = [c for c in boxes if c["labels"]["production_ips"]]
    only_annotation = [
        c for c in with_ip if c["labels"]["production_ips"][0].split("/")[0] in c["subject"]
    ]
    assert len(only_annotation) >= 2, "addresses in the annotation"
    assert len(with_ip) - len(only_annotation) >= 4, "addresses only in the file"


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 3, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a /30 or a netmask"
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a letterhead"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+44", "+46"):
        assert any(phone.startswith(country) for phone in phones), country


def test_the_office_identifiers_appear_only_as_quoted_office_data() -> None:
    """Some letters print the office's IČO and data box; no label ever carries them."""
    raw = b"".join(p.read_bytes() for p in PATHS)
    assert b"2gfaasy" in raw or any(
        "2gfaasy" in _text(c.get("attachments", [])) for c in all_cases()
    )
    for case in all_cases():
        flat = repr(case["labels"])
        assert "00025593" not in flat and "2gfaasy" not in flat
