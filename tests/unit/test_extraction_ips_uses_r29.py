"""Round 29 (issue 18): two classes of which use an address serves, with a drill written and
labelled by LABELS.md before extraction was run on it.

1. Testing said to run from the same place as the one address ("testovat budu na tom samém",
   "I will test also from same server", "auf demselben Rechner", "dallo stesso server"): no
   test address, the address is production (wa006, wa025). Near misses: the same network,
   day or hosting - not the same machine - with a test address of its own.
2. A note after an address, in parentheses or a clause of its own ("A (po volbách ho
   zrušíme), ostré vysílání půjde z B"): its removal words are about A, not the next address B
   (wc027). Near misses: the removal words stand in B's own clause.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_SAME_PLACE = [
    pytest.param(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom. Sťahovať budeme z 203.0.113.61; "
        "testovať budeme na tom istom serveri.\n",
        ["203.0.113.61"],
        [],
        id="s1-sk",
    ),
    pytest.param(
        "Hello,\n\nwe'd like XML access for our server at 198.51.100.62. Testing will happen "
        "on the same one, we have nothing else.\n",
        ["198.51.100.62"],
        [],
        id="s2-en-one",
    ),
    pytest.param(
        "Guten Tag,\n\nwir bitten um Zugang zum XML-Dienst für unseren Server 192.0.2.63. "
        "Getestet wird auf demselben Rechner.\n",
        ["192.0.2.63"],
        [],
        id="s3-de",
    ),
    pytest.param(
        "Buongiorno,\n\nvorrei accedere ai risultati XML dal server 203.0.113.64; i test li "
        "farò dallo stesso server.\n",
        ["203.0.113.64"],
        [],
        id="s4-it",
    ),
    pytest.param(
        "Dobrý den,\n\nprosím o přístup k XML. Výsledky budeme stahovat na 198.51.100.65.\n"
        "Na stejném stroji budeme i testovat.\n",
        ["198.51.100.65"],
        [],
        id="s5-cz-reversed",
    ),
    pytest.param(
        "Dobry den,\nchtel bych XML vystup, IP je 192.0.2.66, testovat budeme ze stejne.\n",
        ["192.0.2.66"],
        [],
        id="s6-cz-ascii-elliptic",
    ),
    pytest.param(
        "Hi,\n\nplease allow the XML feed from 203.0.113.67 (tests from that same box too).\n",
        ["203.0.113.67"],
        [],
        id="s7-en-that-same",
    ),
    pytest.param(
        "Dzień dobry,\n\nprosimy o dostęp do XML z adresu 198.51.100.68, testy będą z tego "
        "samego serwera.\n",
        ["198.51.100.68"],
        [],
        id="s8-pl",
    ),
    # near misses: the same network, day or hosting - a test address of its own
    pytest.param(
        "Dobrý den,\n\nprodukce 192.0.2.70, testovat budeme ze stejné sítě z adresy 192.0.2.71.\n",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="n1-same-network",
    ),
    pytest.param(
        "Hello,\n\nproduction 198.51.100.72. We test on the same day from 198.51.100.73.\n",
        ["198.51.100.72"],
        ["198.51.100.73"],
        id="n2-same-day",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční server 203.0.113.74; testovací server na stejném hostingu má "
        "adresu 203.0.113.75.\n",
        ["203.0.113.74"],
        ["203.0.113.75"],
        id="n3-same-hosting",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SAME_PLACE)
def test_testing_from_the_same_place_gives_no_test_address(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_NOTE_AFTER = [
    pytest.param(
        "Dobrý den,\n\ntestovací stroj 192.0.2.80 (po volbách ho vypneme), produkce poběží "
        "z 192.0.2.81.\n",
        ["192.0.2.81"],
        ["192.0.2.80"],
        id="a1-cz-paren",
    ),
    pytest.param(
        "Hello,\n\ntest box 198.51.100.82 (we will shut it down after the election), live "
        "traffic from 198.51.100.83.\n",
        ["198.51.100.83"],
        ["198.51.100.82"],
        id="a2-en-paren",
    ),
    pytest.param(
        "Dobrý deň,\n\ntestovací server 203.0.113.84, ktorý po voľbách zrušíme, produkcia "
        "pôjde z 203.0.113.85.\n",
        ["203.0.113.85"],
        ["203.0.113.84"],
        id="a3-sk-relative",
    ),
    pytest.param(
        "Guten Tag,\n\nTestserver 192.0.2.86 (wird nach der Wahl abgeschaltet), Produktion "
        "über 192.0.2.87.\n",
        ["192.0.2.87"],
        ["192.0.2.86"],
        id="a4-de-paren",
    ),
    pytest.param(
        "Dobrý den,\n\ndočasný testovací server 198.51.100.88 – ten po volbách zrušíme – a "
        "ostrý provoz z 198.51.100.89.\n",
        ["198.51.100.89"],
        ["198.51.100.88"],
        id="a5-cz-dashes",
    ),
    pytest.param(
        "Dzień dobry,\n\nserwer testowy 203.0.113.90 (usuniemy go po wyborach), produkcja "
        "z 203.0.113.91.\n",
        ["203.0.113.91"],
        ["203.0.113.90"],
        id="a6-pl-paren",
    ),
    # near misses: the removal words stand in the next address's own clause
    pytest.param(
        "Dobrý den,\n\ntest 198.51.100.94 (dočasný), zrušte prosím 198.51.100.95, ten už "
        "nepoužíváme.\n",
        [],
        ["198.51.100.94"],
        id="m1-removal-own-clause",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 203.0.113.96, kterou prosím ponechte, a zrušte 203.0.113.97.\n",
        ["203.0.113.96"],
        [],
        id="m2-relative-then-removal",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _NOTE_AFTER)
def test_a_note_after_an_address_does_not_withdraw_the_next(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


# a second batch, labelled before it was run: other verbs ("zkoušet"), testing "on production",
# a demonstrative instead of "same", French; notes with other verbs and layouts
_SECOND_BATCH = [
    pytest.param(
        "Dobrý den,\n\nstahovat budeme z 203.0.113.141, zkoušet to budeme ze stejného počítače.\n",
        ["203.0.113.141"],
        [],
        id="b1-cz-zkouset",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčná IP 198.51.100.142 – testy pôjdu z toho istého stroja.\n",
        ["198.51.100.142"],
        [],
        id="b2-sk",
    ),
    pytest.param(
        "Hi,\n\nServer: 192.0.2.143 (testing on this same server as well)\n",
        ["192.0.2.143"],
        [],
        id="b3-en-this-same",
    ),
    pytest.param(
        "Dobrý den,\n\nadresa 203.0.113.144. Na testování nemáme jiný stroj, testovat budeme "
        "na produkčním.\n",
        ["203.0.113.144"],
        [],
        id="b4-cz-on-production",
    ),
    pytest.param(
        "Hello,\n\nwe apply for the XML feed; we'll test from production, i.e. 198.51.100.145.\n",
        ["198.51.100.145"],
        [],
        id="b5-en-from-production",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktivserver 192.0.2.146; Tests laufen ebenfalls auf diesem Server.\n",
        ["192.0.2.146"],
        [],
        id="b6-de-this-server",
    ),
    pytest.param(
        "Bonjour,\n\nserveur 203.0.113.147, nous testerons depuis le même serveur.\n",
        ["203.0.113.147"],
        [],
        id="b7-fr",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 192.0.2.150. Testovat budeme z jiného stroje: 192.0.2.151.\n",
        ["192.0.2.150"],
        ["192.0.2.151"],
        id="b8-near-other-machine",
    ),
    pytest.param(
        "Hello,\n\nproduction 198.51.100.152; test server 198.51.100.153 sits on the same "
        "network.\n",
        ["198.51.100.152"],
        ["198.51.100.153"],
        id="b9-near-same-network",
    ),
    pytest.param(
        "Hello,\n\nstaging 192.0.2.160, which we'll remove after the count, and production "
        "192.0.2.161.\n",
        ["192.0.2.161"],
        ["192.0.2.160"],
        id="c1-en-which",
    ),
    pytest.param(
        "Dobrý den,\n\nzkušební server 203.0.113.164 (zrušíme ho hned po volbách) a ostrý "
        "203.0.113.165\n",
        ["203.0.113.165"],
        ["203.0.113.164"],
        id="c2-cz-paren-and",
    ),
    pytest.param(
        "Dobrý deň,\n\ntestovací 192.0.2.166 (po voľbách ho zrušíme) a produkčný 192.0.2.167\n",
        ["192.0.2.167"],
        ["192.0.2.166"],
        id="c3-sk-paren-and",
    ),
    pytest.param(
        "Dobrý den,\n\ntest 198.51.100.170 (dočasný) a zrušte prosím adresu 198.51.100.171.\n",
        [],
        ["198.51.100.170"],
        id="c4-near-removal-own",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 203.0.113.172 (platí dál), starou 203.0.113.173 zrušte.\n",
        ["203.0.113.172"],
        [],
        id="c5-near-old-after",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SECOND_BATCH)
def test_second_batch(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
