"""Shared vocabulary of the thirteenth held-out part ``ga``: its styles and mail-client headers.

These cases were written by hand apart from the extraction rules: score them only at the end of
the thirteenth round, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML_TABLE = "html-table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    FOREIGN = "foreign"
    SIGNATURE = "signature"
    FORMAL = "formal"
    ATTACHMENT = "attachment"
    DATABOX = "databox"
    TERSE = "terse"
    FORM = "form"


IPHONE = [("X-Mailer", "iPhone Mail (20G81)")]
ANDROID = [("X-Mailer", "Android-Mail")]
K9 = [("User-Agent", "K-9 Mail for Android")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw3ga13xQp7TnBv")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-Mailer", "Outlook on the web")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Thunderbird/115.6.0")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")]
SEZNAM = [("X-Mailer", "Seznam Email")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.5")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120)")]
OE6 = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
