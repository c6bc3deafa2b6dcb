"""Shared vocabulary of the tenth held-out part ``o`` (tests/corpus/tenth/o###-…): its styles
and the mail-client header lines its cases reuse. The part emphasises e-mail as people really
send it: phone two-liners, chatty and sloppy messages, many mail clients, HTML-only mails with
tables, forwards and reply threads, corrections and follow-ups, crowded signatures and
nicknames, in Czech, Slovak, English, German and Polish."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    PHONE = "phone"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    WEBMAIL = "webmail"
    HTML_TABLE = "html-table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdkKc81Qe2Vb")]
APPLE = [("X-Mailer", "Apple Mail (2.3731.200.110.1.12)")]
THUNDERBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.6.0",
    )
]
SEZNAM = [("X-Mailer", "Email.cz")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.0")]
IPHONE = [("X-Mailer", "iPhone Mail (20C65)")]
ANDROID = [("X-Mailer", "Android Mail")]
GMAIL = [("X-Gm-Message-State", "AO0yUKXq3pVn")]
