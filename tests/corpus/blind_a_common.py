"""Shared pieces of the blind held-out half, prefix ``a`` (a001–a063): the label builder, the
closed set of styles, the office's own texts that replies quote, and the IČO rule.

Written by hand apart from the extraction rules and the tuning cases (issue 18)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L as L
from tests.corpus.label_rules import ico_valid as ico_valid

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    """How an application of this half is written; every case has exactly one."""

    OUTLOOK = "outlook"
    """Outlook: HTML (MsoNormal) with a plain alternative, windows-1250 or utf-8."""
    GMAIL = "gmail"
    """Gmail: multipart/alternative, dir=ltr divs, gmail_quote blocks."""
    THUNDERBIRD_FLOWED = "thunderbird-flowed"
    """Thunderbird: format=flowed soft breaks, lines wrapped inside sentences."""
    APPLE_MAIL = "apple-mail"
    WEBMAIL_HTML = "webmail-html-only"
    """HTML-only mail from a webmail (Seznam, Roundcube, Centrum), often base64."""
    HTML_TABLE = "html-table"
    REPLY_OFFICE = "reply-quoting-office"
    FORWARD_OWN = "forward-own"
    CORRECTION = "correction"
    TWO_LINE = "two-line-note"
    CHATTY = "long-chatty"
    SIGNATURE = "signature-block"
    ROLE_ORDER = "roles-by-order"
    """Roles given by sentence order ("resp.", "v uvedeném pořadí") or combined labels."""
    LOOKALIKES = "look-alikes"
    SLOVAK = "slovak"
    ENGLISH = "english"
    ATTACHMENT = "attachment"
    FORM = "form-checkboxes"
    DATABOX = "databox-message"
    RECORDING = "recording-permit"


OFFICE_SIGNATURE = """Mgr. Kateřina Dvořáčková
oddělení publikace volebních výsledků
Český statistický úřad, Na padesátém 81, 100 82 Praha 10
IČO 00025593 | datová schránka 2gfaasy
tel. +420 274 052 733 | volby@czso.cz"""

INVITATION = """Vážení zástupci médií,

Český statistický úřad i letos zřizuje pro hromadné sdělovací prostředky
vyhrazené připojení k serveru, ze kterého lze během zpracování volby prezidenta
republiky stahovat průběžné výsledky ve formátu XML. Do žádosti uveďte nejvýše
pět IP adres pro ostrý provoz a nejvýše pět testovacích IP adres (ty budou
v den voleb odpojeny), kontaktní e-mail a telefon. Žádost opatřenou uznávaným
elektronickým podpisem zašlete do 23. 12. 2022 na podatelna@czso.cz, případně
do datové schránky 2gfaasy. Technická schůzka se uskuteční v lednu.
Příklad zápisu: 192.0.2.1 (ostrý provoz), 192.0.2.2 (test)."""
