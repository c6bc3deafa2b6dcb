"""Shared vocabulary of the fifty-seventh held-out part ``cv``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyseventh_cv_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart
from the extraction rules, to be scored only at the end of the round."""

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
    CHATTY = "chatty"  # sloppy, conversational, the application scattered through small talk
    HTML = "html"  # an HTML-only mail (or an alternative whose plain part says nothing)
    REPLY = "reply"  # an answer with quoted history (the office's or a colleague's)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself (an address, a phone)
    SIGNATURE = "signature"  # the details sit in a signature block naming several people
    FOREIGN = "foreign"  # a sender from abroad writing English
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20216")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3818.100.11.1.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (21H221)")]
ANDROID_GMAIL = [("X-Mailer", "Gmail for Android 2024.10.20")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.3")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Features", "AWmQ_bnT4cYv8RkLz0pQe2JsHdX6Nf1gU")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]

CLIENTS = [
    OUTLOOK,
    MAC_OUTLOOK,
    OWA,
    TBIRD,
    APPLE,
    IPHONE,
    ANDROID_GMAIL,
    K9,
    SAMSUNG,
    SEZNAM,
    CENTRUM,
    ROUNDCUBE,
    ZIMBRA,
    GMAIL,
    EVOLUTION,
]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
