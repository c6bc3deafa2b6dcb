"""What the twelfth held-out part with prefix ``fb`` shares across its case modules: the closed
set of styles its cases are written in (attachments, forms and data-box messages first)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

Case = dict[str, Any]


class Style(StrEnum):
    FORM = "form"
    LETTER = "letter"
    SPREADSHEET = "spreadsheet"
    DATABOX = "databox"
    COVER_NOTE = "cover-note"
    CORRECTION = "correction"
    FORWARD = "forward"
    REPLY = "reply"
    PLAIN = "plain"
    HTML = "html"
    TECHNICIAN = "technician"


FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
