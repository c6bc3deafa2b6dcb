"""A drill, fifty-fifth round (issue 18): an address typed on a phone with one of its dots
given as a comma or a space and the others right ("203.0.113,17", "203 0.113.30"): read as
the address, never certain. Near-miss negatives: a price with a decimal comma, a date and a
time, a version number and a count, a phone number, a list of an address and a last octet
("203.0.113.17, 18"). Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (
        mail(body(text), subject="pristup volby xml",
             sender="it@media.example", sender_name="X"),
        label(FEED, (None, None, None), prod, test, (None, None, None)),
    )


_SIGN = "\n\nJana Horka\nHoracky denik s.r.o.\n"
_case(
    "cz_comma_and_space",
    "Dobry den, pisu z mobilu.\nChceme XML s vysledky voleb.\n"
    "produkcni ip 203.0.113,17 a 203.0.113.18\ntestovaci 203 0.113.30" + _SIGN,
    ["203.0.113.17", "203.0.113.18"],
    ["203.0.113.30"],
)
_case(
    "cz_space_in_middle",
    "Dobry den,\nprosime o pristup k vysledkum voleb.\nproduk. IP: 198.51.100 44\n"
    "test IP: 198.51.100.45" + _SIGN,
    ["198.51.100.44"],
    ["198.51.100.45"],
)
_case(
    "sk_comma_first",
    "Dobry den,\nziadame o pristup k vysledkom volieb.\nprodukcna adresa 192,0.2.61\n"
    "testovacia adresa 192.0.2.69\n\nPeter Kovac\nZahorie dnes s.r.o.\n",
    ["192.0.2.61"],
    ["192.0.2.69"],
)
_case(
    "en_phone_typed",
    "Hi, typing on my phone.\nWe need the election results XML.\n"
    "production IP 203.0.113.120\ntest IP 203.0 113.129\n\nTom Baker\nNews Ltd\n",
    ["203.0.113.120"],
    ["203.0.113.129"],
)
_case(
    "pl_comma",
    "Dzien dobry,\nprosimy o dostep do wynikow wyborow.\nadres produkcyjny 198.51,100.90\n"
    "adres testowy 198.51.100.99\n\nPiotr Nowak\nGazeta Slaska sp. z o.o.\n",
    ["198.51.100.90"],
    ["198.51.100.99"],
)
# near-miss negatives
_case(
    "neg_shorthand_list",
    "Dobry den,\nprosime o pristup k vysledkum voleb.\nprodukcni IP 203.0.113.17, 18\n"
    "testovaci IP 203.0.113.30" + _SIGN,
    ["203.0.113.17", "203.0.113.18"],
    ["203.0.113.30"],
)
_case(
    "neg_price_and_date",
    "Dobry den,\nprosime o pristup k vysledkum voleb, faktura 1.250,50 Kc ze dne 4.9.25 10:12.\n"
    "produkcni IP 192.0.2.10" + _SIGN,
    ["192.0.2.10"],
    [],
)
_case(
    "neg_version_count",
    "Dobry den,\nprosime o pristup k vysledkum voleb, parser verze 2.4.1 5 serveru.\n"
    "produkcni IP 192.0.2.12" + _SIGN,
    ["192.0.2.12"],
    [],
)
_case(
    "neg_phone",
    "Dobry den,\nprosime o pristup k vysledkum voleb.\nprodukcni IP 192.0.2.14\n"
    "tel. 605 771.204" + _SIGN,
    ["192.0.2.14"],
    [],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
