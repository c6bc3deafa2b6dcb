"""The thirty-third held-out part ``bb`` (tests/corpus/thirtythird/bb###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (office documents under
a short cover mail or an empty body, forwarded .eml files, forms with box characters, bracket
notation and ANO/NE or Yes/No columns, tables with role columns or row headers, data messages
with the application in the annotation, in the file or in both, cover notes that change the
attachment), its label mix, and that every generated file loads and every label is valid per
tests/corpus/LABELS.md. The checks every part shares run in test_corpus_parts.py once the part is
registered there. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_thirtythird_bb import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirtythird_bb_common import FEED, FILM, Style

OUT = PART.out
FILES = messages(part_paths(OUT, PART.prefix))
STYLES = {s.value for s in Style}
BOXES = re.compile(r"[☐☑☒]|\[[ xX]\]")


def _text(content: object) -> str:
    """Every string inside an attachment's content spec, joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, list | tuple):
        return " ".join(_text(v) for v in content)
    return ""


def test_forty_two_cases_numbered_and_on_disk() -> None:
    cases = all_cases()
    check_ids_numbered([c["id"] for c in cases], "bb", 42)
    check_files_on_disk(part_paths(OUT, PART.prefix), PART.files())
    assert len(FILES) == 42


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_every_ico_passes_its_checksum_and_phones_are_e164() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["ico"] is None or ico_valid(lab["organization"]["ico"])
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
        assert set(lab["request_types"]) <= {FEED, FILM}
        assert isinstance(lab["production_ips"], list) and isinstance(lab["test_ips"], list)


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file and an annotation of at most 255
    characters; the application in the annotation only, in the file only and in both."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    ips = [
        c
        for c in boxes
        if any(ip in c["subject"] for ip in c["labels"]["production_ips"])
        or FILM in c["labels"]["request_types"]
        and "natáč" in c["subject"]
    ]
    assert len(ips) >= 4, "applications in the annotation"
    assert len({c["databox"].get("type", 20) for c in boxes}) >= 4, "several sender types"
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("attachments") for c in mails), "every mail carries an attachment"
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    assert set(kinds) == {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"}, kinds
    assert sum(c.get("body") == "" for c in mails) >= 3, "empty bodies"
    forms = [c for c in cases if BOXES.search(_text(c["attachments"]))]
    assert len(forms) >= 6, "box characters or bracket notation"
    yes_no = [c for c in cases if re.search(r"\bANO\b|\bYes\b", _text(c["attachments"]))]
    assert len(yes_no) >= 4, "ANO/NE or Yes/No columns"
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.DATABOX] >= 12 and styles[Style.COVER_CHANGE] >= 4
    assert styles[Style.FOREIGN] >= 4 and len(styles) >= 8


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a /30 block"
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49", "+48", "+44"):
        assert any(p.startswith(country) for p in phones), country
