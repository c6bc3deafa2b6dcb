"""Round 27: a drill of things that look like addresses (labelled by LABELS.md before
extraction was run): a dotted number after a version's mark ("v.", "v", "rel.", "wer.", "verze
č.", "version no.") beside a program's name, a serial number's label (of a device named after
it), a section, a telephone's label. Near misses: a role word or a host's name before a real
address, the Czech preposition "v" before a block."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_VERSIONS = [
    pytest.param(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům. Produkční server: 192.0.2.60, testovací server: 192.0.2.61.\nStahování obstarává náš program VolbyGet (verze č. 10.4.2.1).\n",
        ["192.0.2.60"],
        ["192.0.2.61"],
        id="v1",
    ),
    pytest.param(
        "Dobrý deň,\n\nna produkčnom serveri 198.51.100.20 beží náš klient Zber v. 11.0.3.2, testovacie prostredie má IP 198.51.100.21.\n",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="v2",
    ),
    pytest.param(
        "Hello,\n\nClient software: ElectionPull, rel. 12.1.0.4\nProduction IP: 203.0.113.10\nTest IP: 203.0.113.11\n",
        ["203.0.113.10"],
        ["203.0.113.11"],
        id="v3",
    ),
    pytest.param(
        "Guten Tag,\n\nunsere Software WahlLeser in der Version 10.3.0.2 ruft die Daten von 192.0.2.90 (Produktion) ab; Testsystem: 192.0.2.91.\n",
        ["192.0.2.90"],
        ["192.0.2.91"],
        id="v4",
    ),
    pytest.param(
        "Hi,\n\nwe poll with feedpull3 v 10.0.0.12 from 203.0.113.44 (prod) and 203.0.113.45 (test).\n",
        ["203.0.113.44"],
        ["203.0.113.45"],
        id="v5",
    ),
    pytest.param(
        "Dzień dobry,\n\nAdres produkcyjny: 192.0.2.120\nAdres testowy: 192.0.2.121\nOprogramowanie: Wybory-Import wer. 10.1.1.1\n",
        ["192.0.2.120"],
        ["192.0.2.121"],
        id="v6",
    ),
    pytest.param(
        "Hello,\n\nour collector (Ballot Harvester version no. 10.20.30.40) will connect from 198.51.100.70; testing from 198.51.100.71.\n",
        ["198.51.100.70"],
        ["198.51.100.71"],
        id="v7",
    ),
    pytest.param(
        "Bonjour,\n\nAdresse de production : 192.0.2.70\nAdresse de test : 192.0.2.71\nNotre client Scrutin, version n° 10.2.0.5, interroge le flux.\n",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="v8",
    ),
    pytest.param(
        "Dobrý den,\n\nTest 10.2.1.7, produkce 192.0.2.40.\n",
        ["192.0.2.40"],
        ["10.2.1.7"],
        id="nv1",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční servery jsou v 192.0.2.8/30, testovací stroj má 192.0.2.20.\n",
        ["192.0.2.8", "192.0.2.9", "192.0.2.10", "192.0.2.11"],
        ["192.0.2.20"],
        id="nv2",
    ),
    pytest.param(
        "Dobrý den,\n\nProdukce: FEED01 192.0.2.33, Test: FEED02 192.0.2.34.\n",
        ["192.0.2.33"],
        ["192.0.2.34"],
        id="nv3",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _VERSIONS)
def test_a_version_mark_names_no_address(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_SERIALS = [
    pytest.param(
        "Hello,\n\nProduction IP 203.0.113.80; test IP 203.0.113.81. The appliance (S/N 10.44.12.9) is registered with you already.\n",
        ["203.0.113.80"],
        ["203.0.113.81"],
        id="s1",
    ),
    pytest.param(
        "Dobrý den,\n\nAdresa pro ostrý provoz: 192.0.2.150\nTestovací adresa: 192.0.2.151\nVýrobní číslo routeru: 10.200.3.4\n",
        ["192.0.2.150"],
        ["192.0.2.151"],
        id="s2",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktiv: 192.0.2.160, Test: 192.0.2.161. Seriennummer des Geräts: 10.1.22.3.\n",
        ["192.0.2.160"],
        ["192.0.2.161"],
        id="s3",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčná IP 198.51.100.50, testovacia IP 198.51.100.51; sériové číslo zariadenia je 10.1.1.9.\n",
        ["198.51.100.50"],
        ["198.51.100.51"],
        id="s4",
    ),
    pytest.param(
        "Dzień dobry,\n\nAdres produkcyjny: 192.0.2.170\nAdres testowy: 192.0.2.171\nNumer seryjny: 12.34.56.78\n",
        ["192.0.2.170"],
        ["192.0.2.171"],
        id="s5",
    ),
    pytest.param(
        "Hello,\n\nprod 203.0.113.90, test 203.0.113.91 (firewall serial: 100.64.2.1).\n",
        ["203.0.113.90"],
        ["203.0.113.91"],
        id="s6",
    ),
    pytest.param(
        "Dobrý den,\n\nProdukce: server SN1 192.0.2.5, test: SN2 192.0.2.6.\n",
        ["192.0.2.5"],
        ["192.0.2.6"],
        id="ns1",
    ),
    pytest.param(
        "Dobrý den,\n\nčíslo smlouvy 2024/15, produkční IP: 198.51.100.30, testovací IP: 198.51.100.31.\n",
        ["198.51.100.30"],
        ["198.51.100.31"],
        id="ns2",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SERIALS)
def test_a_serial_number_is_no_address(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_OTHERS = [
    pytest.param(
        "Dobrý den,\n\nprodukce 192.0.2.40 a 192.0.2.41, test 192.0.2.42. Smlouva platí od 1.2.2026., viz čl. 4.1.2.3 a odst. 2.1.\n",
        ["192.0.2.40", "192.0.2.41"],
        ["192.0.2.42"],
        id="o1",
    ),
    pytest.param(
        "Hello,\n\nprod 198.51.100.7, test 198.51.100.8. Monitoring polls OID 1.3.6.1.2.1.1.3.0 on both.\n",
        ["198.51.100.7"],
        ["198.51.100.8"],
        id="o2",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktion: 192.0.2.44\nTest: 192.0.2.45\nStand: 01.02.2026, Anlage gemäß Ziff. 3.1.2.4 AGB\n",
        ["192.0.2.44"],
        ["192.0.2.45"],
        id="o3",
    ),
    pytest.param(
        "Hello,\n\nproduction 203.0.113.60, test 203.0.113.61. Our internal dashboard http://10.1.1.5:8080/status is not relevant.\n",
        ["203.0.113.60"],
        ["203.0.113.61"],
        id="o4",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční IP 192.0.2.99, testovací IP 192.0.2.98. Tel.: 221.12.34.56\n",
        ["192.0.2.99"],
        ["192.0.2.98"],
        id="o5",
    ),
    pytest.param(
        "Bonjour,\n\nproduction 192.0.2.140, test 192.0.2.141. Téléphone : 01.40.41.42.43\n",
        ["192.0.2.140"],
        ["192.0.2.141"],
        id="o6",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _OTHERS)
def test_dates_sections_oids_urls_phones(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


def test_uc005_shape_version_after_a_name_in_brackets() -> None:
    text = (
        "Madame, Monsieur,\n\nAdresses de production : de 192.0.2.30 à 192.0.2.32\n"
        "Adresse de test : 192.0.2.40\n\nPour information, notre logiciel de traitement "
        "(ParseVote v. 10.2.1.7) interroge\nle serveur toutes les 60 secondes.\n"
    )
    assert _read(text)[1] == ["192.0.2.40"]


_PRODUCTS = [
    pytest.param(
        "Bonjour,\n\nnotre logiciel parsevote 10.2.1.7 interroge le serveur depuis 192.0.2.80 (production) ; test depuis 192.0.2.81.\n",
        ["192.0.2.80"],
        ["192.0.2.81"],
        id="w1",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční IP: 198.51.100.120\ntestovací IP: 198.51.100.121\n\nOdesláno z aplikace Volby Mobil V 10.2.3.1\n",
        ["198.51.100.120"],
        ["198.51.100.121"],
        id="w2",
    ),
    pytest.param(
        "Hello,\n\nSoftware | Version\nElectionFetch | 10.6.0.3\n\nProduction address: 203.0.113.130\nTest address: 203.0.113.131\n",
        ["203.0.113.130"],
        ["203.0.113.131"],
        id="w3",
    ),
    pytest.param(
        "Dobrý den,\n\nžádáme o přístup. Používáme verzi 10.2.1.7 aplikace ParseVote; produkce 192.0.2.85, test 192.0.2.86.\n",
        ["192.0.2.85"],
        ["192.0.2.86"],
        id="w4",
    ),
    pytest.param(
        "Hola,\n\nIP de producción: 192.0.2.95\nIP de prueba: 192.0.2.96\nNuestro cliente EleccionesXML (v. 11.2.0.1) consulta cada minuto.\n",
        ["192.0.2.95"],
        ["192.0.2.96"],
        id="w5",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce: 192.0.2.105; test: 192.0.2.106 (na něm běží Stahovač v 10.1.4.2 – jen interně).\n",
        ["192.0.2.105"],
        ["192.0.2.106"],
        id="w6",
    ),
    pytest.param(
        "Hi,\n\nProd 203.0.113.140\nTest 203.0.113.141\n-- \nsent by MailRelay 10.3.3.3 build 44\n",
        ["203.0.113.140"],
        ["203.0.113.141"],
        id="w7",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktiv 192.0.2.115, Test 192.0.2.116; unser Abrufdienst läuft mit Release-Stand 10.4.0.9.\n",
        ["192.0.2.115"],
        ["192.0.2.116"],
        id="w8",
    ),
    pytest.param(
        "Hello,\n\nproduction servers: Alpha 203.0.113.150, Beta 203.0.113.151; test server: Gamma 203.0.113.152.\n",
        ["203.0.113.150", "203.0.113.151"],
        ["203.0.113.152"],
        id="nw2",
    ),
    pytest.param(
        "Hello,\n\nproduction host feed-main 12.4.8.16, test host feed-spare 12.4.8.17.\n",
        ["12.4.8.16"],
        ["12.4.8.17"],
        id="nw3",
    ),
    pytest.param(
        "Dobrý den,\n\naše aplikace volby-sync se připojuje z 12.4.8.16 (produkce), testovací z 12.4.8.17.\n",
        ["12.4.8.16"],
        ["12.4.8.17"],
        id="nw4",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _PRODUCTS)
def test_a_version_after_a_product_in_other_writings(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)
