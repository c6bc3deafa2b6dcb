"""Shared vocabulary of the forty-eighth held-out part ``bt``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyeighth_bt_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "GMX",
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
    "WP_PL",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"  # an applicant from abroad in its own language, maybe a few Czech words
    INSTITUTION = "institution"  # a university, institute, library, town or region
    TERSE = "terse"  # a few lines, shorthand, no greeting
    LETTER = "letter"  # a long formal letter, in the body or in a document
    FORM = "form"  # ANO/NE, ticked boxes, a filled-in template
    TABLE = "table"  # addresses in a table or a workbook
    COVER = "cover"  # a short cover mail, the application in the attached file
    ONBEHALF = "onbehalf"  # an agency or IT contractor writing for the medium
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    REPLY = "reply"  # an answer with quoted history that changes something
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18526.20168")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.93.25011212")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (22D63)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.94.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.4_GA_4200 (ZimbraWebClient - FF134 (Linux)/10.1.4_GA_4200)")]
GMAIL = [("X-Gm-Features", "AQ5f1JpR3wXk8sLm2TnV7bYc4DhZ9eGu")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.2 (3.54.2-1.fc41)")]
GMX = [("X-Mailer", "GMX Mail Web 3.8 (de)")]
WP_PL = [("X-Mailer", "Poczta WP 9.1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
