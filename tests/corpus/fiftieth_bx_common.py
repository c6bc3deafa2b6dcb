"""Shared vocabulary of the fiftieth held-out part ``bx``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftieth_bx_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

# The office's own identifiers, as a quoted notice, press release or signature writes them
# (never labelled).
CSU_ICO = "00025593"
CSU_BOX = "2gfaasy"
CSU_PHONE = "+420 274 052 733"

__all__ = [
    "ANDROID_GMAIL",
    "APPLE",
    "CSU_BOX",
    "CSU_ICO",
    "CSU_PHONE",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OUTLOOK_IOS",
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
    CHATTY = "chatty"  # a sloppy, conversational mail with asides and typos
    HTML = "html"  # an HTML-only mail, the application in a table
    REPLY = "reply"  # an answer to the office (e.g. its defect notice) with quoted history
    THREAD = "thread"  # two colleagues reply in one thread, the later corrects the earlier
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself (P.S., "oprava", "pardon")
    SIGNATURE = "signature"  # signature naming several people, HTML tables, icon alt texts
    VCARD = "vcard"  # the contact in a vCard, attached or pasted
    FLOWED = "flowed"  # format=flowed wrapping in the middle of a role sentence
    FOREIGN = "foreign"  # a sender from abroad writing English
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20114")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OUTLOOK_IOS = [("X-Mailer", "Microsoft Outlook for iOS (4.2437.0)")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
ANDROID_GMAIL = [
    ("X-Gm-Message-State", "AOJu0YzQ5fLbX2kT8rNcVw1dHs7pMe3Ua"),
    ("X-Mailer", "Gmail for Android"),
]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, mobilní aplikace)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.1_GA_4578 (ZimbraWebClient - FF130 (Linux)/10.1.1_GA_4578)")]
GMAIL = [("X-Gm-Features", "AQ5f1JrT3mYx8WcKpLs0HdNv4eBq7Zu2")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
