"""Shared pieces of the thirteenth held-out part ``gb``: its styles and two small case
builders (an e-mail case and a data-box case in the ``make_blind_a`` spec format)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

Case = dict[str, Any]


class Style(StrEnum):
    FORM = "form"
    LETTERHEAD = "letterhead"
    SPREADSHEET = "spreadsheet"
    DATABOX = "databox"
    COVER_NOTE = "cover-note"
    AMENDMENT = "amendment"
    PDF_COLUMNS = "pdf-columns"
    PLAIN_TEXT = "plain-text"
    FOREIGN = "foreign"
    SLOVAK = "slovak"


def mail(
    cid: str,
    description: str,
    style: Style,
    labels: dict[str, Any],
    sender: str,
    subject: str,
    body: str,
    attachments: list[tuple[str, str, Any]] | None = None,
    **extra: Any,
) -> Case:
    """An e-mail case; ``extra`` carries the optional spec keys (cc, headers, cte, …)."""
    case: Case = {
        "id": cid,
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
    cid: str,
    description: str,
    labels: dict[str, Any],
    envelope: dict[str, Any],
    subject: str,
    attachments: list[tuple[str, str, Any]],
) -> Case:
    """A data-box case: the envelope (box, sender, address, type) and its documents."""
    return {
        "id": cid,
        "description": description,
        "style": Style.DATABOX.value,
        "labels": labels,
        "databox": envelope,
        "from": f"{envelope['sender']} <podatelna@databox.example>",
        "subject": subject,
        "body": "",
        "attachments": attachments,
    }
