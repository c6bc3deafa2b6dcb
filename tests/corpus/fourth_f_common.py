"""Shared helpers of the fourth held-out part, prefix ``f`` (fourth_f_*.py): the closed set of
styles the part uses, the IČO checksum and small builders for case specs and labels."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Style(StrEnum):
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    WEBMAIL = "webmail"
    REPLY = "reply"
    FORWARD = "forward"
    CORRECTION = "correction"
    FOLLOWUP = "followup"
    NOTE = "note"
    CHATTY = "chatty"
    HTML_TABLE = "html-table"
    SIGNATURE = "signature-block"
    LETTER = "letter"
    FORM = "form"
    DATABOX = "databox"


def ico_valid(ico: str) -> bool:
    """The IČO checksum: weights 8..2 over the first seven digits, remainder mod 11."""
    if len(ico) != 8 or not ico.isdigit():
        return False
    rest = sum(int(d) * w for d, w in zip(ico[:7], range(8, 1, -1), strict=True)) % 11
    check = 1 if rest == 0 else (0 if rest == 1 else 11 - rest)
    return int(ico[7]) == check


def labels(
    types: list[str],
    org: tuple[str | None, str | None, str | None],
    prod: list[str],
    test: list[str],
    contact: tuple[str | None, str | None, str | None],
) -> dict[str, Any]:
    """A label dict in the order of LABELS.md: request types, organisation (name, IČO, data
    box), production and test addresses, contact (person, e-mail, phone)."""
    name, ico, box = org
    person, email, phone = contact
    return {
        "request_types": types,
        "organization": {"name": name, "ico": ico, "databox_id": box},
        "production_ips": prod,
        "test_ips": test,
        "contact": {"person": person, "email": email, "phone": phone},
    }


FEED = ["feed_access"]
FILM = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
