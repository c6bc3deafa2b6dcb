"""Round 31 (issue 18): two classes of which addresses stand, with a drill written and
labelled by LABELS.md before extraction was run on it.

1. The production machine also used for testing, written tersely, in any case of the
   demonstrative or with any noun of the place ("testovat budem na ty samy adrese", "na tej
   samej mašine"): no test address, the one address is production (ya031). Near misses: a
   test address of its own after the words ("test na stejné síti B", "test: stejná jako
   minule, tj. B", "test = B"). A test use said to be the same as production ("Testovací IP:
   stejná", "test = prod") is this class too since round 38 (LABELS: no test address); on
   the address's own line one form is left (xfail, flagged).
2. A reply whose new text adds or changes one use of the quoted original ("k produkční
   adrese z mé původní žádosti přidáváme testovací adresu B", "zu der Produktionsadresse aus
   meinem ursprünglichen Antrag kommt die Testadresse B hinzu"): the use words right before
   the address are its own, the use named earlier is the one it is added to; the quoted
   original's other use stands (yc015). Near misses: both addresses in the new text, a
   joined pair of uses before one address.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail

_INLINE_SAME = pytest.mark.xfail(
    strict=True,
    reason="left: the test use said to be the production one after the address on its own "
    "line with no word of production ('adresa A, testovací - tatáž') is read as test only "
    "(flagged, not certain); LABELS gives production A, no test address",
)


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_SAME_MACHINE = [
    pytest.param(
        "ahoj, posílám za redakci žádost o xml. adresa 198.51.100.17, test na stejné, nic jiného nemáme.",
        ["198.51.100.17"],
        [],
        id="a1-cz-test-na-stejne",
    ),
    pytest.param(
        "Dobrý den, prosíme o přístup k XML výsledkům z IP 203.0.113.40. Testovací nemáme, zkoušíme na ostrém.",
        ["203.0.113.40"],
        [],
        id="a2-cz-zkousime-na-ostrem",
    ),
    pytest.param(
        "dobry den, ip serveru 192.0.2.141 - testovat budeme na tej samej masine, druhou nemame.",
        ["192.0.2.141"],
        [],
        id="a3-sk-tej-samej-masine",
    ),
    pytest.param(
        "Hi, please whitelist 198.51.100.90. Same box for test, we don't run a separate one.",
        ["198.51.100.90"],
        [],
        id="a4-en-same-box-for-test",
    ),
    pytest.param(
        "Dobrý deň, žiadame o prístup z adresy 203.0.113.77; testovať budeme z tej istej adresy.",
        ["203.0.113.77"],
        [],
        id="a5-sk-tej-istej-adresy",
    ),
    pytest.param(
        "Dobrý den, IP 192.0.2.205, test = prod.",
        ["192.0.2.205"],
        ["192.0.2.205"],
        marks=_INLINE_SAME,
        id="a6-cz-test-eq-prod",
    ),
    pytest.param(
        "dobrý den prosím o xml, ip 198.51.100.66 a testy pustíme na tom stejným stroji",
        ["198.51.100.66"],
        [],
        id="a7-cz-tom-stejnym-stroji",
    ),
    pytest.param(
        "Hello, IP for the feed: 203.0.113.150. We'll do our testing on that very machine too.",
        ["203.0.113.150"],
        [],
        id="a8-en-that-very-machine",
    ),
    pytest.param(
        "Dobrý den, produkční 192.0.2.50, pro test použijeme ten samý server.",
        ["192.0.2.50"],
        [],
        id="a9-cz-ten-samy-server",
    ),
    pytest.param(
        "Dobrý den, produkční IP 198.51.100.31\ntestovací IP: stejná",
        ["198.51.100.31"],
        [],  # r38: LABELS, testing from the production address gives no test address
        id="a10-cz-testovaci-ip-stejna",
    ),
    pytest.param(
        "Hello, production 203.0.113.61, test: same as production.",
        ["203.0.113.61"],
        [],  # r38: LABELS, no test address
        id="a11-en-same-as-production",
    ),
    pytest.param(
        "Dobrý den, adresa 192.0.2.77, testovací - tatáž.",
        ["192.0.2.77"],
        [],  # r38: LABELS, no test address
        marks=_INLINE_SAME,
        id="a12-cz-testovaci-tataz",
    ),
    pytest.param(
        "dobry den, za spolek zadame o xml. ip 192.0.2.88, testovat budem na ty samy adrese, jinou nemame.\n",
        ["192.0.2.88"],
        [],
        id="a13-cz-ty-samy-adrese",
    ),
    pytest.param(
        "Dobrý den, produkce 198.51.100.20, test na stejné síti 198.51.100.21.",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="a14-near-stejne-siti-own-address",
    ),
    pytest.param(
        "Hi, live 203.0.113.10; test from the same subnet: 203.0.113.11.\n",
        ["203.0.113.10"],
        ["203.0.113.11"],
        id="a15-near-same-subnet-own-address",
    ),
    pytest.param(
        "Dobrý den, produkce 198.51.100.20, test: stejná jako minule, tj. 198.51.100.21.",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="a16-near-stejna-jako-minule-tj",
    ),
    pytest.param(
        "Hi, prod = 203.0.113.5, test = 203.0.113.6.\n",
        ["203.0.113.5"],
        ["203.0.113.6"],
        id="a17-near-eq-own-addresses",
    ),
]

_ADDED_IN_REPLY = [
    pytest.param(
        "Dobrý den,\n\nk původní žádosti níže doplňujeme ještě testovací adresu 198.51.100.72.\n\nIva Nová\n\nDne 3. 9. 2025 v 10:00 Iva Nová napsala:\n> Dobrý den, žádáme o přístup k XML výsledkům.\n> Produkční IP: 198.51.100.71",
        ["198.51.100.71"],
        ["198.51.100.72"],
        id="c1-cz-doplnujeme-testovaci",
    ),
    pytest.param(
        "Hi,\n\nfurther to my request below, please add our staging box 203.0.113.92 as the test address.\n\nIva\n\nOn 3 Sep 2025, Iva Nová wrote:\n> Hello, we ask for access to the XML results.\n> Production IP: 203.0.113.91",
        ["203.0.113.91"],
        ["203.0.113.92"],
        id="c2-en-further-to-add-staging",
    ),
    pytest.param(
        "Dobrý deň,\n\nk produkčnej adrese z pôvodnej žiadosti pridávame testovaciu 192.0.2.112.\n\nS pozdravom\n\nDňa 3. 9. 2025 napísal(a) Iva Nová:\n> Žiadame o prístup k XML výsledkom.\n> Produkčná IP: 192.0.2.111",
        ["192.0.2.111"],
        ["192.0.2.112"],
        id="c3-sk-k-produkcnej-pridavame",
    ),
    pytest.param(
        "Dobrý den,\n\noprava k žádosti níže: produkční adresa se mění na 198.51.100.140, testovací zůstává.\n\nDne 3. 9. 2025 Iva Nová napsala:\n> Žádáme o přístup k XML.\n> Produkční IP: 198.51.100.130\n> Testovací IP: 198.51.100.131",
        ["198.51.100.140"],
        ["198.51.100.131"],
        id="c4-cz-produkcni-se-meni",
    ),
    pytest.param(
        "Hello,\n\nthe live IP in my original mail below stays; for testing we would now like 203.0.113.202 added.\n\nOn 3 Sep 2025 Iva Nová wrote:\n> Please allow access to the XML feed.\n> Live IP 203.0.113.201",
        ["203.0.113.201"],
        ["203.0.113.202"],
        id="c5-en-live-stays-testing-added",
    ),
    pytest.param(
        "k té ostré z původního mailu přidejte prosím i testovací 192.0.2.222, díky\n\nDne 3. 9. 2025 Iva Nová napsala:\n> prosím o xml, ostrá IP 192.0.2.221",
        ["192.0.2.221"],
        ["192.0.2.222"],
        id="c6-cz-k-te-ostre-terse",
    ),
    pytest.param(
        "Dobrý den,\n\ntestovací adresa z původní žádosti (níže) už neplatí, nová testovací je 198.51.100.232.\n\nDne 3. 9. 2025 Iva Nová napsala:\n> Žádáme o přístup k XML.\n> Produkční IP: 198.51.100.230\n> Testovací IP: 198.51.100.231",
        ["198.51.100.230"],
        ["198.51.100.232"],
        id="c7-cz-testovaci-neplati-nova",
    ),
    pytest.param(
        "Guten Tag,\n\nzu der Produktionsadresse aus meinem ursprünglichen Antrag unten kommt noch die Testadresse 203.0.113.12 hinzu.\n\nAm 3.9.2025 schrieb Iva Nová:\n> Produktion IP: 203.0.113.11",
        ["203.0.113.11"],
        ["203.0.113.12"],
        id="c8-de-zu-der-produktionsadresse",
    ),
    pytest.param(
        "Guten Tag,\n\nbitte ergänzen Sie die Testadresse 203.0.113.12.\n\nAm 3.9.2025 schrieb Iva Nová:\n> Produktions-IP: 203.0.113.11",
        ["203.0.113.11"],
        ["203.0.113.12"],
        id="c9-de-ergaenzen-testadresse",
    ),
    pytest.param(
        "Dobrý den,\n\nk testovací adrese z původní žádosti přidáváme ještě produkční server 192.0.2.32.\n\nDne 3. 9. 2025 Iva Nová napsala:\n> Žádáme o přístup k XML.\n> Testovací IP: 192.0.2.31",
        ["192.0.2.32"],
        ["192.0.2.31"],
        id="c10-cz-k-testovaci-pridavame-produkcni",
    ),
    pytest.param(
        "Dobrý den, posílám znovu celé: ostrá 192.0.2.151, test 192.0.2.152.\n\nDne 3. 9. 2025 Iva Nová napsala:\n> ostrá 192.0.2.151, test 192.0.2.152",
        ["192.0.2.151"],
        ["192.0.2.152"],
        id="c11-near-resent-whole",
    ),
    pytest.param(
        "Dobrý den, k produkční adrese 203.0.113.7 přidáváme testovací 203.0.113.8.",
        ["203.0.113.7"],
        ["203.0.113.8"],
        id="c12-near-both-in-new-text",
    ),
    pytest.param(
        "Dobrý den, prosíme o povolení produkční a také testovací adresy 198.51.100.9 pro náš server.\n",
        ["198.51.100.9"],
        ["198.51.100.9"],
        id="c13-near-joined-pair-of-uses",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _SAME_MACHINE + _ADDED_IN_REPLY)
def test_addresses(text: str, production: list[str], test: list[str]) -> None:
    assert _read(text) == (production, test)
