"""Shared vocabulary of the fifty-fourth held-out part ``cm``: its styles, request types, the
mail-client header lines and the data-box envelope helper its cases use. The cases themselves
are in fiftyfourth_cm_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart from
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

    PHONE = "phone"  # typed on a phone: no diacritics, autocorrect, keyboard slips
    CHATTY = "chatty"  # a sloppy, chatty note to the office, details in passing
    HTML = "html"  # an HTML-only mail, the application in a table
    ALTERNATIVE = "alternative"  # a plain and an HTML part that must agree
    REPLY = "reply"  # an answer with quoted history (the office's questions, last year)
    FORWARD = "forward"  # forwarded inline or as an attached .eml
    CORRECTION = "correction"  # the message corrects itself or an earlier value
    SIGNATURE = "signature"  # a signature block naming several people or the firm
    FLOWED = "flowed"  # format=flowed wrapping inside a sentence that gives a role
    FOREIGN = "foreign"  # a sender from abroad writing English
    DATABOX = "databox"  # an ISDS data message carrying a file


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.17928.20392")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "owa")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]
IPHONE = [("X-Mailer", "iPhone Mail (21H16)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.802")]
SAMSUNG = [("X-Mailer", "Samsung Mail (Android) 6.1.90.16")]
ANDROID_GMAIL = [("X-Gm-Features", "AQ5f1JqR8vWn3LtE0sYb7KcUz2MxHd4p"), ("X-Android-Client", "1")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.8")]
ZIMBRA = [("X-Mailer", "Zimbra 10.1.2_GA_4680 (ZimbraWebClient - FF131 (Linux)/10.1.2_GA_4680)")]
GMAIL = [("X-Gm-Features", "AbW1kvT3mQ9rZcY8nLhP2uXe6JsD0fGa")]
EVOLUTION = [("X-Mailer", "Evolution 3.50.3-1")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}
