"""Round 33 (issue 18): networks named as context, last octets in a sentence, internal
addresses and testing from the production address; a drill written and labelled by
LABELS.md before extraction was run on it.

Class 1 — a block or network under no label that holds the addresses another text of the
submission names singly ("Naše síť je 203.0.113.0/24, ale konkrétní adresy jsou v příloze",
ba030) is where they are, never a request for all of it. Near misses: a block asked for,
and a labelled block with a test address inside.

Class 2 — a last octet written alone in a sentence naming one use, on the line after an
address ("Für Tests nutzen wir die .92 aus demselben Netz", bc015): that use's address in the
prefix of the address before (flagged). Near misses: an octet said out of use or wrong.

Class 3 — an internal address (RFC 1918, shared 100.64/10) said to be only in an internal
network or not reachable from the internet, beside a public address ("Náš testovací virtuál
(10.4.2.17) je jen ve vnitřní síti fakulty", bc008): never an allow-list value. Near misses:
internal addresses only, and a public address not reachable yet.

Class 4 — an address given for production, then written again in a sentence of testing from
it ("takže testovat budeme také z 192.0.2.30", bc008): the production machine used for tests,
no test address (LABELS.md). Near misses: another address, and a label naming both uses.
"""

from __future__ import annotations

import pytest

from intake.model import Component
from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file


def _read(*components: Component) -> tuple[list[str], list[str]]:
    x = extract(mail(*components))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


def _form(lines: str) -> Component:
    return text_file("zadost.txt", "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n" + lines + "\n" + SIG)


_NETWORK_CASES = [
    pytest.param(
        "Dobrý den,\n\nv příloze posílám žádost o XML výsledky. Naše síť je 198.51.100.0/24, "
        "konkrétní adresy najdete v příloze.\n\nDěkuji\nPetr Malý\n",
        "Produkční IP: 198.51.100.20\nTestovací IP: 198.51.100.21\n",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="n1-cz-our-network-addresses-attached",
    ),
    pytest.param(
        "Dobrý deň,\n\nsme v rozsahu 203.0.113.64/26; presné adresy sú v priloženom "
        "formulári.\n\nS pozdravom\nJana Hrubá\n",
        "Produkčná adresa: 203.0.113.70\nTestovacia adresa: 203.0.113.71\n",
        ["203.0.113.70"],
        ["203.0.113.71"],
        id="n2-sk-range-exact-ones-in-form",
    ),
    pytest.param(
        "Hello,\n\nour office network is 192.0.2.0/24 - the specific hosts are listed in the "
        "attached form.\n\nKind regards\nMark Hill\n",
        "Production server: 192.0.2.40\nTest server: 192.0.2.41\n",
        ["192.0.2.40"],
        ["192.0.2.41"],
        id="n3-en-office-network-hosts-attached",
    ),
    pytest.param(
        "Guten Tag,\n\nunser Netz ist 198.51.100.128/25, die einzelnen Adressen stehen im "
        "Anhang.\n\nMit freundlichen Grüßen\nKarl Berger\n",
        "Produktion: 198.51.100.130\nTest: 198.51.100.131\n",
        ["198.51.100.130"],
        ["198.51.100.131"],
        id="n4-de-netz-im-anhang",
    ),
    pytest.param(
        "Dobrý den,\n\nmáme přidělený blok 203.0.113.32/27. Povolte prosím produkční "
        "203.0.113.33 a testovací 203.0.113.34.\n" + SIG,
        None,
        ["203.0.113.33"],
        ["203.0.113.34"],
        id="n5-cz-one-text-block-then-singles",
    ),
    pytest.param(
        "Hi,\n\nwe sit in 198.51.100.16 netmask 255.255.255.240; the addresses to allow "
        "are in the attachment.\n\nThanks\nAnn Lee\n",
        "Live: 198.51.100.18\nTest: 198.51.100.19\n",
        ["198.51.100.18"],
        ["198.51.100.19"],
        id="n6-en-netmask-in-cover-note",
    ),
    pytest.param(
        "Dobrý den,\n\nprosíme o povolení celého bloku 198.51.100.8/29 pro produkci, "
        "testovací adresa je v příloze.\n\nDěkuji\nPetr Malý\n",
        "Testovací IP: 203.0.113.9\n",
        [f"198.51.100.{i}" for i in range(8, 16)],
        ["203.0.113.9"],
        id="n7-near-miss-block-asked-test-elsewhere",
    ),
    pytest.param(
        "Dobrý den,\n\nžádost je v příloze.\n\nDěkuji\nPetr Malý\n",
        "Produkce: 192.0.2.8/30\nTest: 192.0.2.9\n",
        ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
        ["192.0.2.9"],
        id="n8-near-miss-labelled-block-test-inside",
    ),
]


