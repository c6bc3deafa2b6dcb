"""Shared bits of the sixteenth held-out part ``ja`` (sixteenth_ja_*.py): the styles of its
cases and the request-type lists. The cases are e-mail as people really send it: phone-typed
two-liners, chatty messages, HTML-only mails, forwards, reply threads, corrections and
follow-ups, signatures with several people, foreign senders, plus a few data messages."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

Case = dict[str, Any]

FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    PHONE = "phone"
    CHATTY = "chatty"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird 115.6.0")]
APPLE = [("X-Mailer", "iPhone Mail (20G75)")]
ANDROID = [("X-Mailer", "Android Mail 6.3")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.5")]
SEZNAM = [("X-Mailer", "Email.cz")]
