"""Shared vocabulary of the sixtieth held-out part ``dj``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in sixtieth_dj_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CENTRUM",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "SPARK",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = "foreign"  # written in the applicant's own language, or mixed with English
    TERSE = "terse"  # a few lines, shorthand, no greeting
    LETTER = "letter"  # a long formal letter with letterhead and signature block
    COVER = "cover"  # a short cover mail, the application in the attached file
    FORM = "form"  # a form with yes/no marks
    TABLE = "table"  # a table or workbook with role columns
    CORRECTION = "correction"  # the message changes what was written before
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    REPLY = "reply"  # an answer to the office with quoted history
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18526.20168")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.93.25011212")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
IPHONE = [("X-Mailer", "iPhone Mail (22D63)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.94.3")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.5")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.5_GA_4741 (ZimbraWebClient - GC133 (Win)/10.1.5_GA_4741)")]
GMAIL = [("X-Gm-Features", "AQ5f1Jr2TxV9cWk4mNp7LzQb0HdYs3Ra")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.3 (3.54.3-1.fc41)")]
SPARK = [("X-Mailer", "Spark 3.19.4 (iOS)")]
HORDE = [("User-Agent", "Horde Application Framework 5")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
