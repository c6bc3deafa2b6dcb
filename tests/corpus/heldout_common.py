"""Shared pieces of the held-out corpus specs: the label builder (the tuning corpus's format),
the closed set of styles, the office's own texts that replies quote, and the IČO rule."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.cases_a import BOTH, FEED, REC, L
from tests.corpus.label_rules import ico_valid as ico_valid

__all__ = ["BOTH", "FEED", "REC", "L", "Style", "OFFICE_FOOTER", "PRESS_RELEASE", "ico_valid"]


class Style(StrEnum):
    """How an application is written; every held-out case has exactly one."""

    FORMAL_LETTER = "formal-letter"
    TWO_LINE_NOTE = "two-line-note"
    HTML_ONLY = "html-only"
    DOCX = "docx-attachment"
    PDF = "pdf-attachment"
    XLSX = "xlsx-attachment"
    ODT = "odt-attachment"
    RTF = "rtf-attachment"
    FORM_CHECKBOX = "form-checkboxes"
    REPLY = "reply-quoting-office"
    FORWARD = "forward"
    CORRECTION = "correction"
    FLOWED = "flowed-wrapped"
    ENGLISH = "english"
    SLOVAK = "slovak"
    LOOKALIKES = "look-alikes"
    DATABOX = "databox-message"
    RECORDING = "recording-permit"


OFFICE_FOOTER = """Ing. Marcela Úřední
oddělení volebních informací
Český statistický úřad
Na padesátém 81, 100 82 Praha 10
IČO: 00025593, ID datové schránky: 2gfaasy
tel.: +420 274 052 733
e-mail: volby-media@czso.cz"""

PRESS_RELEASE = """Český statistický úřad nabízí i při volbě prezidenta republiky vyhrazené
připojení k serveru s průběžnými výsledky ve formátu XML. Žádost musí obsahovat
nejvýše 5 IP adres pro ostrý provoz a nejvýše 5 testovacích IP adres, které budou
během reálného zpracování odpojeny, dále e-mail a telefon na kontaktní osobu.
Žádosti zasílejte do 23. 12. 2022 na podatelna@czso.cz nebo do datové schránky
2gfaasy. Informace podá tisková mluvčí, tel. 274 052 017, e-mail
infoservis@czso.cz."""
