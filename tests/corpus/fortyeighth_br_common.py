"""Shared vocabulary of the forty-eighth held-out part ``br``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fortyeighth_br_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EMCLIENT",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "GMAIL_ANDROID",
    "IPAD",
    "IPHONE",
    "K9",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OUTLOOK_ANDROID",
    "OUTLOOK_IOS",
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

    PHONE = "phone"  # typed on a phone or tablet: no diacritics, autocorrect, split numbers
    CHATTY = "chatty"  # a sloppy, talkative mail that changes its mind on the way
    HTML = "html"  # an HTML mail (mostly HTML-only) with the data in tables
    REPLY = "reply"  # an answer to the office, its mail (signature, press release) quoted
    INLINE = "inline"  # the office's follow-up questions answered inline between quotes
    THREAD = "thread"  # a long quoted thread where only the newest mail is current
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself further down
    HANDOVER = "handover"  # the contact hands the application over to a colleague
    SIGNATURE = "signature"  # a signature block naming several people
    FLOWED = "flowed"  # format=flowed, a role sentence wrapped before its address
    FOREIGN = "foreign"  # a sender from abroad writing English or Slovak
    LETTER = "letter"  # a formal signed letter
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
OUTLOOK_IOS = [("X-Mailer", "Outlook for iOS and Android")]
OUTLOOK_ANDROID = [("X-Mailer", "Outlook for Android 4.2436.1")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21G93)")]
IPAD = [("X-Mailer", "iPad Mail (22A3370)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
GMAIL = [("X-Gm-Features", "AQ7pBT3kVmR9yLx2Qa8NwJf4Zc1Hs6Ud0Pe")]
GMAIL_ANDROID = [("X-Gm-Features", "AQ7pBT8hNc2Wq"), ("X-Mailer", "Gmail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.8")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.1_GA_4200 (ZimbraWebClient - FF130 (Linux)/10.1.1_GA_4200)")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.4-1")]
EMCLIENT = [("User-Agent", "eM_Client/10.1.4588.0")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
