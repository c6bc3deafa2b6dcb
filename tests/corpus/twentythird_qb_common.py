"""Shared vocabulary of the twentythird held-out part ``qb``: its styles, request types and the
mail-client header lines its cases use. The part emphasises attachments, forms and data-box
messages; the cases themselves are in twentythird_qb_1..3.py, their labels follow
tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be scored only at
the end of the round."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L, ico

FEED = "feed_access"
FILM = "recording_permit"
OFFICE_ADDRESSEE = "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10"

__all__ = [
    "APPLE",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "OFFICE_ADDRESSEE",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's application is delivered (its label's ``style``)."""

    COVER = "cover"  # a short cover mail, the application in the attached file
    EMPTY_BODY = "empty-body"  # no text at all, only the file
    AMENDING_COVER = "amending-cover"  # the cover note changes what the file says
    FORM = "form"  # a form with checkboxes or ANO/NE columns
    TABLE = "table"  # addresses in a table with role columns or row headers
    LETTER = "letter"  # a formal letter with letterhead and signature block
    FORWARD = "forward"  # a forwarded message attached as .eml
    FOREIGN = "foreign"  # written in English, German or Slovak
    SIGNED = "signed"  # an S/MIME-signed mail
    DATABOX_ANNOTATION = "databox-annotation"  # data message, application in dmAnnotation
    DATABOX_FILE = "databox-file"  # data message, application only in the file
    DATABOX_BOTH = "databox-both"  # data message, annotation and file together


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.94.2)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7p2Lk9dRt4sVb1nHx8mCz3fEa")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]
