"""Shared helpers of the fourth held-out part, prefix ``f`` (fourth_f_*.py): the closed set of
styles the part uses and its request types; the IČO checksum and the label builder are shared
(tests/corpus/label_rules.py)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import ico_valid as ico_valid


class Style(StrEnum):
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    WEBMAIL = "webmail"
    REPLY = "reply"
    FORWARD = "forward"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    NOTE = "note"
    CHATTY = "chatty"
    HTML_TABLE = "html-table"
    SIGNATURE = "signature-block"
    LETTER = "letter"
    FORM = "form"
    DATABOX = "databox"


FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
