"""Shared vocabulary of the forty-ninth held-out part ``bu``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyninth_bu_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "EMCLIENT",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "HORDE",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "MAILSPRING",
    "OUTLOOK",
    "OUTLOOK_ANDROID",
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

    PHONE = "phone"  # typed on a phone: no diacritics, short, "Odesláno z iPhonu"
    CHATTY = "chatty"  # sloppy, friendly, smileys, typos, afterthoughts
    HTML = "html"  # HTML-only mail, tables and lists carry the roles
    REPLY = "reply"  # an answer with quoted history (the office's text, auto-replies)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself (an address, the contact)
    SHARED = "shared"  # a shared mailbox (redakce@, it@, servis@) signed by a team
    NONNATIVE = "nonnative"  # Czech written by a Slovak, Polish, Ukrainian, Vietnamese writer
    FOREIGN = "foreign"  # a foreign sender writing English
    PASTE = "paste"  # addresses pasted from a terminal, ticket system or router page
    SIGNATURE = "signature"  # a signature with several people or several phone numbers
    FLOWED = "flowed"  # format=flowed, a role sentence wrapped across lines
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
ANDROID_GMAIL = [("X-Mailer", "Gmail for Android 2024.08.25")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF130 (Linux)/9.0.0_GA_4546)")]
GMAIL = [("X-Gm-Features", "AQt7F2pXv9LmR3nHs0kWc8YbE5uTq1oJ")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]
EMCLIENT = [("X-Mailer", "eM Client 9.2.2157.0")]
MAILSPRING = [("User-Agent", "Mailspring")]
OUTLOOK_ANDROID = [("X-Mailer", "Outlook for Android (4.2437.0)")]
HORDE = [("User-Agent", "Horde Application Framework 5")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
