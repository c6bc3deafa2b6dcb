"""Shared vocabulary of the twentysixth held-out part ``ta``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentysixth_ta_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "L",
    "OUTLOOK",
    "OUTLOOK_MAC",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    CONTRACTOR = "contractor"
    FORM = "form"
    ATTACHMENT = "attachment"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsPq7Xk2m1Fh0bZTe6u9w==")]
OUTLOOK_MAC = [("User-Agent", "Microsoft-MacOutlook/16.90.24101712")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.4)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4631 (ZimbraWebClient - GC130 (Win)/10.0.8_GA_4631)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7pQ2rX9kLm3Vb8nT5sZc1HdE4")]
