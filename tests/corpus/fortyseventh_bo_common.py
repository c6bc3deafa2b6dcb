"""Shared vocabulary of the forty-seventh held-out part ``bo``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyseventh_bo_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart
from the extraction rules, to be scored only at the end of the round."""

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

    PHONE = "phone"  # typed on a phone: no diacritics, shorthand, "Odeslano z iPhonu"
    SMS = "sms"  # SMS-style note in lower case, no greeting
    CHATTY = "chatty"  # a long sloppy message with the data buried in small talk
    HTML = "html"  # an HTML-only mail, often with a table
    REPLY = "reply"  # an answer with quoted history (the office's press release, contacts)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    SIGNATURE = "signature"  # a signature or closing naming two or three people
    FOREIGN = "foreign"  # a sender from abroad writing English or their own language
    LETTER = "letter"  # a formal letter, signature block with IČO / box ID
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20114")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.3")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF129 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Features", "AQ_pZk3vT8yLmR2hNc6WdS0eXqJ9uBfa")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.2-1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
