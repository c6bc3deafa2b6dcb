"""The forty-first held-out part ``at`` (tests/corpus/fortyfirst/at###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (office documents, TXT files
and forwarded .eml messages behind a short cover or an empty body, checkbox and ANO/NE forms,
role columns and row headers, data messages with the application in the annotation, the file or
both, cover notes that change the attachment, letterheads and signatures with an IČO and a box
ID), its label mix, and that every file loads and every label is valid per LABELS.md. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fortyfirst_at_common import FEED, FILM, Style
from tests.corpus.make_fortyfirst_at import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

FILES = messages(part_paths(PART.out, PART.prefix))
BOXES = re.compile(r"[☒☐✔✘]|\[[xX ]\]")


def _text(content: object) -> str:
    """Every string inside an attachment's content spec, joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, list | tuple):
        return " ".join(_text(v) for v in content)
    return ""


def test_the_part_has_42_cases_numbered_in_order_and_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "at", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert len(FILES) == 42


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    check_labels(path.stem, read_labels(path), {s.value for s in Style})
    check_loads(path)


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every kind of attachment, short or empty covers, forwarded .eml files and forms."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 6 and kinds["xlsx"] >= 5
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("body") == "" for c in mails) >= 2, "empty bodies"
    assert sum(bool(c.get("attachments")) and len(c.get("body", "")) < 120 for c in mails) >= 6
    forms = [c for c in cases if any(BOXES.search(_text(a)) for a in c.get("attachments", []))]
    forms += [c for c in cases if BOXES.search(c.get("html", ""))]
    assert len(forms) >= 6, "checkbox forms"
    ano_ne = [c for c in cases if re.search(r"\bANO\b|\bJa\b|\bYes\b", _text(c.get("attachments")))]
    assert len(ano_ne) >= 4, "yes/no columns"
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style), styles


def test_the_part_has_at_least_twelve_data_messages_of_every_kind() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 2, style
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: ISDS requires a file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """All request combinations with declined types, applicants without an IČO, IPv6 addresses,
    expanded blocks, box IDs from mail signatures and letterheads, foreign phones."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 3
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49", "+44"):
        assert any(p.startswith(country) for p in phones), country
    senders = [c for c in cases if "from" in c]
    others = [c for c in senders if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(others) >= 4, "contacts other than the sender"
