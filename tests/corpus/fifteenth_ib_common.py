"""Shared vocabulary of the fifteenth held-out part ``ib``: its styles (a closed set, the one
its writer's test listed), so the shared part checks (tests/unit/test_corpus_parts.py) can hold
every ``ib`` label's style to it.

These cases were written by hand apart from the extraction rules: score them only at the end of
the fifteenth round, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How an ``ib`` application is written."""

    FORM = "form"
    LETTER = "letter"
    DATABOX = "databox"
    SPREADSHEET = "spreadsheet"
    OUTLOOK = "outlook"
    PLAIN = "plain"
    GMAIL = "gmail"
    FORWARD = "forward"
    REPLY = "reply"
    HTML = "html"
    SIGNED = "signed"
