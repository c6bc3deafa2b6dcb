"""Shared vocabulary of the fifty-sixth held-out part ``cs``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftysixth_cs_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
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

    PHONE = "phone"  # typed on a phone: no diacritics, short lines, "Odeslano z iPhonu"
    CHATTY = "chatty"  # a long, sloppy, friendly message with the data somewhere inside
    HTML = "html"  # an HTML-only mail: tables, struck-out text, image signatures
    CORRECTION = "correction"  # the message corrects itself ("ne .26, správně .62")
    REPLY = "reply"  # an answer to the office with quoted history
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    SIGNATURE = "signature"  # signatures naming several people, a shared mailbox
    FOREIGN = "foreign"  # a sender from abroad writing English (or Slovak)
    LETTER = "letter"  # a formal letter, signed or with an attached document
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20114")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
ANDROID_GMAIL = [("X-Mailer", "Gmail for Android 2024.10.13")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Features", "AQ7dKmP2vXr9LhN4sWc1TyBe6UfZ0oGj")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]

CLIENTS = {
    "outlook": OUTLOOK,
    "mac_outlook": MAC_OUTLOOK,
    "owa": OWA,
    "thunderbird": TBIRD,
    "apple": APPLE,
    "iphone": IPHONE,
    "k9": K9,
    "samsung": SAMSUNG,
    "android_gmail": ANDROID_GMAIL,
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
