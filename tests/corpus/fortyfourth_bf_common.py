"""Shared vocabulary of the forty-fourth held-out part ``bf``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyfourth_bf_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "L",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"  # typed on a phone: no diacritics, short lines, "Odeslano z iPhonu"
    CHATTY = "chatty"  # informal, sloppy, the facts scattered through small talk
    HTML = "html"  # an HTML-only mail, often with a table
    REPLY = "reply"  # an answer with quoted history (often the office's own mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself (an address, a phone, a request)
    FOREIGN = "foreign"  # a sender from abroad writing English
    SIGNATURE = "signature"  # a signature block naming several people
    FLOWED = "flowed"  # format=flowed, a role sentence wrapped across lines
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20392")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24100622")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa"), ("X-MS-TNEF-Correlator", "")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
ANDROID = [("X-Mailer", "Android-Mail 6.3.1 (Xiaomi 23049PCD8G)")]
SAMSUNG = [("X-Mailer", "Samsung Email 6.1.94.2 (Android 14)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email 2.0)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4675 (ZimbraWebClient - GC129 (Win)/10.0.9_GA_4675)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzK3vQ8mR2tLx9pWc4nB7hF1dG6sE0aVuXiTq5yNo")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4 (3.52.4-1.fc40)")]

CLIENTS = {
    "outlook": OUTLOOK,
    "mac_outlook": MAC_OUTLOOK,
    "owa": OWA,
    "thunderbird": TBIRD,
    "apple": APPLE,
    "iphone": IPHONE,
    "android": ANDROID,
    "samsung": SAMSUNG,
    "seznam": SEZNAM,
    "roundcube": ROUNDCUBE,
    "zimbra": ZIMBRA,
    "gmail": GMAIL,
    "evolution": EVOLUTION,
}


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
