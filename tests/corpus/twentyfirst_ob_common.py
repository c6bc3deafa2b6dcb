"""Shared vocabulary of the twentyfirst held-out part ``ob``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentyfirst_ob_1..3.py;
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
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "L",
    "OUTLOOK",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER = "cover"
    EMPTY_BODY = "empty-body"
    FORM = "form"
    TABLE = "table"
    LETTER = "letter"
    FORWARD = "forward"
    AMEND = "amend"
    DATABOX_ANNOTATION = "databox-annotation"
    DATABOX_FILE = "databox-file"
    DATABOX_BOTH = "databox-both"
    FOREIGN = "foreign"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ1x7pLm3eRt9sZk2vHb6NcD8fGa")]
