"""What the ``ha`` cases of the fourteenth held-out part share: their style names and the
label builder with the IČO helper (tests/corpus/label_rules.py)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"


class Style(StrEnum):
    """How a case is written (the ``style`` field of its label)."""

    PHONE = "phone"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    HTML_TABLE = "html-table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    FOREIGN = "foreign"
    LETTER = "letter"
    DATABOX = "databox"


__all__ = ["FEED", "FILM", "L", "Style", "ico"]
