"""Shared pieces of the fourteenth held-out part ``hb`` (fourteenth_hb_*.py): its styles and
two small case builders. The part emphasises attachments, forms and data boxes: completed
forms, letterheads, host spreadsheets, PDFs with columns, data messages with and without a
real document, and cover notes that say little, amend or contradict their attachment."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

Case = dict[str, Any]
FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]

__all__ = ["BOTH", "FEED", "FILM", "Case", "L", "Style", "box", "ico", "mail"]


class Style(StrEnum):
    FORM = "form"
    LETTERHEAD = "letterhead"
    SPREADSHEET = "spreadsheet"
    PDF_COLUMNS = "pdf-columns"
    DATABOX = "databox"
    DATABOX_NOTE = "databox-note"
    COVER_NOTE = "cover-note"
    AMENDMENT = "amendment"
    CONTRADICTION = "contradiction"
    FOREIGN = "foreign"
    PLAIN_TEXT = "plain-text"


def mail(
    case_id: str,
    description: str,
    style: Style,
    labels: dict[str, Any],
    sender: str,
    subject: str,
    body: str,
    attachments: list[tuple[str, str, Any]] | None = None,
    **extra: Any,
) -> Case:
    """An e-mail case (the ``make_blind_a`` spec) with its attachments."""
    case: Case = {
        "id": case_id,
        "description": description,
        "style": style.value,
        "labels": labels,
        "from": sender,
        "subject": subject,
        "body": body,
        "attachments": attachments or [],
    }
    case.update(extra)
    return case


def box(
    case_id: str,
    description: str,
    style: Style,
    labels: dict[str, Any],
    envelope: tuple[str, str, str, int],
    subject: str,
    attachments: list[tuple[str, str, Any]],
) -> Case:
    """A data-message case: ``envelope`` is (sender box, sender name, address, box type)."""
    box_id, sender, address, kind = envelope
    return {
        "id": case_id,
        "description": description,
        "style": style.value,
        "labels": labels,
        "subject": subject,
        "databox": {"box": box_id, "sender": sender, "address": address, "type": kind},
        "attachments": attachments,
    }