@pytest.mark.parametrize(("cover", "form", "production", "test"), _NETWORK_CASES)
def test_network_named_as_context(
    cover: str, form: str | None, production: list[str], test: list[str]
) -> None:
    parts = [body(cover)] + ([_form(form)] if form is not None else [])
    assert _read(*parts) == (production, test)


_HELLO = "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n\n"

_OCTET_CASES = [
    pytest.param(
        "Produkční server: 203.0.113.40\nPro testování použijeme .41 ze stejné sítě.\n",
        ["203.0.113.40"],
        ["203.0.113.41"],
        id="o1-cz-for-testing-we-use-octet",
    ),
    pytest.param(
        "Produkčná IP: 198.51.100.60\nNa testy pôjde .61.\n",
        ["198.51.100.60"],
        ["198.51.100.61"],
        id="o2-sk-tests-go-to-octet",
    ),
    pytest.param(
        "Production: 192.0.2.70\nFor testing we will use .71 in the same subnet.\n",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="o3-en-for-testing-octet-same-subnet",
    ),
    pytest.param(
        "Produktivsystem: 203.0.113.80\nDie Testumgebung läuft auf der .81.\n",
        ["203.0.113.80"],
        ["203.0.113.81"],
        id="o4-de-testumgebung-auf-der-octet",
    ),
    pytest.param(
        "Production: 198.51.100.90\nThe .91 is our test box.\n",
        ["198.51.100.90"],
        ["198.51.100.91"],
        id="o5-en-use-after-octet",
    ),
    pytest.param(
        "Ostrý provoz: 192.0.2.100\nTestovací stroj má koncovku .101.\n",
        ["192.0.2.100"],
        ["192.0.2.101"],
        id="o6-cz-test-machine-ends-in-octet",
    ),
    pytest.param(
        "Produkce: 203.0.113.40\nTest zatím nemáme, adresa .41 byla zrušena.\n",
        ["203.0.113.40"],
        [],
        id="o7-near-miss-octet-cancelled",
    ),
    pytest.param(
        "Produkce: 198.51.100.60\nTestovat budeme jinde, ne na .61.\n",
        ["198.51.100.60"],
        [],
        id="o8-near-miss-octet-denied",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _OCTET_CASES)
def test_octet_in_a_sentence(text: str, production: list[str], test: list[str]) -> None:
    assert _read(body(_HELLO + text + SIG)) == (production, test)


_INTERNAL_CASES = [
    pytest.param(
        "Veřejná IP: 203.0.113.5\nTestovací server (192.168.10.5) je dostupný jen z vnitřní "
        "sítě, testovat budeme z veřejné adresy.\n",
        ["203.0.113.5"],
        [],
        id="i1-cz-test-server-internal-only",
    ),
    pytest.param(
        "Produkčný server: 198.51.100.44\nTestovací stroj 10.20.0.7 nie je dostupný z "
        "internetu.\n",
        ["198.51.100.44"],
        [],
        id="i2-sk-not-reachable-from-internet",
    ),
    pytest.param(
        "Production host: 192.0.2.55\nOur staging VM (172.16.8.9) is only on the internal "
        "network, so no test address is needed.\n",
        ["192.0.2.55"],
        [],
        id="i3-en-staging-on-internal-network",
    ),
    pytest.param(
        "Produktion: 203.0.113.66\nDer Testserver 10.0.3.3 ist von außen nicht erreichbar.\n",
        ["203.0.113.66"],
        [],
        id="i4-de-von-aussen-nicht-erreichbar",
    ),
    pytest.param(
        "Live: 198.51.100.77\nTest: 100.64.1.2 (behind our provider, not reachable from the "
        "internet)\n",
        ["198.51.100.77"],
        [],
        id="i5-en-shared-space-labelled-test",
    ),
    pytest.param(
        "IP adresa pro produkci: 192.0.2.88\nTestujeme na notebooku s adresou 192.168.1.20 "
        "ve vnitřní síti redakce.\n",
        ["192.0.2.88"],
        [],
        id="i6-cz-laptop-in-internal-network",
    ),
    pytest.param(
        "Testovací IP: 10.1.2.3 (interní síť)\nProdukční IP: 10.1.2.4\n",
        ["10.1.2.4"],
        ["10.1.2.3"],
        id="i7-near-miss-internal-only",
    ),
    pytest.param(
        "Produkce: 198.51.100.10\nTest: 198.51.100.11 (zatím není dostupný z internetu, "
        "spustíme ho v lednu)\n",
        ["198.51.100.10"],
        ["198.51.100.11"],
        id="i8-near-miss-public-not-yet-reachable",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _INTERNAL_CASES)
def test_internal_address_unreachable(text: str, production: list[str], test: list[str]) -> None:
    assert _read(body(_HELLO + text + SIG)) == (production, test)


_TESTED_FROM_CASES = [
    pytest.param(
        "Produkční server: 203.0.113.120\nTestovat budeme rovněž z 203.0.113.120.\n",
        ["203.0.113.120"],
        [],
        id="t1-cz-test-also-from-production",
    ),
    pytest.param(
        "Produkčná IP adresa: 198.51.100.130\nTestovať budeme tiež zo 198.51.100.130, iný "
        "stroj nemáme.\n",
        ["198.51.100.130"],
        [],
        id="t2-sk-test-also-from-production",
    ),
    pytest.param(
        "Production: 192.0.2.140\nWe will run our tests from 192.0.2.140 as well.\n",
        ["192.0.2.140"],
        [],
        id="t3-en-tests-from-production-as-well",
    ),
    pytest.param(
        "Produktion: 203.0.113.150\nGetestet wird ebenfalls von 203.0.113.150 aus.\n",
        ["203.0.113.150"],
        [],
        id="t4-de-getestet-von-aus",
    ),
    pytest.param(
        "Veřejná adresa: 198.51.100.160\nZkoušet to budeme z 198.51.100.160.\n",
        ["198.51.100.160"],
        [],
        id="t5-cz-unlabelled-production-tried-from",
    ),
    pytest.param(
        "Production IP: 192.0.2.170. Testing will also be done from 192.0.2.170.\n",
        ["192.0.2.170"],
        [],
        id="t6-en-same-line",
    ),
    pytest.param(
        "Produkce: 203.0.113.120\nTestovat budeme z 203.0.113.121.\n",
        ["203.0.113.120"],
        ["203.0.113.121"],
        id="t7-near-miss-another-address",
    ),
    pytest.param(
        "Produkce: 198.51.100.160\nTestovací: 198.51.100.160\n",
        ["198.51.100.160"],
        ["198.51.100.160"],
        id="t8-near-miss-labelled-both",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _TESTED_FROM_CASES)
def test_testing_from_production(text: str, production: list[str], test: list[str]) -> None:
    assert _read(body(_HELLO + text + SIG)) == (production, test)
