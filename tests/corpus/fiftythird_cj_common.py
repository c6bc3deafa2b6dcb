"""Shared vocabulary of the fifty-third held-out part ``cj``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftythird_cj_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "ANDROID_GMAIL",
    "APPLE",
    "CENTRUM",
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPAD",
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

    PHONE = "phone"  # typed on a phone: no diacritics, short lines, "Odesláno z iPhonu"
    CHATTY = "chatty"  # sloppy, conversational, addresses written loosely
    HTML = "html"  # an HTML-only mail: tables, lists, Outlook markup, image signature
    REPLY = "reply"  # an answer with quoted history (the office's notice, a colleague's mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml, with a one-line cover
    CORRECTION = "correction"  # the message corrects itself (an address, a phone, a contact)
    SIGNATURE = "signature"  # signatures naming several people, only one of them the contact
    FOREIGN = "foreign"  # a foreign sender writing English (or Slovak mixed with Czech)
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18129.20158")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
IPAD = [("X-Mailer", "iPad Mail (21H16)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
ANDROID_GMAIL = [("X-Gm-Message-State", "AOJu0YxAndroid7Qp2mR"), ("X-Mailer", "Gmail Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam.cz webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.5")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")]
GMAIL = [("X-Gm-Features", "AbW1kvTq8Lr3Nc0pYx6Ue2Jh9Wd4Mz7S")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]

CLIENTS = {
    "outlook": OUTLOOK,
    "mac_outlook": MAC_OUTLOOK,
    "owa": OWA,
    "thunderbird": TBIRD,
    "apple": APPLE,
    "iphone": IPHONE,
    "ipad": IPAD,
    "k9": K9,
    "samsung": SAMSUNG,
    "android_gmail": ANDROID_GMAIL,
    "seznam": SEZNAM,
    "centrum": CENTRUM,
    "roundcube": ROUNDCUBE,
    "zimbra": ZIMBRA,
    "gmail": GMAIL,
    "evolution": EVOLUTION,
}


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
