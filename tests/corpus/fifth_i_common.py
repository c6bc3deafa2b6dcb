"""What the fifth-round held-out part ``i`` (fifth_i_*.py) shares: its styles and the label
builder. These cases emphasise e-mail as people really send it: phone-typed notes, chatty and
sloppy messages, every kind of mail client, HTML-only mails with tables, forwards, long reply
threads with quoted history, corrections and follow-ups, Czech/Slovak/English mixed."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

__all__ = ["FEED", "REC", "Style", "L", "ico"]

FEED = "feed_access"
REC = "recording_permit"


class Style(StrEnum):
    """How a case is written (the ``style`` of its label)."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    WEBMAIL = "webmail"
    HTML_ONLY = "html-only"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURES = "signatures"
    LETTER = "letter"
    FORM = "form"
    DATABOX = "databox"
