"""Shared vocabulary of the fifty-second held-out part ``cg``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftysecond_cg_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CLIENTS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "GMAIL_ANDROID",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "SEZNAM_APP",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "box",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE = "phone"  # typed on a phone: no diacritics, odd punctuation, "Odesláno z iPhonu"
    CHATTY = "chatty"  # small talk, nicknames, the application scattered through it
    HTML = "html"  # an HTML-only mail (tables, struck-through text) or HTML differing from text
    REPLY = "reply"  # an answer to the office with quoted history, answered on top or inline
    THREAD = "thread"  # the same application sent again, quoted several levels deep
    FORWARD = "forward"  # forwarded inline or as an attached .eml, someone else the contact
    CORRECTION = "correction"  # the message corrects itself
    SIGNATURE = "signature"  # several people named, the contact one of them
    SUBJECT = "subject"  # the application is in the Subject line
    FLOWED = "flowed"  # format=flowed soft breaks through the role sentence
    FOREIGN = "foreign"  # a sender from abroad writing English or their own language
    COVER = "cover"  # a short cover mail, the application in the attached file
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
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
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.91.1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
SEZNAM_APP = [("X-Mailer", "Email.cz (Seznam Email, Android 6.4.2)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.7")]
ZIMBRA = [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF130 (Linux)/9.0.0_GA_4583)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YzK3pQe8vTn2Lm5Ra7Wc1Xy4Bd6Hf9Js0Ku")]
GMAIL_ANDROID = [
    ("X-Gm-Message-State", "AOJu0YwR8mNq2Kd5Tv7Lx3Pz9Bc4Hf6Js1Gt0Ea"),
    ("X-Android-Message-ID", "<a8f3c2e1-gmail>"),
]
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
    "seznam": SEZNAM,
    "seznam_app": SEZNAM_APP,
    "roundcube": ROUNDCUBE,
    "zimbra": ZIMBRA,
    "gmail": GMAIL,
    "gmail_android": GMAIL_ANDROID,
    "evolution": EVOLUTION,
}


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
