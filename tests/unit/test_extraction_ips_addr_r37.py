"""Addresses, thirty-seventh round (issue 18): a drill written and labelled by
``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class 1 — a version-shaped number as an item of a list of programs and their versions
("(Debian 12.7, kernel 6.1.0.25, curl 8.5.0)", ag019): a version, never an address. Near
misses: addresses beside a list of versions, a list of machines with an operating system.

Class 2 — an internal machine (RFC 1918) that the text says goes out to the internet under
another, public address ("interní proxy server A, který vystupuje pod veřejnou adresou B",
ai039): only the public address is asked for. Near misses: a public address called internal,
public addresses labelled "veřejná".

Class 3 — a form's labelled value that goes on below its label, aligned under the value,
the label one space before it as the form's longest ("Production IPs: A" / "      B" /
"Test IP:        C", ah035): the continuation is the label's. Near misses: a note under the
value, a label of another kind below.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, certain, extract, mail, text_file


def _read_text(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


def _read_form(cover: str, form: str) -> tuple[list[str], list[str], bool]:
    x = extract(mail(body(cover + SIG), text_file("zadost.txt", form)))
    prod, test = [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]
    return prod, test, certain(x, "production_ips")


_VERSION_CASES = [
    pytest.param(
        "Dobrý den, žádáme o přístup k XML.\nServer pro stahování: 198.51.100.30 (Ubuntu "
        "22.04, jádro 5.15.0.91, Python 3.11).\n",
        ["198.51.100.30"],
        [],
        id="v1-cz-jadro-in-brackets",
    ),
    pytest.param(
        "Hello, we would like access to the results feed. Production IP: 203.0.113.77.\n"
        "Software stack: nginx 1.24.0, PHP 8.2.12, MariaDB 10.11.6.2.\n",
        ["203.0.113.77"],
        [],
        id="v2-en-stack-line",
    ),
    pytest.param(
        "Produkčná IP: 192.0.2.140\nTestovacia IP: 192.0.2.141\n"
        "Na serveroch beží Debian 12.5; OpenJDK 17.0.10; Tomcat 10.1.19.0.\n",
        ["192.0.2.140"],
        ["192.0.2.141"],
        id="v3-sk-semicolon-list",
    ),
    pytest.param(
        "Produktiv-IP: 198.51.100.90\nUmgebung: Rocky Linux 9.3, Apache 2.4.57.1, PHP 8.1.27\n",
        ["198.51.100.90"],
        [],
        id="v4-de-environment",
    ),
    pytest.param(
        "Test box 192.0.2.201 (CentOS Stream 9, kernel 5.14.0.362, Java 17.0.9), live box "
        "192.0.2.200.\n",
        ["192.0.2.200"],
        ["192.0.2.201"],
        id="v5-en-test-first-with-kernel",
    ),
    pytest.param(
        "Stahovat budeme ze serveru 203.0.113.150. Prostředí: Alma Linux 9.4, Node.js 20.11.1, "
        "knihovna libxml2 2.12.6.0.\n",
        ["203.0.113.150"],
        [],
        id="v6-cz-prostredi-library",
    ),
    pytest.param(
        "Stahovat budeme ze serveru 203.0.113.150, běží na Debianu 12 s jádrem 6.1.0.25.\n",
        ["203.0.113.150"],
        [],
        id="v6b-cz-jadrem-inflected",
    ),
    pytest.param(
        "Produkční server: 10.1.2.3 (Debian 12.7), testovací 10.1.2.4 (Debian 12.7).\n",
        ["10.1.2.3"],
        ["10.1.2.4"],
        id="v7-near-miss-private-addresses-beside-os",
    ),
    pytest.param(
        "Production: 10.20.1.5, 10.20.1.6; software versions: nginx 1.24.0, curl 8.5.0.\n",
        ["10.20.1.5", "10.20.1.6"],
        [],
        id="v8-near-miss-addresses-before-versions",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _VERSION_CASES)
def test_version_in_a_list_of_programs(text: str, prod: list[str], test: list[str]) -> None:
    assert _read_text(text) == (prod, test)


_INTERNAL_CASES = [
    pytest.param(
        "Our downloader is an internal host, 10.40.2.15, which reaches the internet under the "
        "public address 203.0.113.61. Please whitelist that one.\n",
        ["203.0.113.61"],
        [],
        id="n1-en-internal-host-public-address",
    ),
    pytest.param(
        "Sťahovať bude vnútorný server 192.168.50.4, do internetu ide cez verejnú adresu "
        "198.51.100.222.\n",
        ["198.51.100.222"],
        [],
        id="n2-sk-vnutorny-server",
    ),
    pytest.param(
        "Der Abruf erfolgt von unserem internen Server 172.20.1.9; nach außen erscheint er unter "
        "der öffentlichen IP 192.0.2.145.\n",
        ["192.0.2.145"],
        [],
        id="n3-de-interner-server",
    ),
    pytest.param(
        "The machine that fetches the XML sits on our LAN as 192.168.1.20; its traffic leaves "
        "via our public IP 198.51.100.3, please allow that.\n",
        ["198.51.100.3"],
        [],
        id="n4-en-lan-via-public-ip",
    ),
    pytest.param(
        "Stahujeme přes firemní proxy. Veřejná IP, kterou uvidíte: 192.0.2.33. Vnitřní adresa "
        "klienta je 10.8.0.7.\n",
        ["192.0.2.33"],
        [],
        id="n5-cz-verejna-and-vnitrni",
    ),
    pytest.param(
        "Data bude stahovat náš interní stroj 172.31.4.4, ven jde pod adresou 203.0.113.201 "
        "(tu prosím povolte).\n",
        ["203.0.113.201"],
        [],
        id="n6-cz-interni-stroj-ven-pod",
    ),
    pytest.param(
        "Náš stahovací server (10.0.3.3) má výstupní IP 198.51.100.9, tu prosím povolte.\n",
        ["198.51.100.9"],
        [],
        id="n6b-cz-vystupni-ip",
    ),
    pytest.param(
        "Povolte prosím 203.0.113.44. Klient běží za firewallem s překladem na tuto adresu, "
        "interně má 192.168.10.44.\n",
        ["203.0.113.44"],
        [],
        id="n6c-cz-interne-ma",
    ),
    pytest.param(
        "Our box is behind a router; its public-facing IP is 198.51.100.55 and its LAN IP "
        "192.168.0.55.\n",
        ["198.51.100.55"],
        [],
        id="n6d-en-public-facing-and-lan-ip",
    ),
    pytest.param(
        "LAN IP of the production server: 198.51.100.140\n"
        "LAN IP of the test server: 198.51.100.141\n",
        ["198.51.100.140"],
        ["198.51.100.141"],
        id="n6e-near-miss-lan-word-public-addresses",
    ),
    pytest.param(
        "Produkční server je náš interní server 198.51.100.70, testovací 198.51.100.71.\n",
        ["198.51.100.70"],
        ["198.51.100.71"],
        id="n7-near-miss-public-called-internal",
    ),
    pytest.param(
        "Veřejná IP adresa produkčního serveru: 203.0.113.8\n"
        "Veřejná IP adresa testovacího serveru: 203.0.113.9\n",
        ["203.0.113.8"],
        ["203.0.113.9"],
        id="n8-near-miss-verejna-labels",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _INTERNAL_CASES)
def test_internal_machine_behind_a_public_address(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read_text(text) == (prod, test)


_FORM_CASES = [
    pytest.param(
        "ŽÁDOST O PŘÍSTUP\n\nProdukční adresy: 192.0.2.10\n                  192.0.2.11\n"
        "Testovací adresa: 192.0.2.12\nKontakt:          Jan Novák\n",
        ["192.0.2.10", "192.0.2.11"],
        ["192.0.2.12"],
        id="f1-cz-two-production",
    ),
    pytest.param(
        "Produkčné IP:  2001:db8:10::5\n               2001:db8:10::6\n"
        "               203.0.113.5\nTestovacie IP: 2001:db8:10::7\n",
        ["2001:db8:10::5", "2001:db8:10::6", "203.0.113.5"],
        ["2001:db8:10::7"],
        id="f2-sk-three-lines",
    ),
    pytest.param(
        "Produktiv-IPs: 198.51.100.20,\n               198.51.100.21\nTest-IP:       198.51.100.22\n",
        ["198.51.100.20", "198.51.100.21"],
        ["198.51.100.22"],
        id="f3-de-comma",
    ),
    pytest.param(
        "Production addresses: 203.0.113.40\n                      203.0.113.41\n\n"
        "Test address:         203.0.113.42\n",
        ["203.0.113.40", "203.0.113.41"],
        ["203.0.113.42"],
        id="f4-en-blank-before-test",
    ),
    pytest.param(
        "Test IPs:       192.0.2.50\n                192.0.2.51\nProduction IP:  192.0.2.52\n",
        ["192.0.2.52"],
        ["192.0.2.50", "192.0.2.51"],
        id="f5-en-test-first",
    ),
    pytest.param(
        "Organizace:        Zprávy z kraje s.r.o.\nIP pro produkci: 198.51.100.80\n"
        "                 198.51.100.81\nIP pro test:     198.51.100.82\n",
        ["198.51.100.80", "198.51.100.81"],
        ["198.51.100.82"],
        id="f6-cz-ip-pro",
    ),
    pytest.param(
        "Production IP: 198.51.100.5\n  (primary)\nTest IP:       198.51.100.6\n",
        ["198.51.100.5"],
        ["198.51.100.6"],
        id="f7-near-miss-note-below",
    ),
    pytest.param(
        "Produkční IP: 192.0.2.60\n              192.0.2.61\nPoznámka:     obě stojí v Praze\n",
        ["192.0.2.60", "192.0.2.61"],
        [],
        id="f8-near-miss-note-label-below",
    ),
]


@pytest.mark.parametrize(("form", "prod", "test"), _FORM_CASES)
def test_form_value_continued_under_its_label(form: str, prod: list[str], test: list[str]) -> None:
    got_prod, got_test, _ = _read_form("Dobrý den, žádost je v příloze.\n", form)
    assert (got_prod, got_test) == (prod, test)


def test_form_continuation_is_certain() -> None:
    form = (
        "Production IPs: 2001:db8:c0de::90\n                203.0.113.251\n"
        "Test IP:        2001:db8:c0de::91\n"
    )
    prod, test, sure = _read_form("Hi, the request is attached.\n", form)
    assert (prod, test, sure) == (["2001:db8:c0de::90", "203.0.113.251"], ["2001:db8:c0de::91"], True)
