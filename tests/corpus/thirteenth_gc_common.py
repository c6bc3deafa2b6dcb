"""Shared vocabulary of the thirteenth held-out part ``gc``: its styles (a closed set, the one
its writer's test listed), so the shared part checks (tests/unit/test_corpus_parts.py) can hold
every ``gc`` label's style to it.

These cases were written by hand apart from the extraction rules: score them only at the end of
the thirteenth round, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How a ``gc`` application is written."""

    FOREIGN = "foreign"
    FREELANCER = "freelancer"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    CONTRACTOR = "contractor"
    DATABOX = "databox"
    ATTACHMENT = "attachment"
    LETTER = "letter"
    TERSE = "terse"
    HTML = "html"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
