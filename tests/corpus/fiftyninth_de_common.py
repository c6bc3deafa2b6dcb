"""Shared vocabulary of the fifty-ninth held-out part ``de``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyninth_de_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE = "phone"  # typed on a phone: no diacritics, abbreviations, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, sloppy, the data scattered in small talk
    HTML = "html"  # an HTML-only mail whose data sit in a table
    REPLY = "reply"  # an answer with quoted history (the office's notice, own earlier mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    FOREIGN = "foreign"  # a sender from abroad writing English (or Slovak)
    OCR = "ocr"  # pasted text recognised from a screenshot
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message
    SIGNATURE = "signature"  # a signature block naming several people or identifiers


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20216")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21H216)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.94.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.5")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.2_GA_4710 (ZimbraWebClient - FF131 (Linux)/10.1.2_GA_4710)")]
GMAIL = [("X-Gm-Features", "AQ8kTw3zR2nLmYpQ7vX5sBd1eHcUa9fJ")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3 (3.50.3-1.fc39)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
