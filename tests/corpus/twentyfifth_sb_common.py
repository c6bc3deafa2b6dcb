"""Shared vocabulary of the twentyfifth held-out part ``sb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyfifth_sb_1..3.py;
labels follow tests/corpus/LABELS.md. This part's emphasis is attachments, forms and data
messages. Written by hand apart from the extraction rules, to be scored only at the end of the
round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OUTLOOK_EXPRESS",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    EMPTY_BODY = "empty-body"
    COVER_NOTE = "cover-note"
    COVER_CHANGE = "cover-change"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    FORWARD_EML = "forward-eml"
    REPLY = "reply"
    FOREIGN = "foreign"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"


DATABOX_STYLES = (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH)

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24101317")]
OUTLOOK_EXPRESS = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7s2bXk9LrP4mN1cVt8eHz3aUdF")]
