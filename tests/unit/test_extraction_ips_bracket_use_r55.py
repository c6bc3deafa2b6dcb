"""A drill, fifty-fifth round (issue 18): an address in a sentence followed by a bracket that
opens with two or three words naming the other use and gives an address of its own ("z adresy
A (testovací adresa B)"): the bracket's use is B's alone, A is not a test address. Near-miss
negatives: a bracket naming a use with no address of its own ("A (testovací)"), a sentence
whose lead names the use of both. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (
        mail(body(text), subject="Žádost o přístup k výsledkům voleb",
             sender="it@media.example", sender_name="X"),
        label(FEED, (None, None, None), prod, test, (None, None, None)),
    )


_SIGN = "\n\nS pozdravem\nJana Horká\nHorácký deník s.r.o.\n"
_case(
    "cz_testovaci_adresa_in_bracket",
    "Dobrý den,\n\nžádáme o zpřístupnění výsledků voleb z adresy 203.0.113.90 "
    "(testovací adresa 203.0.113.99)." + _SIGN,
    ["203.0.113.90"],
    ["203.0.113.99"],
)
_case(
    "cz_pro_testovani_bracket",
    "Dobrý den,\n\nvýsledky budeme stahovat ze serveru 198.51.100.12 (pro testování "
    "198.51.100.19), děkujeme." + _SIGN,
    ["198.51.100.12"],
    ["198.51.100.19"],
)
_case(
    "sk_testovacia_adresa_bracket",
    "Dobrý deň,\n\nprosíme o prístup k výsledkom volieb z adresy 192.0.2.40 "
    "(testovacia adresa 192.0.2.49).\n\nS pozdravom\nPeter Kováč\nZáhorie dnes s.r.o.\n",
    ["192.0.2.40"],
    ["192.0.2.49"],
)
_case(
    "en_test_address_bracket",
    "Hello,\n\nwe would like to receive the results feed at 203.0.113.140 "
    "(our test address 203.0.113.149).\n\nBest regards\nAnna Lee\nNorth Star Media Ltd\n",
    ["203.0.113.140"],
    ["203.0.113.149"],
)
_case(
    "de_testadresse_bracket",
    "Guten Tag,\n\nwir möchten die Ergebnisse über 198.51.100.60 beziehen "
    "(die Testadresse 198.51.100.69).\n\nMit freundlichen Grüßen\nKarl Maier\nDonau Medien GmbH\n",
    ["198.51.100.60"],
    ["198.51.100.69"],
)
_case(
    "pl_adres_testowy_bracket",
    "Dzień dobry,\n\nprosimy o dostęp do wyników z adresu 192.0.2.80 "
    "(adres testowy 192.0.2.89).\n\nPozdrawiam\nPiotr Nowak\nGazeta Śląska sp. z o.o.\n",
    ["192.0.2.80"],
    ["192.0.2.89"],
)
# near-miss negatives
_case(
    "neg_bracket_without_address",
    "Dobrý den,\n\nprodukční adresa je 203.0.113.80, přístup žádáme i z adresy 203.0.113.90 "
    "(testovací)." + _SIGN,
    ["203.0.113.80"],
    ["203.0.113.90"],
)
_case(
    "neg_lead_names_test",
    "Dobrý den,\n\npro testování použijeme 192.0.2.60 (případně i 192.0.2.61)." + _SIGN,
    [],
    ["192.0.2.60", "192.0.2.61"],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
