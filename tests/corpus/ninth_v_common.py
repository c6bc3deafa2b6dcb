"""Shared vocabulary of the ninth held-out part ``v`` (tests/corpus/ninth/v###-…): its styles
and the mail-client header lines its cases reuse. The part emphasises e-mail as people really
send it: phone two-liners, chatty messages, many mail clients, HTML-only mails, forwards,
replies with quoted history, corrections and follow-ups, crowded signatures."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    PHONE = "phone"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    APPLE_MAIL = "apple-mail"
    THUNDERBIRD = "thunderbird"
    SEZNAM = "seznam"
    WEBMAIL = "webmail"
    HTML_TABLE = "html-table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    SIGNATURE = "signature"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdkJb3fQ2Zx1")]
APPLE = [("X-Mailer", "Apple Mail (2.3696.120.41.1.1)")]
THUNDERBIRD = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Thunderbird/102.5.0")
]
SEZNAM = [("X-Mailer", "Email.cz")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.5.2")]
IPHONE = [("X-Mailer", "iPhone Mail (20B101)")]
ANDROID = [("X-Mailer", "Android Mail")]
