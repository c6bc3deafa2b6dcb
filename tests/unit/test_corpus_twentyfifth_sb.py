"""The twentyfifth held-out part ``sb`` (tests/corpus/twentyfifth/sb###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (an attachment behind every
message, every attachment kind at least twice including forwarded .eml files, several files in
one message, mails with an empty body, forms with ticked/unticked box characters, [x]/[ ]
brackets and ANO/NE columns, cover notes that change the attachment, letters printing the
office's own identifiers, at least twelve data messages with the application in the annotation,
in the file or in both, from boxes of three types, every one of its styles) and its label mix
(feed access only, filming only and both in set numbers, applicants without an IČO, an IPv6 test
address, four or more production addresses, a box ID in a mail's signature or letterhead, phones
from six countries). The checks every part shares (ids, files, labels, loading, variety, the sender
header, the sender box, the attachment kinds, office MIME types, charsets, encodings, wrappers
and mail clients of its ``Part`` record) are in test_corpus_parts.py. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentyfifth_sb import all_cases
from tests.corpus.twentyfifth_sb_common import DATABOX_STYLES, FEED, FILM, Style

STYLES = frozenset(s.value for s in Style)
BOXES = re.compile(r"[☒☐☑]|\[[ xX]\]")
YES_NO = re.compile(r"\b(ANO|NE|ÁNO|NIE)\b")


def _texts(value: Any) -> list[str]:
    """Every string inside a case spec value (bodies, attachment contents, nested specs)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list | tuple):
        return [t for v in value for t in _texts(v)]
    return []


def _attachment_text(case: dict[str, Any]) -> str:
    return "\n".join(_texts([content for _, _, content in case.get("attachments", [])]))


def test_every_message_carries_an_attachment_of_every_kind_across_the_part() -> None:
    cases = all_cases()
    assert all(c.get("attachments") for c in cases), "this part is about attachments"
    kinds = Counter(kind for c in cases for kind, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, (kind, kinds)
    assert sum(len(c["attachments"]) > 1 for c in cases) >= 2
    empty = [c for c in cases if "databox" not in c and not c.get("body", "x").strip()]
    assert len(empty) >= 3, "mails with an empty body and only an attachment"


def test_data_messages_hold_the_application_in_annotation_file_or_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case["attachments"], f"{case['id']}: ISDS requires a file"
        assert len(case["subject"]) <= 255, case["id"]
        assert case["style"] in DATABOX_STYLES
    styles = Counter(c["style"] for c in boxes)
    assert all(styles[s] >= 3 for s in DATABOX_STYLES), styles
    assert {c["databox"].get("type", 20) for c in boxes} >= {10, 20, 30}


def test_the_part_has_forms_tables_and_cover_notes() -> None:
    cases = all_cases()
    texts = {c["id"]: _attachment_text(c) + "\n".join(_texts(c.get("html", ""))) for c in cases}
    assert sum(bool(BOXES.search(t)) for t in texts.values()) >= 8
    assert sum(bool(YES_NO.search(t)) for t in texts.values()) >= 4
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == STYLES, styles
    assert styles[Style.FORM] >= 6 and styles[Style.COVER_CHANGE] >= 4
    assert styles[Style.FORWARD_EML] >= 3
    office_in_file = [c for c in cases if re.search(r"2gfaasy|00025593", _attachment_text(c))]
    assert len(office_in_file) >= 2, "letters that print the office's own identifiers"


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) >= 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+44", "+43"):
        assert any(p.startswith(country) for p in phones), country
