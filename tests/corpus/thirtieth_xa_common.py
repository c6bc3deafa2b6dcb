"""Shared vocabulary of the thirtieth held-out part ``xa``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtieth_xa_1..3.py;
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
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OFFICE_RELEASE",
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
    """How a case's message is written (its label's ``style``)."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML = "html"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    ATTACHMENT = "attachment"
    FORM = "form"
    LETTER = "letter"
    DATABOX = "databox"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.90.24101712")]
OWA = [("X-MS-Has-Attach", "no"), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3776.700.51)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.98.2)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC129 (Linux)/10.0.8_GA_4611)")]
GMAIL = [("X-Gm-Message-State", "AOJu0Yw7pQ2mXc4Lr9eK1sVt8bNz3HfA")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4-0ubuntu1")]

# The office's own press release as applicants quote it (never the applicant's data).
OFFICE_RELEASE = (
    "Český statistický úřad zpřístupní výsledky voleb do Poslanecké sněmovny médiím\n"
    "ve formátu XML na vyhrazeném serveru. Žádosti zasílejte na podatelna@czso.cz\n"
    "nebo do datové schránky 2gfaasy (IČO 00025593). Uveďte nejvýše 5 produkčních\n"
    "a 5 testovacích IP adres, kontaktní osobu, e-mail a telefon. Informace pro média:\n"
    "tel. 274 052 733, Na padesátém 81, 100 82 Praha 10.\n"
)
