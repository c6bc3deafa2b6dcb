"""Shared vocabulary of the forty-third held-out part ``ay``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortythird_ay_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "ANDROID",
    "APPLE",
    "CENTRUM",
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "OUTLOOK",
    "OUTLOOK_MAC",
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

    PHONE = "phone"  # typed on a phone: no diacritics, shorthand, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, rambling, the facts scattered through sentences
    HTML = "html"  # an HTML-only mail (tables, <div>s, &nbsp;, struck-through text)
    REPLY = "reply"  # a reply with quoted history
    FORWARD = "forward"  # a forward, inline or as an attached message
    FLOWED = "flowed"  # format=flowed, soft breaks in the middle of a role sentence
    FOREIGN = "foreign"  # a foreign sender, in English or Slovak
    CORRECTION = "correction"  # the message corrects itself
    SIGNATURE = "signature"  # a signature or closing naming several people
    LETTER = "letter"  # a formal letter with a signature block
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK_MAC = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (21H16)")]
ANDROID = [("X-Mailer", "Gmail for Android 2025.08.24")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.2.02.3)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yx3kTq8Lw2nRv5pZb7cHs1mDf4gWe9")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]
CENTRUM = [("X-Mailer", "Centrum Email 4.2")]
HORDE = [("User-Agent", "Horde Application Framework 5")]

CLIENTS = {
    "outlook": OUTLOOK,
    "outlook_mac": OUTLOOK_MAC,
    "owa": OWA,
    "thunderbird": TBIRD,
    "apple": APPLE,
    "iphone": IPHONE,
    "android": ANDROID,
    "k9": K9,
    "samsung": SAMSUNG,
    "seznam": SEZNAM,
    "roundcube": ROUNDCUBE,
    "zimbra": ZIMBRA,
    "gmail": GMAIL,
    "evolution": EVOLUTION,
    "centrum": CENTRUM,
    "horde": HORDE,
}


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
