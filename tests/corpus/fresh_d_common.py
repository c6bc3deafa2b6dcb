"""Shared pieces of the third-round held-out cases, prefix ``d`` (fresh_d_*.py): the closed set
of styles, the label builder (the format of tests/corpus/LABELS.md) and the IČO rule.

Written apart from the extraction rules and from the other writers' cases."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

FEED = "feed_access"
REC = "recording_permit"


class Style(StrEnum):
    """How an application is written; every ``d`` case has exactly one (its main trait)."""

    PDF = "pdf-attachment"
    DOCX = "docx-attachment"
    XLSX = "xlsx-attachment"
    RTF = "rtf-attachment"
    FORM_CHECKBOX = "form-checkboxes"
    """☒/☐, ✓/✗, [x]/[ ] or (X)/( ) in front of the request types."""
    YES_NO = "yes-no-columns"
    """A table with ANO/NE (yes/no) columns or cells for the request types."""
    STRUCK = "struck-out-options"
    """A form whose inapplicable option is struck through (HTML <del>, PDF strike)."""
    HTML_TABLE = "html-table"
    DATABOX_ANNOTATION = "databox-annotation"
    """A data message whose application is in the annotation, the attachment says little."""
    DATABOX_DOCUMENT = "databox-document"
    """A data message with a generic annotation, the application only in the attachment."""
    RECORDING = "recording-permit"
    FORWARD = "forward"
    CORRECTION = "correction"
    WITHDRAWAL = "withdrawal"
    REPLY_OWN = "reply-own-original"
    ENGLISH = "english"
    SLOVAK = "slovak"
    NO_DIACRITICS = "no-diacritics"


def ico_valid(ico: str) -> bool:
    """The IČO check digit: weights 8..2 over the first seven digits, r = sum mod 11; the
    eighth digit is (11 - r) mod 10."""
    if len(ico) != 8 or not ico.isdigit():
        return False
    r = sum(int(d) * w for d, w in zip(ico[:7], range(8, 1, -1), strict=True)) % 11
    return int(ico[7]) == (11 - r) % 10


def labels(
    types: list[str],
    org: tuple[str | None, str | None, str | None],
    prod: list[str],
    test: list[str],
    contact: tuple[str | None, str | None, str | None],
) -> dict[str, Any]:
    """A label in the LABELS.md format: ``org`` is (name, IČO, data-box ID), ``contact``
    (person, e-mail, phone in E.164)."""
    name, ico, box = org
    person, email, phone = contact
    return {
        "request_types": types,
        "organization": {"name": name, "ico": ico, "databox_id": box},
        "production_ips": prod,
        "test_ips": test,
        "contact": {"person": person, "email": email, "phone": phone},
    }
