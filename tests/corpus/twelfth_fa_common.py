"""What the cases of the twelfth held-out part ``fa`` share: their styles (a closed set) and
the mail-client header lines they reuse. The part's emphasis is e-mail the way people really
send it: phone-typed two-liners, chatty and sloppy messages, many mail clients, HTML-only
mails with tables, forwards and reply threads with quoted history, corrections and follow-ups,
several people and phones in one signature, nicknames, and foreign senders."""

from __future__ import annotations

from enum import StrEnum

FEED = "feed_access"
FILM = "recording_permit"
BOTH = [FEED, FILM]


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


IPHONE = [("X-Mailer", "iPhone Mail (21B101)")]
ANDROID = [("User-Agent", "Android-Mail/2023.11.19")]
K9 = [("User-Agent", "K-9 Mail for Android 6.712")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK_WEB = [("X-MS-Exchange-Organization-SCL", "1"), ("X-Mailer", "Outlook on the web")]
THUNDERBIRD = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.5.2")
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.200.91.1.1)")]
SEZNAM = [("X-Mailer", "Seznam Email")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.4")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzQf42")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF120)")]
