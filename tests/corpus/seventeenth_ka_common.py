"""Shared vocabulary of the seventeenth held-out part ``ka``: its styles and request types.
The cases themselves are in seventeenth_ka_1..3.py; labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = ["FEED", "FILM", "L", "Style", "ico"]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    OUTLOOK = "outlook"
    THUNDERBIRD = "thunderbird"
    GMAIL = "gmail"
    DATABOX = "databox"
    ATTACHMENT = "attachment"
