"""Shared vocabulary of the seventeenth held-out part ``kb``: its styles (a closed set), so the
part checks can hold every ``kb`` label's style to it.

These cases were written by hand apart from the extraction rules: score them only at the end of
the rule work, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How a ``kb`` application is written: attachments, forms and data-box messages first."""

    FORM = "form"
    LETTER = "letter"
    DATABOX = "databox"
    SPREADSHEET = "spreadsheet"
    PDF = "pdf"
    ODT = "odt"
    RTF = "rtf"
    TXT = "txt"
    COVER_NOTE = "cover-note"
    CORRECTION = "correction"
    REPLY = "reply"
    FORWARD = "forward"
    HTML = "html"
