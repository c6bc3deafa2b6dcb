"""The styles of the seventh held-out part ``p`` (tests/corpus/seventh/p001-… to p042-…):
everyday mess — mobile and webmail messages, auto-signatures and disclaimers, Outlook safe
links, resent applications, several attachments with a cover note, pasted spreadsheet rows."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    MOBILE = "mobile"
    WEBMAIL = "webmail"
    OUTLOOK = "outlook"
    RESENT = "resent"
    ATTACHMENTS = "attachments"
    SPREADSHEET = "spreadsheet"
    DATABOX = "databox"
    LETTER = "letter"
    FORWARD = "forward"
    REPLY = "reply"
