"""Shared vocabulary of the forty-fifth held-out part ``bi``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyfifth_bi_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "TBIRD_MAC",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"  # typed on a phone: no diacritics, abbreviations, "Odesláno z iPhonu"
    CHATTY = "chatty"  # a long friendly message with the data scattered in the prose
    HTML = "html"  # HTML only, the data in a table or in styled paragraphs
    REPLY = "reply"  # an answer with quoted history (the office's press release or mail)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself ("oprava", "ne, počkat")
    SIGNATURE = "signature"  # a signature or footer naming several people
    FLOWED = "flowed"  # format=flowed with a soft break inside a role sentence
    FOREIGN = "foreign"  # a sender from abroad writing English
    COVER = "cover"  # a short mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20392")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
TBIRD_MAC = [
    (
        "User-Agent",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 "
        "Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
ANDROID_GMAIL = [("X-Android-Message-ID", "<a9f3c2e1-77b0-4e1d-9d2a-4c1b0e6f8a31@gmail.example>")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.3")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Features", "AbW1kvT8sQe2NpR6xYc0LmH4uJ9dZa3F")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.4-1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
