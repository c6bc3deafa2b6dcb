"""What the cases of the eleventh held-out part ``ea`` share: their styles (a closed set) and
the mail-client header lines they reuse. The part's emphasis is e-mail the way people really
send it: phone-typed notes, chatty and sloppy messages, many mail clients, HTML-only mails
with tables, forwards and reply threads, corrections and follow-ups, several people in one
signature, nicknames, and foreign senders."""

from __future__ import annotations

from enum import StrEnum

FEED = "feed_access"
FILM = "recording_permit"


class Style(StrEnum):
    PHONE_NOTE = "phone_note"
    CHATTY = "chatty"
    OUTLOOK = "outlook"
    WEBMAIL = "webmail"
    HTML_TABLE = "html_table"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


IPHONE = [("X-Mailer", "iPhone Mail (20H115)")]
ANDROID = [("User-Agent", "K-9 Mail for Android")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
THUNDERBIRD = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")
]
APPLE = [("X-Mailer", "Apple Mail (2.3731.700.6)")]
EMAILCZ = [("X-Mailer", "Email.cz")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.5")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwEa11")]
