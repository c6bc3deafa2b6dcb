"""The nineteenth held-out part ``mb`` (tests/corpus/nineteenth/mb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including a forwarded .eml, short cover mails and empty bodies, forms with ticked and unticked
box characters, [x]/[ ] brackets and ANO/NE columns, cover notes that change the attachment, at
least twelve data messages with the application in the annotation, in the file or in both) and
its label mix (every request-type combination, applicants without an IČO, IPv6 addresses,
data-box IDs from a mail's letterhead or signature). Every message loads and every label is
well-formed per tests/corpus/LABELS.md. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_nineteenth_mb import PART, all_cases
from tests.corpus.nineteenth_mb_common import FEED, FILM, Style
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

PATHS = messages(part_paths(PART.out, PART.prefix))


def _texts(obj: Any) -> Iterator[str]:
    """Every string inside a case's attachment contents (paragraphs, cells, nested specs)."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _texts(value)
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from _texts(item)


def _all_text(case: dict[str, Any]) -> str:
    return "\n".join(_texts([case.get("body"), case.get("html"), case.get("attachments")]))


def test_there_are_42_cases_numbered_in_order_and_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "mb", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert PART.n0 == 5200
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_message_loads_and_its_label_is_well_formed(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, {s.value for s in Style})
    check_loads(path)
    assert parse_path(path).components
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert set(labels["request_types"]) <= {FEED, FILM}
    for key in ("production_ips", "test_ips"):
        assert isinstance(labels[key], list)
        assert all(str(ipaddress.ip_address(ip)) == ip for ip in labels[key])


def test_every_attachment_kind_and_cover_mails() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 5 and kinds["xlsx"] >= 3
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= 20
    assert sum(c.get("body") == "" for c in mails) >= 2, "empty bodies carrying the application"
    assert any(c.get("smime") for c in mails)


def test_forms_tick_and_leave_boxes() -> None:
    texts = [_all_text(c) for c in all_cases()]
    assert sum("☒" in t or "☑" in t for t in texts) >= 3
    assert sum("☐" in t for t in texts) >= 3
    assert sum(bool(re.search(r"\[[xX]\]", t)) for t in texts) >= 4
    assert sum(bool(re.search(r"\[ \]", t)) for t in texts) >= 2
    assert sum("ANO" in t and "NE" in t for t in texts) >= 3
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FORM] >= 5 and styles[Style.CORRECTION] >= 3


def test_at_least_twelve_data_messages_in_all_three_shapes() -> None:
    cases = all_cases()
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    shapes = Counter(c["style"] for c in databox)
    assert shapes[Style.DATABOX_ANNOTATION] >= 2
    assert shapes[Style.DATABOX_FILE] >= 5
    assert shapes[Style.DATABOX_BOTH] >= 4
    assert sum(p.suffix == ".xml" for p in PATHS) == len(databox)
    assert any(c["databox"].get("type") == 40 for c in databox), "a natural person's box"


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels), "a netmask block"
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 2
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44"):
        assert any(p.startswith(country) for p in phones), country
    assert len(Counter(c["style"] for c in cases)) >= 10
