"""A drill, forty-fifth round (issue 18): addresses corrected or withdrawn by a later line.
(a) A later line saying an address (or its last octet) is a printer, not a server, or was a
mistake withdraws it; (b) a later sentence telling the office not to enter the test address
(and to test from production) leaves no test address; (c) an address typed with a letter O or
l for a digit, corrected later - never read as a truncated address. Near-miss negatives: a
printer named beside an address that stays, a "do not enter" about something else. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(name: str, text: str, prod: list[str], test: list[str]) -> None:
    msg = mail(
        body(text), subject="Přístup k výsledkům voleb", sender="it@noviny.example",
        sender_name="Jan Novák",
    )
    CASES[name] = (
        msg,
        label(FEED, (None, None, None), prod, test, ("Jan Novák", "it@noviny.example", None)),
    )


# (a) a later line: the address or its last octet is a printer / no server / a mistake
_case(
    "cs_octet_is_printer",
    "Dobrý den,\nprosíme o přístup k datům voleb.\n\nProdukce: 198.51.100.10\n"
    "Test: 198.51.100.17\n\nOmlouvám se, test je 198.51.100.16 (ta .17 je tiskárna).\n\n"
    "Jan Novák\n",
    ["198.51.100.10"],
    ["198.51.100.16"],
)
_case(
    "en_address_not_a_server",
    "Hello,\nwe ask for access to the election feed.\n\nProduction: 203.0.113.5\n"
    "Test: 203.0.113.9\n\nSorry, the test one is 203.0.113.8 - .9 is not a server at all, "
    "it is our printer.\n\nJan Novák\n",
    ["203.0.113.5"],
    ["203.0.113.8"],
)
_case(
    "en_octet_not_a_server_comma",
    "Hello,\nwe ask for access to the election feed.\n\nProduction: 203.0.113.5\n"
    "Test: 203.0.113.9\n\nSorry, the test one is 203.0.113.8, the .9 is not a server at all, "
    "it is our printer.\n\nJan Novák\n",
    ["203.0.113.5"],
    ["203.0.113.8"],
)
_case(
    "sk_was_a_mistake",
    "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\n\nProdukcia: 192.0.2.30\n"
    "Test: 192.0.2.39\n\nPardon, testovacia je 192.0.2.38, tá .39 bola chyba.\n\nJan Novák\n",
    ["192.0.2.30"],
    ["192.0.2.38"],
)
_case(
    "de_drucker",
    "Guten Tag,\nwir bitten um Zugang zu den Wahlergebnissen.\n\nProduktion: 198.51.100.70\n"
    "Test: 198.51.100.77\n\nKorrektur: Test ist 198.51.100.76 (die .77 ist ein Drucker).\n\n"
    "Jan Novák\n",
    ["198.51.100.70"],
    ["198.51.100.76"],
)
_case(
    "cs_ascii_full_address_printer",
    "Dobry den,\nprosime o pristup k vysledkum voleb.\nprodukce 192.0.2.120\n"
    "test 192.0.2.125\n\nPardon, spravne test 192.0.2.124, 192.0.2.125 je tiskarna.\n"
    "Jan Novak\n",
    ["192.0.2.120"],
    ["192.0.2.124"],
)
# (a) near misses: the printer is named, no address is taken back
_case(
    "cs_printer_elsewhere_keeps",
    "Dobrý den,\nprosíme o přístup k datům voleb.\n\nProdukce: 198.51.100.40\n"
    "Test: 198.51.100.41\n\nTiskárnu máme na jiné síti, to nevadí.\n\nJan Novák\n",
    ["198.51.100.40"],
    ["198.51.100.41"],
)

# (b) the test address not to be entered; testing from production
_case(
    "cs_ascii_do_not_enter_test",
    "Dobry den\nprosime o pristup k vysledkum voleb.\nProdukce 203.0.113.20, 203.0.113.21\n"
    "Test 203.0.113.29\n\nJo a jeste - tu testovaci prosim nezadavejte, budeme testovat "
    "z produkce.\n\nNovak\n",
    ["203.0.113.20", "203.0.113.21"],
    [],
)
_case(
    "cs_diacritics_nezapisujte",
    "Dobrý den,\nprosíme o přístup k výsledkům voleb.\n\nProdukční: 192.0.2.50\n"
    "Testovací: 192.0.2.59\n\nTestovací adresu prosím vůbec nezapisujte, testovat budeme "
    "z produkčního serveru.\n\nJan Novák\n",
    ["192.0.2.50"],
    [],
)
_case(
    "sk_nezadavajte",
    "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\nProdukcia: 198.51.100.80\n"
    "Test: 198.51.100.89\n\nTestovaciu adresu prosím nezadávajte, testovať budeme z "
    "produkcie.\n\nJan Novák\n",
    ["198.51.100.80"],
    [],
)
_case(
    "en_please_dont_register_test",
    "Hello,\nplease grant us access to the results feed.\n\nProduction: 203.0.113.60\n"
    "Test: 203.0.113.66\n\nOn second thought, please don't register the test address at all; "
    "we will test from production.\n\nJan Novák\n",
    ["203.0.113.60"],
    [],
)
_case(
    "de_nicht_eintragen",
    "Guten Tag,\nbitte um Zugang zum Wahlergebnis-Feed.\n\nProduktion: 192.0.2.140\n"
    "Test: 192.0.2.149\n\nDie Testadresse bitte doch nicht eintragen, wir testen von der "
    "Produktion aus.\n\nJan Novák\n",
    ["192.0.2.140"],
    [],
)
_case(
    "pl_nie_wpisujcie",
    "Dzień dobry,\nprosimy o dostęp do wyników wyborów.\n\nProdukcja: 198.51.100.150\n"
    "Test: 198.51.100.159\n\nAdresu testowego proszę jednak nie wpisywać, będziemy testować "
    "z produkcji.\n\nJan Novák\n",
    ["198.51.100.150"],
    [],
)
# (b) near misses: the "do not enter" is about something else, the test stays
_case(
    "cs_do_not_enter_phone_keeps_test",
    "Dobrý den,\nprosíme o přístup k výsledkům voleb.\n\nProdukce: 203.0.113.100\n"
    "Test: 203.0.113.109\n\nTelefon do systému prosím nezadávejte, jen e-mail.\n\nJan Novák\n",
    ["203.0.113.100"],
    ["203.0.113.109"],
)

# (c) a letter O or l typed for a digit, corrected later
_case(
    "cs_letter_o_corrected",
    "dobry den, prosime o pristup k vysledkum voleb (xml)\n"
    "produkce 192.0.2.1O a 192.0.2.11, test 192.0.2.19\n"
    "oprava - ta prvni ma byt 192.0.2.10 (nula, ne O).\nNovak\n",
    ["192.0.2.10", "192.0.2.11"],
    ["192.0.2.19"],
)
_case(
    "en_letter_l_corrected",
    "Hi, we'd like access to the election XML feed.\n"
    "Production: 203.0.113.l5\nTest: 203.0.113.16\n"
    "Correction: production should be 203.0.113.15 (a one, not an l).\nJan Novák\n",
    ["203.0.113.15"],
    ["203.0.113.16"],
)
_case(
    "de_letter_o_middle_corrected",
    "Hallo, bitte Zugang zum XML-Feed der Wahlergebnisse.\n"
    "Produktion 198.51.1OO.44, Test 198.51.100.45\n"
    "Korrektur: Produktion ist 198.51.100.44 (Tippfehler).\nJan Novák\n",
    ["198.51.100.44"],
    ["198.51.100.45"],
)


_case(
    "cs_a_test_run_together",
    "dobry den, prosime o pristup k vysledkum voleb\nprodukce 192.0.2.40 a 192.0.2.41a test "
    "192.0.2.49\nNovak\n",
    ["192.0.2.40", "192.0.2.41"],
    ["192.0.2.49"],
)
# (a) near miss: the words deny a server, the address stays (the gateway the feed sees)
_case(
    "en_nat_gateway_not_a_server_keeps",
    "Hello,\nwe ask for access to the election feed.\n\nProduction: 198.51.100.7 (not a "
    "server but our NAT gateway, the fetching runs behind it)\nTest: 198.51.100.8\n\n"
    "Jan Novák\n",
    ["198.51.100.7"],
    ["198.51.100.8"],
)

# (c) not corrected: the address with a letter must never be certain as a truncated one
_case(
    "cs_letter_o_uncorrected",
    "dobry den, prosime o pristup k vysledkum voleb\nprodukce 192.0.2.2O\ntest 192.0.2.29\n"
    "Novak\n",
    ["192.0.2.20"],
    ["192.0.2.29"],
)
_case(
    "en_letter_l_uncorrected",
    "Hi, access to the results feed please.\nProduction 203.0.113.l2\nTest 203.0.113.13\n"
    "Jan Novák\n",
    ["203.0.113.12"],
    ["203.0.113.13"],
)

XFAIL: dict[str, str] = {}
FLAG_ONLY = ("cs_letter_o_uncorrected", "en_letter_l_uncorrected")
"""Messages whose addresses need not be read right, but must never be wrong and certain."""
_STRICT = {k: v for k, v in CASES.items() if k not in FLAG_ONLY}


def _ip_misses(p: ParsedMessage, want: Label) -> list[str]:
    return [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")]


@pytest.mark.parametrize(("p", "want"), drill_params(_STRICT, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert _ip_misses(p, want) == []


@pytest.mark.parametrize("name", FLAG_ONLY)
def test_never_wrong_and_certain(name: str) -> None:
    p, want = CASES[name]
    assert [m for m in _ip_misses(p, want) if "certain=True" in m] == []
