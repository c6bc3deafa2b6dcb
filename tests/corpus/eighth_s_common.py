"""Shared vocabulary of the eighth held-out part ``s``: its styles (e-mail as people really
send it) and the label builder and IČO helper every case module uses."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

__all__ = ["FEED", "REC", "L", "Style", "ico"]

FEED = "feed_access"
REC = "recording_permit"


class Style(StrEnum):
    PHONE = "phone"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    GMAIL = "gmail"
    HTML_TABLE = "html-table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    SIGNATURE = "signature"
    DATABOX = "databox"
    ATTACHMENT = "attachment"
    LETTER = "letter"
