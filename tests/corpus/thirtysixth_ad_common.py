"""Shared vocabulary of the thirty-sixth held-out part ``ad``: its styles, request types and the
mail-client header lines its cases use. The cases themselves are in thirtysixth_ad_1..3.py;
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
    "CLAWS",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "L",
    "MAC_OUTLOOK",
    "OE",
    "OFFICE_RELEASE",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SAMSUNG",
    "SEZNAM",
    "TBIRD",
    "YAHOO",
    "ZIMBRA",
    "Style",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    PHONE_NOTE = "phone-note"
    CHATTY = "chatty"
    HTML_ONLY = "html-only"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    SIGNATURE = "signature"
    FOREIGN = "foreign"
    CONTRACTOR = "contractor"
    FORM = "form"
    ATTACHMENT = "attachment"
    DATABOX = "databox"
    FORMAL = "formal"
    FLOWED = "flowed"
    TECHNICAL = "technical"


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]
OE = [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")]
MAC_OUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.92.25011912")]
OWA = [("X-MS-Has-Attach", ""), ("X-Originating-Client", "Outlook on the web")]
TBIRD = [
    (
        "User-Agent",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1",
    )
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
IPHONE = [("X-Mailer", "iPhone Mail (22B91)")]
K9 = [("User-Agent", "K-9 Mail for Android")]
SAMSUNG = [("X-Mailer", "Android-Mail (Samsung Email 6.1.96.1)")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email)")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.7_GA_4518 (ZimbraWebClient - GC131 (Win)/10.0.7_GA_4518)")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ7p2Lk9dHs3VbN8cR1eXm4tZa")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.3-0ubuntu1")]
CLAWS = [("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")]
YAHOO = [("X-Mailer", "WebService/1.1.23187 YMailNorrin")]

# The office's own press release as applicants quote it: its IČO, data box, e-mail and
# switchboard are never an applicant's.
OFFICE_RELEASE = (
    "Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) zpřístupní průběžné\n"
    "výsledky voleb médiím ve formátu XML. Žádosti o přístup (nejvýše 5 produkčních a 5\n"
    "testovacích IP adres, kontaktní osoba, e-mail, telefon) a o povolení natáčení na\n"
    "sběrných místech zasílejte na podatelna@czso.cz nebo do datové schránky.\n"
    "Informace: tiskové oddělení, tel. 274 052 733."
)
