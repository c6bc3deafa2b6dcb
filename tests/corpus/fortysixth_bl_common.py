"""Shared vocabulary of the forty-sixth held-out part ``bl``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortysixth_bl_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "GMAIL_ANDROID",
    "IPHONE",
    "K9",
    "MAC_OUTLOOK",
    "MAILSPRING",
    "OUTLOOK",
    "OUTLOOK_IOS",
    "OWA",
    "PROTON",
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

    PHONE = "phone"  # typed on a phone: no diacritics, short lines, "Odesláno z iPhonu"
    CHATTY = "chatty"  # informal, sloppy, smileys, afterthoughts
    HTML = "html"  # an HTML-only mail, often with a table
    REPLY = "reply"  # an answer with quoted history (the office's or the sender's own)
    FORWARD = "forward"  # forwarded inline, through a chain, or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself (an address, the contact, a request)
    FOREIGN = "foreign"  # a sender from abroad, phones in their national format
    SIGNATURE = "signature"  # a signature or crew list naming several people
    FLOWED = "flowed"  # format=flowed wrapping through a sentence that gives a role
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OUTLOOK_IOS = [("X-Mailer", "Outlook for iOS and Android (4.2432.0)")]
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
GMAIL_ANDROID = [("X-Mailer", "Gmail for Android"), ("X-Gm-Message-State", "AOJu0YwA7c")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF130 (Linux)/9.0.0_GA_4546)")]
GMAIL = [("X-Gm-Features", "AbW1kvQ2pLr8sYt3uXe6Vn0mZ")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.4 (3.50.4-1.fc39)")]
MAILSPRING = [("X-Mailer", "Mailspring")]
PROTON = [("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
