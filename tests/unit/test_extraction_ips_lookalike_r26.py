"""Round 26: a generalisation drill of the address rules for things that look like addresses
(labelled by LABELS.md before extraction was run): a dotted version number beside a program's
name or label, an internal network (RFC 1918, shared CGNAT, link-local) the text calls
internal, NAT, VPN or LAN beside public addresses, and a block of more addresses than may be
allowed, which is never certain. Near misses of each class keep what they must."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, certain, extract, mail, text_file


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_VERSIONS = [
    pytest.param(
        "Dobrý den,\n\nvýsledky bude stahovat náš nástroj vysledky_sync 3.2.0.1 z adresy "
        "192.0.2.41, testovat budeme z 192.0.2.42.\n",
        ["192.0.2.41"], ["192.0.2.42"], id="a1-cs-tool-underscore",
    ),
    pytest.param(
        "Dobrý deň,\n\nna serveri 198.51.100.17 beží import-volby 2.0.3.1 (stará 1.9.8.2 už "
        "nie). Testovací stroj: 198.51.100.18.\n",
        ["198.51.100.17"], ["198.51.100.18"], id="a2-sk-beside-older-version",
    ),
    pytest.param(
        "Hello,\n\nour downloader is written in Python and the current release of feedgrab is "
        "4.1.0.2. Please whitelist 203.0.113.150 (production) and 203.0.113.151 (testing).\n",
        ["203.0.113.150"], ["203.0.113.151"], id="a3-en-release-is",
    ),
    pytest.param(
        "Dobrý den, posílám údaje:\n\nSoftware ........... volby-klient 5.0.2.3\n"
        "Produkční IP ....... 192.0.2.77\nTestovací IP ....... 192.0.2.78\n",
        ["192.0.2.77"], ["192.0.2.78"], id="a4-cs-dot-leaders-software",
    ),
    pytest.param(
        "Hi,\n\nproduction box 198.51.100.90 (fetcher ver 2.3.1.0) and a test box "
        "198.51.100.91.\n",
        ["198.51.100.90"], ["198.51.100.91"], id="a5-en-ver-in-parentheses",
    ),
    pytest.param(
        "Guten Tag,\n\nunser Abrufprogramm wahlen-abruf 1.4.2.2 läuft auf 192.0.2.200 "
        "(Produktion), Test auf 192.0.2.201.\n",
        ["192.0.2.200"], ["192.0.2.201"], id="a6-de-program-hyphen",
    ),
    pytest.param(
        "Dobrý den,\n\nklienta jsme aktualizovali z 2.3.1.9 na 2.4.0.0, adresy se nemění: "
        "produkce 203.0.113.90, test 203.0.113.91.\n",
        ["203.0.113.90"], ["203.0.113.91"], id="a7-cs-upgrade-from-to",
    ),
    # near misses: a host's name before its address, a label before a small address
    pytest.param(
        "Dobrý den,\n\nprodukční server feed-prod 192.0.2.15, testovací feed-test 192.0.2.16.\n",
        ["192.0.2.15"], ["192.0.2.16"], id="na1-cs-host-names",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční server web-node 5.10.20.30, test 5.10.20.31.\n",
        ["5.10.20.30"], ["5.10.20.31"], id="na2-cs-small-public-address",
    ),
    pytest.param(
        "Hello,\n\nProduction IP: 8.20.1.3\nTest IP: 8.20.1.4\n",
        ["8.20.1.3"], ["8.20.1.4"], id="na3-en-labelled-small",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _VERSIONS)
def test_a_version_is_no_address(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_INTERNAL = [
    pytest.param(
        "Dobrý den,\n\nveřejná IP pro produkci: 192.0.2.50. Za NATem máme vnitřní síť "
        "192.168.10.0/24, tu prosím neřešte. Test 192.0.2.51.\n",
        ["192.0.2.50"], ["192.0.2.51"], id="b1-cs-nat-network",
    ),
    pytest.param(
        "Hello,\n\nour public egress address is 198.51.100.23 (production); all our servers "
        "sit in the 172.16.4.0/22 LAN behind it. Test environment: 198.51.100.24.\n",
        ["198.51.100.23"], ["198.51.100.24"], id="b2-en-lan-behind",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčná adresa: 203.0.113.5. Interný rozsah 10.20.0.0/16 (VPN) vás "
        "nemusí zaujímať. Testovacia: 203.0.113.6.\n",
        ["203.0.113.5"], ["203.0.113.6"], id="b3-sk-internal-range",
    ),
    pytest.param(
        "Dobrý den,\n\nstahovat budeme přes VPN koncentrátor s veřejnou adresou 192.0.2.120 "
        "(ostrý provoz); klienti VPN dostávají adresy z poolu 100.64.8.0/24.\n",
        ["192.0.2.120"], [], id="b4-cs-cgnat-pool",
    ),
    pytest.param(
        "Production: 203.0.113.77\nTest: 203.0.113.78\n\n(FYI our office network is "
        "10.1.0.0/16 - no need to allow it)\n",
        ["203.0.113.77"], ["203.0.113.78"], id="b5-en-office-network-fyi",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 198.51.100.60 a .61, test 198.51.100.62. Vnitřně to běží na "
        "segmentu 192.168.50.0/26 za firewallem.\n",
        ["198.51.100.60", "198.51.100.61"], ["198.51.100.62"], id="b6-cs-segment-firewall",
    ),
    pytest.param(
        "Dobrý den,\n\nserver má veřejnou adresu 2001:db8:5::10 (produkce), link-local "
        "fe80::10 neřešte.\n",
        ["2001:db8:5::10"], [], id="b7-cs-link-local",
    ),
    # near misses: only private addresses, asked for; the word "internal" not about a block
    pytest.param(
        "Dobrý den,\n\nProdukční IP: 10.10.1.5\nTestovací IP: 10.10.1.6\n",
        ["10.10.1.5"], ["10.10.1.6"], id="nb1-cs-all-private",
    ),
    pytest.param(
        "Hello,\n\nProduction range: 203.0.113.8/30 (our internal tooling runs there too).\n",
        ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"], [],
        id="nb2-en-internal-tooling",
    ),
    pytest.param(
        "Dobrý den,\n\ninterní rozsah nemáme, vše jde z veřejné 192.0.2.90 (produkce).\n",
        ["192.0.2.90"], [], id="nb3-cs-no-internal-range",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _INTERNAL)
def test_an_internal_network_is_not_asked_for(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


def _n(prefix: str, lo: int, hi: int) -> list[str]:
    return [f"{prefix}{i}" for i in range(lo, hi + 1)]


_BLOCKS = [
    pytest.param("Produkční IP: 203.0.113.0/28\n", _n("203.0.113.", 0, 15), False, id="c1-cs-28"),
    pytest.param(
        "Production range: 198.51.100.10 - 198.51.100.20\n", _n("198.51.100.", 10, 20), False,
        id="c2-en-range-11",
    ),
    pytest.param(
        "Produkčná IP: 203.0.113.16\nMaska: 255.255.255.248\n", _n("203.0.113.", 16, 23), False,
        id="c3-sk-netmask-8",
    ),
    pytest.param("Produktiv-IP: 192.0.2.64/27\n", _n("192.0.2.", 64, 95), False, id="c4-de-27"),
    pytest.param(
        "Produkční IP: 2001:db8:9::/125\n", ["2001:db8:9::"] + [f"2001:db8:9::{i}" for i in range(1, 8)], False,
        id="c5-cs-ipv6-125",
    ),
    pytest.param(
        "IP adresa | účel\n203.0.113.32/29 | produkce\n", _n("203.0.113.", 32, 39), False,
        id="c6-cs-table-29",
    ),
    # near misses: blocks within the allowed five stay certain
    pytest.param("Produkční IP: 203.0.113.8/30\n", _n("203.0.113.", 8, 11), True, id="nc1-cs-30"),
    pytest.param(
        "Production IPs: 198.51.100.1-198.51.100.5\n", _n("198.51.100.", 1, 5), True,
        id="nc2-en-range-5",
    ),
]


@pytest.mark.parametrize(("text", "prod", "sure"), _BLOCKS)
def test_a_large_block_is_never_certain(text: str, prod: list[str], sure: bool) -> None:
    x = extract(mail(body("Dobrý den,\n\n" + text + SIG)))
    assert [str(a) for a in x.production_ips] == prod
    assert certain(x, "production_ips") is sure


def test_tb008_shape_version_in_a_dot_leader_form() -> None:
    form = (
        "ŽÁDOST\nOrganizace ...... Zprávy s.r.o.\nProdukční IP .... 2001:db8:100::20\n"
        "Testovací IP .... 2001:db8:100::21\nKlient .......... volby-reader 2.6.1.4\n"
    )
    x = extract(mail(body("Žádost v příloze." + SIG), text_file("zadost.txt", form)))
    assert [str(a) for a in x.production_ips] == ["2001:db8:100::20"]
    assert [str(a) for a in x.test_ips] == ["2001:db8:100::21"]


_MIXED = [
    pytest.param(
        "Hello,\n\nwe run ElectionFeed Pro v.2.1.0.4 on host 203.0.113.44 (production). "
        "Staging: 203.0.113.45:8443.\n",
        ["203.0.113.44"], ["203.0.113.45"], id="d1-en-product-v-dot-port",
    ),
    pytest.param(
        "Dobrý den,\n\nnáš systém (verze klienta 1.0.12.3, knihovna libxml 2.9.1.4) poběží na "
        "192.0.2.130. Test nepotřebujeme.\n",
        ["192.0.2.130"], [], id="d2-cs-two-versions-in-parentheses",
    ),
    pytest.param(
        "Dobrý deň,\n\nProdukcia\t198.51.100.140\nTest\t198.51.100.141\nSoftvér\tvolby-dl 3.1.4.1\n",
        ["198.51.100.140"], ["198.51.100.141"], id="d3-sk-tab-softver",
    ),
    pytest.param(
        "Hello,\n\nproduction 198.51.100.200 and 198.51.100.201. Internally they talk to our DB at "
        "10.0.3.5 - that one never talks to you.\n",
        ["198.51.100.200", "198.51.100.201"], [], id="d4-en-internal-db-host",
    ),
    pytest.param(
        "Dobrý den,\n\nfirewall (FortiOS 7.2.4.1) propustí od 1.4.2026 provoz z 192.0.2.222 – "
        "produkce. Testujeme z 192.0.2.223.\n",
        ["192.0.2.222"], ["192.0.2.223"], id="d5-cs-firmware-date",
    ),
    pytest.param(
        "Hello,\n\nour feed server 203.0.113.99 (production) is reached by admins over WireGuard "
        "on 10.99.0.0/24; test server 203.0.113.98.\n",
        ["203.0.113.99"], ["203.0.113.98"], id="d6-en-wireguard-block",
    ),
    pytest.param(
        "Dobrý den,\n\nSNMP monitoring (OID 1.3.6.1.2.1.1.3) běží z 192.0.2.5, to je i náš "
        "produkční stroj.\n",
        ["192.0.2.5"], [], id="d7-cs-oid",
    ),
    # near misses: a public LAN asked for whole, a version-shaped address named an address
    pytest.param(
        "Hello,\n\nProduction LAN 203.0.113.64/29 (all of it please).\n",
        _n("203.0.113.", 64, 71), [], id="nd1-en-public-lan",
    ),
    pytest.param(
        "Dobrý den,\n\nadresa serveru s naším klientem je 6.1.2.3 (produkce).\n",
        ["6.1.2.3"], [], id="nd2-cs-address-of-client-server",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _MIXED)
def test_look_alikes_in_other_writings(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
