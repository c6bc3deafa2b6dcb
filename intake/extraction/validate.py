"""An officer's correction of an extracted value, checked and normalised by the rules the
extraction itself applies: e-mail (email-validator, lower-case domain), phone (phonenumbers,
E.164), IČO (checksum), data-box ID (7 characters), IP addresses (canonical form), request
types (the known ones). A value that fails raises ``InvalidValue`` — English for the CLI and
the logs, Czech (``message_cs``) for the officer UI."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from intake.errors import UsageError
from intake.extraction.fields import ico_valid
from intake.extraction.ips import parse_address
from intake.extraction.request_types import FEED, RECORDING

MAX_TEXT = 300
"""Characters of a name (organisation, person)."""
MAX_ITEMS = 1000
"""Items of a list (addresses)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_DATABOX = re.compile(r"[a-z0-9]{7}")
REQUEST_TYPES = (FEED, RECORDING)


class InvalidValue(UsageError):
    """A corrected value the extraction's rules refuse."""

    def __init__(self, message: str, message_cs: str) -> None:
        super().__init__(message)
        self.message_cs = message_cs


def _no_control(value: str, what_cs: str) -> None:
    if _CONTROL.search(value):
        raise InvalidValue(
            f"{what_cs}: contains a line break or a control character",
            f"{what_cs} nesmí obsahovat konec řádku ani jiný řídicí znak.",
        )


def _text(value: str, what_cs: str) -> str:
    _no_control(value, what_cs)
    if len(value) > MAX_TEXT:
        raise InvalidValue(
            f"{what_cs}: longer than {MAX_TEXT} characters",
            f"{what_cs} může mít nejvýše {MAX_TEXT} znaků.",
        )
    return value


def email(value: str) -> str:
    _no_control(value, "E-mail")
    try:
        found = validate_email(value, check_deliverability=False, test_environment=True)
    except EmailNotValidError as exc:
        raise InvalidValue(
            f"not an e-mail address: {value!r} ({exc})",
            f"„{value[:100]}“ není platná e-mailová adresa.",
        ) from exc
    return str(found.normalized)


def phone(value: str) -> str:
    _no_control(value, "Telefon")
    try:
        number = phonenumbers.parse(value, "CZ")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InvalidValue(
            f"not a phone number: {value!r}", f"„{value[:100]}“ není platné telefonní číslo."
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def ico(value: str) -> str:
    digits = re.sub(r"\s", "", value)
    if not ico_valid(digits):
        raise InvalidValue(
            f"not a valid IČO (8 digits with a check digit): {value!r}",
            f"IČO „{value[:100]}“ nemá 8 číslic nebo nesouhlasí jeho kontrolní číslice.",
        )
    return digits


def databox(value: str) -> str:
    box = value.strip().lower()
    if not _DATABOX.fullmatch(box) or box.isdigit() or box.isalpha():
        raise InvalidValue(
            f"not a data-box ID (7 letters and digits): {value!r}",
            f"„{value[:100]}“ není ID datové schránky (7 znaků: malá písmena a číslice).",
        )
    return box


def address(value: str) -> str:
    parsed = parse_address(value) if "%" not in value else None  # no IPv6 zone ids
    if parsed is None:
        raise InvalidValue(f"not an IP address: {value!r}", f"„{value[:100]}“ není IP adresa.")
    return str(parsed)


def _request_type(value: str) -> str:
    if value not in REQUEST_TYPES:
        raise InvalidValue(
            f"unknown request type {value!r}", f"„{value[:100]}“ není známý druh žádosti."
        )
    return value


TEXT_FIELDS: dict[str, Callable[[str], str]] = {
    "organization.name": lambda v: _text(v, "Název organizace"),
    "contact.person": lambda v: _text(v, "Jméno kontaktní osoby"),
    "organization.ico": ico,
    "organization.databox_id": databox,
    "contact.email": email,
    "contact.phone": phone,
}
LIST_FIELDS: dict[str, Callable[[str], str]] = {
    "request_types": _request_type,
    "production_ips": address,
    "test_ips": address,
}


def corrected(field: str, value: Any) -> Any:
    """The checked, normalised value of ``field`` (a dotted path of the application); None
    clears a text field. Raises InvalidValue."""
    if field in LIST_FIELDS:
        items = value if isinstance(value, list) else None
        if items is None or not all(isinstance(v, str) for v in items):
            raise InvalidValue(f"{field} needs a list of texts", "Údaj musí být seznam hodnot.")
        if len(items) > MAX_ITEMS:
            raise InvalidValue(
                f"{field}: more than {MAX_ITEMS} items", f"Seznam má víc než {MAX_ITEMS} položek."
            )
        out: list[str] = []
        for item in items:
            norm = LIST_FIELDS[field](item.strip())
            if norm not in out:
                out.append(norm)
        return out
    if field not in TEXT_FIELDS:
        raise UsageError(f"field {field!r} cannot be corrected")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidValue(f"{field} needs a text", "Údaj musí být text.")
    return TEXT_FIELDS[field](value.strip())
