"""Shared vocabulary of the forty-seventh held-out part ``bq``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyseventh_bq_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "WEBDE",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    FOREIGN = (
        "foreign"  # an applicant from abroad writing in its own language or mixed with English
    )
    TERSE = "terse"  # a few lines, no greeting, addresses and phone run together
    LETTER = "letter"  # a long formal letter, letterhead, signature block
    INTERMEDIARY = (
        "intermediary"  # an agency, IT contractor or head office writes for the applicant
    )
    CORRECTION = "correction"  # the message replaces an address or a request written earlier
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    REPLY = "reply"  # an answer to the office with quoted history
    TABLE = "table"  # role columns, row headers, a workbook
    FORM = "form"  # ticked/unticked boxes, ANO/NE columns
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18526.20168")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.92.25011219")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3864.300.41.1.7)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.94.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.3_GA_4712 (ZimbraWebClient - FF133 (Linux)/10.1.3_GA_4712)")]
GMAIL = [("X-Gm-Features", "AWEUYZm4qPcR8tLs1VnXe7bK2oHd9JfA")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.2 (3.54.2-1.fc41)")]
WEBDE = [("X-Mailer", "WEB.DE Mail 3.2 (FreeMail)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
