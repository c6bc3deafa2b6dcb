"""Round 29 (issue 18): three classes of the address fields, with a drill written and labelled
by LABELS.md before extraction was run on it.

1. A netmask under the label of a language or compound the rules did not read ("med
   nätmask 255.255.255.252", "nettmaske", "verkkomaski"): the address is its block (wc007).
   Near misses: a mask given for no address, an address with no mask.
2. A network described beside a narrower range it holds ("z adres .17 až .19 (naše síť .16,
   maska …248, brána .22)"): the range is the request, the network its context (wc021).
   Near misses: a range of another use inside a block, a block with no range inside.
3. An old address no longer used, in a Nordic sentence with the verb between the negation and
   "no longer" ("Den gamle A skal ikke brukes lenger, ny … B"): A is withdrawn (wc015).
   Near misses: the negation about something else, an address still in use.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


def _block(prefix: str, first: int, n: int) -> list[str]:
    return [f"{prefix}.{i}" for i in range(first, first + n)]


_MASKS = [
    pytest.param(
        "Hej,\n\nNordisk Valbevakning AB vill ansöka om åtkomst till valresultat i XML.\n\n"
        "Våra produktionsservrar finns i nätet 203.0.113.8 med nätmask 255.255.255.252. "
        "Någon testserver har vi inte.\n",
        _block("203.0.113", 8, 4),
        [],
        id="wc007",
    ),
    pytest.param(
        "Hei,\n\nvi ønsker tilgang til XML-filene.\n\nProduksjon: 198.51.100.24 med "
        "nettmaske 255.255.255.248\nTest: 198.51.100.40\n",
        _block("198.51.100", 24, 8),
        ["198.51.100.40"],
        id="d1-no-nettmaske",
    ),
    pytest.param(
        "Hej,\n\nvores driftsservere henter fra 192.0.2.44, netmaske 255.255.255.252. "
        "Testserveren er 192.0.2.60.\n",
        _block("192.0.2", 44, 4),
        ["192.0.2.60"],
        id="d2-da-netmaske",
    ),
    pytest.param(
        "Hyvä vastaanottaja,\n\ntuotantopalvelimemme: 203.0.113.100, verkkomaski "
        "255.255.255.254. Testipalvelin: 203.0.113.110.\n",
        ["203.0.113.100", "203.0.113.101"],
        ["203.0.113.110"],
        id="d3-fi-verkkomaski",
    ),
    pytest.param(
        "Hej!\n\nProduktion:\n  adress 198.51.100.200\n  subnätmask 255.255.255.252\n"
        "Test:\n  adress 198.51.100.210\n",
        _block("198.51.100", 200, 4),
        ["198.51.100.210"],
        id="d4-sv-subnatmask-lines",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčný server: 192.0.2.120 so sieťovou maskou 255.255.255.252, "
        "testovací 192.0.2.130.\n",
        _block("192.0.2", 120, 4),
        ["192.0.2.130"],
        id="d5-sk-sietova-maska",
    ),
    pytest.param(
        "Hello,\n\nour production egress is 203.0.113.72 with the netmask "
        "255.255.255.248 and the test box sits at 203.0.113.90.\n",
        _block("203.0.113", 72, 8),
        ["203.0.113.90"],
        id="d6-en-with-the-netmask",
    ),
    # near misses: a mask given for no address; an address and a mask of another network
    pytest.param(
        "Hej,\n\nvi hämtar från 203.0.113.5 (produktion). Vår interna nätmask är "
        "255.255.255.0, men det spelar ingen roll för er.\n",
        ["203.0.113.5"],
        [],
        id="n1-sv-mask-alone",
    ),
    pytest.param(
        "Hei,\n\nproduksjonsserver: 198.51.100.77. Testmiljø har vi ikke.\n",
        ["198.51.100.77"],
        [],
        id="n2-no-no-mask",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _MASKS)
def test_a_netmask_in_any_language_makes_a_block(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_NETWORKS = [
    pytest.param(
        "Dobrý den,\n\nInstitut regionálních studií, z. ú. (IČO 05721946) by rád získal "
        "přístup k XML výstupům.\n\nStahovat budeme z adres 203.0.113.17 až 203.0.113.19 "
        "(naše síť 203.0.113.16, maska 255.255.255.248, brána 203.0.113.22 – tu prosím "
        "nepovolujte, jde jen o výchozí bránu). Testovací prostředí nemáme.\n",
        ["203.0.113.17", "203.0.113.18", "203.0.113.19"],
        [],
        id="wc021",
    ),
    pytest.param(
        "Hello,\n\nwe will fetch the results from 198.51.100.33-198.51.100.35. For your "
        "information, our network is 198.51.100.32/28 and the default gateway is "
        "198.51.100.46.\n",
        ["198.51.100.33", "198.51.100.34", "198.51.100.35"],
        [],
        id="d1-en-network-after",
    ),
    pytest.param(
        "Dobrý deň,\n\nnaša sieť je 192.0.2.64/27 (brána 192.0.2.65). Prosíme o povolenie "
        "adries 192.0.2.70 – 192.0.2.72 pre ostrú prevádzku.\n",
        ["192.0.2.70", "192.0.2.71", "192.0.2.72"],
        [],
        id="d2-sk-network-before",
    ),
    pytest.param(
        "Guten Tag,\n\nunsere Server 203.0.113.130 bis 203.0.113.133 sollen die Daten abholen "
        "(Netz 203.0.113.128, Maske 255.255.255.240, Gateway 203.0.113.129).\n",
        _block("203.0.113", 130, 4),
        [],
        id="d3-de-netz-maske",
    ),
    pytest.param(
        "Dobrý den,\n\nnáš segment 198.51.100.96/28 (výchozí brána .97). Ostrý provoz "
        "poběží z 198.51.100.100–198.51.100.101, testovat budeme z 198.51.100.150.\n",
        ["198.51.100.100", "198.51.100.101"],
        ["198.51.100.150"],
        id="d4-cs-segment",
    ),
    pytest.param(
        "Hi,\n\nplease whitelist 192.0.2.201 through 192.0.2.203. They live in our "
        "192.0.2.200/29 subnet.\n",
        ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
        [],
        id="d5-en-subnet-after",
    ),
    pytest.param(
        "Dobrý den,\n\nadresy serverů pro produkci: 203.0.113.49 až 203.0.113.50; "
        "jsou v síti 203.0.113.48/29.\n",
        ["203.0.113.49", "203.0.113.50"],
        [],
        id="d6-cs-v-siti",
    ),
    # near misses: a range of the other use inside a block; a block with no range in it
    pytest.param(
        "Dobrý den,\n\nprodukce: 198.51.100.0/29, test: 198.51.100.6–198.51.100.7.\n",
        _block("198.51.100", 0, 8),
        ["198.51.100.6", "198.51.100.7"],
        id="n1-cs-test-range-inside",
    ),
    pytest.param(
        "Hello,\n\nplease allow our network 203.0.113.16/30 (gateway 203.0.113.1 is elsewhere).\n",
        _block("203.0.113", 16, 4),
        [],
        id="n2-en-block-alone",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _NETWORKS)
def test_a_network_around_a_named_range_is_context(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_NO_LONGER = [
    pytest.param(
        "Hei,\n\nVestlandsposten AS ønsker tilgang til serveren med valgresultater.\n\n"
        "Produksjon: 192.0.2.33\nTest: 192.0.2.36\n\nRettelse: vi bytter produksjonsserver "
        "denne uken. Den gamle 192.0.2.33 skal ikke brukes lenger, ny produksjonsadresse er "
        "192.0.2.35.\n",
        ["192.0.2.35"],
        ["192.0.2.36"],
        id="wc015",
    ),
    pytest.param(
        "Hej,\n\nProduktion: 203.0.113.80\nTest: 203.0.113.81\n\nObs! 203.0.113.80 ska inte "
        "användas längre, vi har flyttat till 203.0.113.84.\n",
        ["203.0.113.84"],
        ["203.0.113.81"],
        id="d1-sv-ska-inte-anvandas",
    ),
    pytest.param(
        "Hej,\n\nproduktion 198.51.100.12, test 198.51.100.13.\nTestserveren 198.51.100.13 "
        "må ikke bruges længere; den nye test er 198.51.100.14.\n",
        ["198.51.100.12"],
        ["198.51.100.14"],
        id="d2-da-ma-ikke-bruges",
    ),
    pytest.param(
        "Goedendag,\n\nproductie: 192.0.2.90, test: 192.0.2.91.\nCorrectie: 192.0.2.90 wordt "
        "niet langer gebruikt, het nieuwe productieadres is 192.0.2.92.\n",
        ["192.0.2.92"],
        ["192.0.2.91"],
        id="d3-nl-niet-langer",
    ),
    pytest.param(
        "Buongiorno,\n\nproduzione: 203.0.113.150, test: 203.0.113.151.\nCorrezione: il "
        "vecchio 203.0.113.150 non verrà più usato, il nuovo indirizzo di produzione è "
        "203.0.113.152.\n",
        ["203.0.113.152"],
        ["203.0.113.151"],
        id="d4-it-non-verra-piu",
    ),
    pytest.param(
        "Hei,\n\nProduksjon: 198.51.100.60 og 198.51.100.61\n\nMerk: 198.51.100.61 er ikke i "
        "bruk lenger, bare den første skal registreres.\n",
        ["198.51.100.60"],
        [],
        id="d5-no-ikke-i-bruk",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 192.0.2.170, test 192.0.2.171.\nOprava: adresa 192.0.2.170 "
        "se od příštího týdne už vůbec používat nebude, nová produkční je 192.0.2.172.\n",
        ["192.0.2.172"],
        ["192.0.2.171"],
        id="d6-cs-uz-vubec-nebude",
    ),
    # near misses: "no longer" of something else than the address; an address kept on
    pytest.param(
        "Hej,\n\nProduktion: 203.0.113.180. Vi har inte någon testmiljö längre, så test "
        "behövs inte.\n",
        ["203.0.113.180"],
        [],
        id="n1-sv-no-test-env",
    ),
    pytest.param(
        "Hei,\n\nproduksjon: 198.51.100.190 – den har vi brukt i mange år og skal bruke "
        "den videre.\nTest: 198.51.100.191\n",
        ["198.51.100.190"],
        ["198.51.100.191"],
        id="n2-no-still-used",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _NO_LONGER)
def test_an_address_no_longer_used_is_withdrawn(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_SECOND_BATCH = [
    pytest.param(
        "Hej,\n\nVi ansöker om tillgång.\n\nIP-adress (produktion): 192.0.2.208\nNätmask: "
        "255.255.255.248\n\nTestmiljö saknas.\n",
        _block("192.0.2", 208, 8),
        [],
        id="e1-sv-mask-line-below",
    ),
    pytest.param(
        "Hei!\n\nVi henter dataene fra 198.51.100.52/255.255.255.252 (produksjon) og tester "
        "fra 198.51.100.58.\n",
        _block("198.51.100", 52, 4),
        ["198.51.100.58"],
        id="e2-no-mask-after-slash",
    ),
    pytest.param(
        "Dzień dobry,\n\nserwery produkcyjne: 203.0.113.240, maska podsieci 255.255.255.252. "
        "Serwer testowy: 203.0.113.250.\n",
        _block("203.0.113", 240, 4),
        ["203.0.113.250"],
        id="e3-pl-maska-podsieci",
    ),
    pytest.param(
        "Hello,\n\nwe will pull the feed from 192.0.2.11 to 192.0.2.13 (production); test "
        "from 192.0.2.20. Network details for your records: 192.0.2.0/27, gateway "
        "192.0.2.30, DNS 192.0.2.29.\n",
        ["192.0.2.11", "192.0.2.12", "192.0.2.13"],
        ["192.0.2.20"],
        id="e4-en-network-details",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční adresy 198.51.100.145–198.51.100.146; síť, ve které jsou, "
        "je 198.51.100.144 s maskou 255.255.255.240.\n",
        ["198.51.100.145", "198.51.100.146"],
        [],
        id="e5-cs-sit-ve-ktere",
    ),
    pytest.param(
        "Hej,\n\nProduktion: 203.0.113.30\nTest: 203.0.113.31\n\nÄndring: den gamla "
        "produktionsadressen 203.0.113.30 används inte längre, den nya är 203.0.113.33.\n",
        ["203.0.113.33"],
        ["203.0.113.31"],
        id="e6-sv-anvands-inte-langre",
    ),
    pytest.param(
        "Hei,\n\nproduksjon: 192.0.2.150, test: 192.0.2.151.\nOppdatering: testmaskinen "
        "192.0.2.151 er tatt ut av drift, ny testadresse er 192.0.2.155.\n",
        ["192.0.2.150"],
        ["192.0.2.155"],
        id="e7-no-ut-av-drift",
    ),
    pytest.param(
        "Hyvä vastaanottaja,\n\ntuotanto: 198.51.100.220, testi: 198.51.100.221.\nKorjaus: "
        "vanhaa osoitetta 198.51.100.220 ei enää käytetä, uusi tuotanto-osoite on "
        "198.51.100.224.\n",
        ["198.51.100.224"],
        ["198.51.100.221"],
        id="e8-fi-ei-enaa",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SECOND_BATCH)
def test_the_second_batch(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_THIRD_BATCH = [
    pytest.param(
        "Guten Tag,\n\nunsere Produktionsserver: 203.0.113.56 mit der Subnetzmaske\n"
        "255.255.255.252\nTestserver: 203.0.113.62\n",
        _block("203.0.113", 56, 4),
        ["203.0.113.62"],
        id="f1-de-subnetzmaske-next-line",
    ),
    pytest.param(
        "Hi,\n\nProduction: 198.51.100.81-83\nTest: none\n\nFYI the office LAN is "
        "198.51.100.80/28, gateway 198.51.100.94 (do not add it).\n",
        ["198.51.100.81", "198.51.100.82", "198.51.100.83"],
        [],
        id="f2-en-range-then-lan-gw",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukcia: 192.0.2.230, test: 192.0.2.231.\nOprava: starý server "
        "192.0.2.230 sa už nebude používať, nový produkčný je 192.0.2.233.\n",
        ["192.0.2.233"],
        ["192.0.2.231"],
        id="f3-sk-stary-sa-uz-nepouziva",
    ),
    pytest.param(
        "Hej,\n\nProduktion: 203.0.113.196 / netmaske 255.255.255.252\nTest: 203.0.113.201\n",
        _block("203.0.113", 196, 4),
        ["203.0.113.201"],
        id="f4-da-netmaske-slash",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _THIRD_BATCH)
def test_the_third_batch(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
