"""Shared vocabulary of the sixteenth held-out part ``jb``: its styles (a closed set, the one its
writer's test listed), so the shared part checks (tests/unit/test_corpus_parts.py) can hold every
``jb`` label's style to it.

These cases were written by hand apart from the extraction rules: score them only at the end of
the rule work, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How a ``jb`` application is written: attachments, forms and data-box messages first."""

    FORM = "form"
    LETTER = "letter"
    DATABOX = "databox"
    SPREADSHEET = "spreadsheet"
    PDF = "pdf"
    ODT = "odt"
    TXT = "txt"
    COVER_NOTE = "cover-note"
    REPLY = "reply"
    FORWARD = "forward"
    OUTLOOK = "outlook"
    HTML = "html"
