"""Shared vocabulary of the fifty-eighth held-out part ``cy``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyeighth_cy_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "GMAIL_ANDROID",
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
    CHATTY = "chatty"  # informal, sloppy, smileys, half sentences
    HTML = "html"  # an HTML-only mail, often with a table
    REPLY = "reply"  # an answer with quoted history (the office's letter, an earlier mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself
    SIGNATURE = "signature"  # a signature naming several people, deputies, P.S.
    FOREIGN = "foreign"  # a foreign sender writing English (or Slovak)
    LETTER = "letter"  # a formal letter in the body or a cover with the attached file
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
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22C152)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.97.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.10")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.4_GA_4200 (ZimbraWebClient - FF134 (Linux)/10.1.4_GA_4200)")]
GMAIL = [("X-Gm-Features", "AQ_Yd7pLmWk3RvXe1TqNcH5uZb8Mv2sJ")]
GMAIL_ANDROID = [("X-Mailer", "Gmail for Android 2025.01.05")]
EVOLUTION = [("X-Mailer", "Evolution 3.54.3 (3.54.3-1.fc41)")]

CLIENTS = (
    OUTLOOK,
    MAC_OUTLOOK,
    OWA,
    TBIRD,
    APPLE,
    IPHONE,
    K9,
    SAMSUNG,
    SEZNAM,
    ROUNDCUBE,
    ZIMBRA,
    GMAIL,
    GMAIL_ANDROID,
    EVOLUTION,
)


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
