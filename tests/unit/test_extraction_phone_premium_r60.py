"""A drill, sixtieth round (issue 18): a phone written without its country code that the Czech
plan reads as a premium-rate line ("905 123 456", "906 …", "909 …": Slovak mobiles) is never the
contact's phone for certain; near misses: Czech mobiles and landlines, and the Slovak mobile
written with "+421", stay as they are.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.extraction.fields import premium_rate
from tests.unit.extraction_helpers import body, extract, mail

_REQ = "Dobry den,\nziadame o pristup k XML vysledkom volieb pre 203.0.113.40.\n\n"


def _phone(text: str) -> tuple[str | None, bool]:
    x = extract(mail(body(_REQ + text), sender="kovac@novinysk.example", sender_name="Martin Kovac"))
    f = x.fields.get("contact.phone")
    return (None, False) if f is None else (f.value, f.certain)


@pytest.mark.parametrize(
    "text",
    [
        "S pozdravom\nMartin Kovac\nNoviny Orava s.r.o.\nTEL 905 123 456\n",
        "S pozdravom\nMartin Kovac\nmobil: 0905 123 456\n",
        "MARTIN KOVAC\nNOVINY ORAVA\nTEL 906 412 733\n",
        "Martin Kovac, tel. 909 218 441\n",
    ],
)
def test_a_premium_rate_reading_is_never_certain(text: str) -> None:
    value, certain = _phone(text)
    assert not (certain and value is not None and premium_rate(value)), (value, certain)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("S pozdravom\nMartin Kovac\nTEL +421 905 123 456\n", "+421905123456"),
        ("S pozdravem\nMartin Kovac\ntel. 605 123 456\n", "+420605123456"),
        ("S pozdravem\nMartin Kovac\ntel. 224 318 902\n", "+420224318902"),
    ],
)
def test_near_misses_keep_their_number(text: str, want: str) -> None:
    value, _ = _phone(text)
    assert value == want


def test_premium_rate() -> None:
    assert premium_rate("+420905123456")
    assert not premium_rate("+421905123456")
    assert not premium_rate("+420605123456")
    assert not premium_rate("not a number")
