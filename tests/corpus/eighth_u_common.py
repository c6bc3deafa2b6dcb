"""Shared vocabulary of the eighth held-out part ``u`` (tests/corpus/eighth/u###-…): the
styles its applications are written in. The cases emphasise unusual applicants (foreign media,
freelancers, universities and institutes, municipalities, agencies and IT contractors writing
for a medium) and unusual address wording (ranges, CIDR, netmasks, shorthand, IPv6, old or
corrected addresses, internal hosts not to be allowed)."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    PLAIN = "plain"
    ENGLISH = "english"
    SLOVAK = "slovak"
    NO_DIACRITICS = "no-diacritics"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    FLOWED = "thunderbird-flowed"
    LETTER = "letter-attachment"
    FORM = "form"
    SPREADSHEET = "spreadsheet"
    DATABOX = "databox"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    TERSE = "terse"
    CONTRACTOR = "contractor"
