"""The label rules every corpus part shares, in one place: the label builder (the format of
tests/corpus/LABELS.md) and the IČO check digit (weights 8..2 over the first seven digits,
r = sum mod 11; the eighth digit is (11 - r) mod 10, so r = 0 gives 1 and r = 1 gives 0)."""

from __future__ import annotations

from typing import Any

_WEIGHTS = (8, 7, 6, 5, 4, 3, 2)


def check_digit(seven: str) -> str:
    """The eighth digit of an IČO whose first seven digits are ``seven``."""
    rest = sum(int(d) * w for d, w in zip(seven, _WEIGHTS, strict=True)) % 11
    return str((11 - rest) % 10)


def ico(seven: str) -> str:
    """A valid IČO: ``seven`` digits followed by their check digit."""
    return seven + check_digit(seven)


def ico_valid(value: str) -> bool:
    """Whether ``value`` is eight digits whose last is the check digit of the first seven."""
    return len(value) == 8 and value.isdigit() and value[7] == check_digit(value[:7])


def label(
    types: list[str],
    org: tuple[str | None, str | None, str | None],
    prod: list[str],
    test: list[str],
    contact: tuple[str | None, str | None, str | None],
) -> dict[str, Any]:
    """A label in the LABELS.md format: ``org`` is (name, IČO, data-box ID), ``contact``
    (person, e-mail, phone in E.164)."""
    name, ico_, box = org
    person, email, phone = contact
    return {
        "request_types": types,
        "organization": {"name": name, "ico": ico_, "databox_id": box},
        "production_ips": prod,
        "test_ips": test,
        "contact": {"person": person, "email": email, "phone": phone},
    }


def L(  # noqa: N802 - short label builder, the corpus's label format (LABELS.md)
    types: list[str],
    name: str | None,
    ico: str | None,
    box: str | None,
    prod: list[str],
    test: list[str],
    person: str | None,
    email: str | None,
    phone: str | None,
) -> dict[str, Any]:
    """``label`` with its arguments flat, in the order the blind and the c cases write them."""
    return label(types, (name, ico, box), prod, test, (person, email, phone))
