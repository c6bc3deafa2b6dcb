"""Shared vocabulary of the fifty-first held-out part ``cd``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyfirst_cd_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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
    "CLAWS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "MAC_OUTLOOK",
    "MUTT",
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

    PHONE = "phone"  # typed on a phone: no diacritics, abbreviations, "Odesláno z iPhonu"
    CHATTY = "chatty"  # sloppy, chatty mail with asides and corrections
    HTML = "html"  # an HTML-only mail, often with a table
    REPLY = "reply"  # an answer with quoted history (the office's receipt or press release)
    FOLLOWUP = "followup"  # a very short follow-up to the applicant's own earlier mail
    THREAD = "thread"  # a newsroom thread where IT and editors disagree
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # a value corrected inside the message or between mail and file
    SIGNATURE = "signature"  # signatures naming several people, several languages
    FOREIGN = "foreign"  # a sender from abroad writing English
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20114")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [("User-Agent", "Mozilla Thunderbird 128.2.3esr")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, mobile app 5.12)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.2")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")]
GMAIL = [("X-Gm-Features", "AQ5f1JpW8kDs3nLx0VbRc7Tz2HyQe4Ua")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3 (3.50.3-1.fc39)")]
MUTT = [("User-Agent", "NeoMutt/20240425")]
CLAWS = [("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
