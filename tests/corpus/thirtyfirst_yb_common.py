"""Shared vocabulary of the thirty-first held-out part ``yb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtyfirst_yb_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "DATABOX_STYLES",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    ATTACHMENT = "attachment"  # a short cover mail, the application in an office file
    EMPTY_COVER = "empty_cover"  # no text in the mail at all, only the file
    FORM = "form"  # a filled-in form: box characters, [x]/[ ], ANO/NE columns
    TABLE = "table"  # roles given by a column or row header, merged cells
    COVER_CHANGES = "cover_changes"  # the cover mail changes a value of the attachment
    FORWARD_EML = "forward_eml"  # a forwarded message attached as .eml
    LETTERHEAD = "letterhead"  # IČO and box ID in a letterhead or signature block
    HTML = "html"  # HTML-only mail with a table or form
    FOREIGN = "foreign"  # Slovak, English, German, Polish applicants
    DATABOX_ANNOTATION = "databox_annotation"  # the application only in dmAnnotation
    DATABOX_FILE = "databox_file"  # the application only in the attached file
    DATABOX_BOTH = "databox_both"  # annotation and file together


DATABOX_STYLES = {Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH}

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24101317")]
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
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.92.2)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_0112 (ZimbraWebClient - GC129 (Win)/10.0.9_GA_0112)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7n3cLk2Fh8sRzP1mVx9tBq5e")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
