"""Shared vocabulary of the twentysixth held-out part ``tb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentysixth_tb_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"
BOTH = [FEED, FILM]

__all__ = [
    "APPLE",
    "BOTH",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OUTLOOK",
    "OUTLOOK_EXPRESS",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's application reaches the office (its label's ``style``)."""

    ATTACHMENT = "attachment"
    EMPTY_BODY = "empty_body"
    FORM = "form"
    TABLE = "table"
    COVER_NOTE = "cover_note"
    FORWARD = "forward"
    REPLY = "reply"
    LETTER = "letter"
    FOREIGN = "foreign"
    HTML = "html"
    SIGNED = "signed"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OUTLOOK_EXPRESS = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.92.24120731")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.9_GA_4669 (ZimbraWebClient - GC131 (Win)/10.0.9_GA_4669)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7p3nTz8fKs2Lr0Hc5vXm1Ea9gUbD")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
