"""Shared vocabulary of the tuning cases 76–185 (cases_h … cases_p): their styles, the address
ranges they may use and the IČO checksum their labels must satisfy.

Written apart from the held-out corpus (its own style list is not consulted)."""

from __future__ import annotations

import ipaddress
from enum import StrEnum

from tests.corpus.label_rules import ico_valid as ico_valid


class Style(StrEnum):
    """How a tuning case is written; every case 76–185 has exactly one."""

    HTML_TABLE = "html_table"
    """HTML-only mail from Outlook or a webmail client, the data in a table."""
    DOCX = "docx"
    PDF = "pdf"
    XLSX = "xlsx"
    FORM_CHECKBOX = "form_checkbox"
    """A filled-in form: ☒/☐, [x]/[ ] or ano/ne columns choose the request types."""
    ROLE_WORDING = "role_wording"
    """Roles given by wording, abbreviations, combinations or sentence order."""
    CORRECTION = "correction"
    """The message corrects itself or an earlier application."""
    REPLY = "reply"
    """A reply quoting the office (press release, officer's signature) or the applicant."""
    FORWARD = "forward"
    FLOWED = "flowed"
    """format=flowed soft breaks or hard-wrapped lines."""
    LOOKALIKE = "lookalike"
    """Version numbers, OIDs, dates, netmasks, gateways and retired addresses."""
    SIGNATURE = "signature"
    """IČO forms and data-box IDs in a signature block."""
    DATABOX = "databox"
    SHORT_NOTE = "short_note"
    FORMAL_LETTER = "formal_letter"
    SLOVAK = "slovak"
    ENGLISH = "english"
    MAIL_CLIENT = "mail_client"
    """A named client's own shape (Gmail, Thunderbird, Apple Mail, webmail): plain and HTML
    alternatives, quoted-printable or 8bit, its quoting and signature habits."""
    NO_DIACRITICS = "no_diacritics"
    """Czech written without diacritics (phone keyboards, old habits)."""


DOC_NETS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "2001:db8::/32",
        "198.18.0.0/15",
    )
)
"""The documentation ranges (RFC 5737, RFC 3849) and the benchmarking block (RFC 2544,
public-looking but never routed): the only addresses the styled cases (76–) use."""

OFFICE_IDS = ("00025593", "2gfaasy", "czso.cz", "+42027405")
"""The office's own IČO, data box, domain and phone prefix: never an applicant's label."""
