"""The styles of the ninth held-out part ``x`` (tests/corpus/ninth/x###-…)."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How an application of part ``x`` is written."""

    FOREIGN = "foreign"
    FREELANCE = "freelance"
    UNIVERSITY = "university"
    MUNICIPAL = "municipal"
    CONTRACTOR = "contractor"
    TERSE = "terse"
    LETTER = "letter"
    FORM = "form"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    HTML = "html"
    DATABOX = "databox"
