"""Shared vocabulary of the twentieth held-out part ``nb``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in twentieth_nb_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "L",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's application reaches the office (its label's ``style``)."""

    ATTACHMENT = "attachment"  # a short cover mail, the application in the attached file
    EMPTY_BODY = "empty-body"  # nothing but the attachment
    FORM = "form"  # a filled-in form: ticked boxes, [x]/[ ], ANO/NE columns
    TABLE = "table"  # roles given by a table's column or row headers
    SPREADSHEET = "spreadsheet"  # an XLSX with the data in cells and sheets
    COVER_NOTE = "cover-note"  # the cover mail changes what the attachment says
    FORWARD = "forward"  # a forwarded .eml with the application inside
    REPLY = "reply"  # a reply to the office with quoted history
    FOREIGN = "foreign"  # Slovak, English, German or Polish writers
    SIGNED = "signed"  # an S/MIME-signed mail
    DATABOX = "databox"  # a data message (annotation and/or attached file)


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7Rk2mVq9sLx4Tn1bHc8ZpEe3d")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4")]
