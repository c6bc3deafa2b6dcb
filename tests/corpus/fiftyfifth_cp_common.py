"""Shared vocabulary of the fifty-fifth held-out part ``cp``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyfifth_cp_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    CHATTY = "chatty"  # informal, rambling, asides, people mentioned in passing
    HTML = "html"  # HTML-only or HTML-first mail, tables and <br> lists
    REPLY = "reply"  # an answer with quoted history (the office's notice, last year's mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    SIGNATURE = "signature"  # signature blocks naming several people with roles
    CORRECTION = "correction"  # the message corrects itself (an address, a phone, a request)
    FOREIGN = "foreign"  # a sender from abroad, writing English (or Slovak)
    FLOWED = "flowed"  # format=flowed wrapping that splits a role sentence
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
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.91.5")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.3")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF130 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Features", "AS18NWBh7Qe2kPx9LmTcVz4rYa0UwJdF")]
GMAIL_ANDROID = [("X-Mailer", "Gmail for Android"), ("X-Gm-Features", "AS18NWCq3Ld8")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.4 (3.50.4-1.fc39)")]

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
    CENTRUM,
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
