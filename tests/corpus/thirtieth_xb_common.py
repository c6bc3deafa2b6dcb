"""Shared vocabulary of the thirtieth held-out part ``xb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtieth_xb_1..3.py and
emphasise attachments, forms and data-box messages; labels follow tests/corpus/LABELS.md.
Written by hand apart from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "DATABOX_STYLES",
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
    """How a case's application reaches the office (its label's ``style``)."""

    COVER_NOTE = "cover_note"
    EMPTY_BODY = "empty_body"
    FORM = "form"
    TABLE = "table"
    LETTERHEAD = "letterhead"
    FORWARD_EML = "forward_eml"
    COVER_CHANGES = "cover_changes"
    FOREIGN = "foreign"
    REPLY = "reply"
    DATABOX_ANNOTATION = "databox_annotation"
    DATABOX_FILE = "databox_file"
    DATABOX_BOTH = "databox_both"


DATABOX_STYLES = frozenset({Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH})

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7Qk2pXn4rTd9sLmB3vZc1HyE8")]
