"""Round 28 (issue 18): three classes of the address fields, with a drill written and labelled
by LABELS.md before extraction was run on it.

1. A version after a program whose joined name holds a word of the data it handles
   ("knihovna volby-xml 2.4.1.0", "parser xml-stream 2.1.4.2"): the word inside the name is
   no address's word, the number is a version (va012, vb027). Near misses: a joined name of a
   machine ("IP-adresa", "feed-host") before a real address.
2. A sentence that retires an old address and names its replacement, then a note about the
   old one ("nahradil ho nový na adrese B (starou adresu už nepovolujte)"): B is kept (vc013).
   Near misses: the note withdraws B itself.
3. A temporary address whose removal is still to come ("dočasně VM B (poběží do konce září,
   pak ji zrušíme)"): in use now, it keeps its use, flagged (vc026). Near misses: a removal
   that has happened, or an address no longer used from now on.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_JOINED_NAMES = [
    pytest.param(
        "Dobrý den,\n\njsme dodavatel webu a žádáme o přístup k XML.\n\nStahovat budeme z "
        "clusteru, produkční rozsah 203.0.113.64 255.255.255.252. Testovací stroj "
        "203.0.113.70.\n\nPro úplnost: stahovač běží na Pythonu 3.12.6, parser je naše "
        "knihovna volby-xml 2.4.1.0.\n",
        ["203.0.113.64", "203.0.113.65", "203.0.113.66", "203.0.113.67"],
        ["203.0.113.70"],
        id="va012",
    ),
    pytest.param(
        "Technická příloha\n\nProdukční síť: 203.0.113.40 maska 255.255.255.252\n"
        "Klient: libcurl 8.5.0, OpenSSL 3.0.13, parser xml-stream 2.1.4.2\n",
        ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"],
        [],
        id="vb027",
    ),
    pytest.param(
        "Hello,\n\nproduction: 198.51.100.16/30, test: 198.51.100.30.\nOur downloader is "
        "the in-house tool feed-puller 3.2.1.5 on Debian 12.\n",
        ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
        ["198.51.100.30"],
        id="d1-en-feed",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčná IP adresa: 192.0.2.140, testovacia: 192.0.2.141.\n"
        "Dáta spracúva modul access-log 4.0.2.1 a potom naša aplikácia.\n",
        ["192.0.2.140"],
        ["192.0.2.141"],
        id="d2-sk-access",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktion 203.0.113.200 mit Maske 255.255.255.254, Test 203.0.113.210.\n"
        "Zum Einlesen nutzen wir das Paket wahl-xml-import 1.4.0.3.\n",
        ["203.0.113.200", "203.0.113.201"],
        ["203.0.113.210"],
        id="d3-de-paket",
    ),
    pytest.param(
        "Dobrý den,\n\nostrý provoz: 198.51.100.50 – 198.51.100.51\ntest: 198.51.100.60\n\n"
        "Technicky: stahování řeší skript xml-feed-sync 2.0.11.4, data ukládáme do PostgreSQL 16.\n",
        ["198.51.100.50", "198.51.100.51"],
        ["198.51.100.60"],
        id="d4-cz-script",
    ),
    pytest.param(
        "Dzień dobry,\n\nadres produkcyjny 192.0.2.77 (maska 255.255.255.255), testowy 192.0.2.78.\n"
        "Parser: biblioteka results-xml 3.1.4.0.\n",
        ["192.0.2.77"],
        ["192.0.2.78"],
        id="d5-pl",
    ),
    # near misses: a joined name of a machine or of an address before a real address
    pytest.param(
        "Dobrý den,\n\nprodukci obslouží náš stroj feed-host 5.4.3.2, testy běží na "
        "192.0.2.90.\n",
        ["5.4.3.2"],
        ["192.0.2.90"],
        id="n1-machine-name",
    ),
    pytest.param(
        "Dobrý den,\n\nžádáme o přístup pro ostrý provoz, naše IP-adresa 3.1.2.7.\n",
        ["3.1.2.7"],
        [],
        id="n2-ip-adresa",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _JOINED_NAMES)
def test_a_version_after_a_joined_program_name(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_REPLACED = [
    pytest.param(
        "Dobrý den,\n\nloni jsme měli přístup z adresy 198.51.100.33. Ten server jsme v létě "
        "vyřadili a nahradil ho nový na adrese 198.51.100.34 – prosíme tedy o přístup pro něj "
        "(starou adresu už nepovolujte). Pro test používáme 198.51.100.35.\n",
        ["198.51.100.34"],
        ["198.51.100.35"],
        id="vc013",
    ),
    pytest.param(
        "Hello,\n\nour old fetcher at 203.0.113.5 was retired in March; it was replaced by "
        "203.0.113.15, which is the one to allow (the previous address should not be on the "
        "list any more).\n",
        ["203.0.113.15"],
        [],
        id="r1-en",
    ),
    pytest.param(
        "Guten Tag,\n\nunser bisheriger Server 192.0.2.100 wurde abgeschaltet und durch "
        "192.0.2.101 ersetzt – bitte nur diesen freischalten, die alte Adresse bitte löschen.\n",
        ["192.0.2.101"],
        [],
        id="r2-de",
    ),
    pytest.param(
        "Dobrý deň,\n\nminulý rok sme sťahovali z 198.51.100.120. Ten stroj sme vyradili, "
        "namiesto neho beží nový 198.51.100.121 (pôvodnú adresu už prosím nepovoľujte). "
        "Test: 198.51.100.122.\n",
        ["198.51.100.121"],
        ["198.51.100.122"],
        id="r3-sk",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční server 192.0.2.30 už nepoužíváme, nový je 192.0.2.31 – "
        "ten původní ze seznamu prosím vyřaďte.\n",
        ["192.0.2.31"],
        [],
        id="r4-cz-novy-je",
    ),
    pytest.param(
        "Dzień dobry,\n\nserwer 203.0.113.44 został wycofany, zastąpił go 203.0.113.45 "
        "(poprzedni adres prosimy usunąć z listy).\n",
        ["203.0.113.45"],
        [],
        id="r5-pl",
    ),
    # near misses: the note after the new address withdraws it too
    pytest.param(
        "Dobrý den,\n\nserver 192.0.2.60 jsme vyřadili a nahradil ho 192.0.2.61, ale ani ten "
        "už nepoužíváme. Platí jen 192.0.2.62.\n",
        ["192.0.2.62"],
        [],
        id="n3-both-gone",
    ),
    pytest.param(
        "Hello,\n\nproduction: 198.51.100.80 – no longer in use, please remove it.\n"
        "Production from now on: 198.51.100.81.\n",
        ["198.51.100.81"],
        [],
        id="n4-no-longer",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _REPLACED)
def test_the_replacement_of_a_retired_address_is_kept(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


_TEMPORARY = [
    pytest.param(
        "Dobrý den,\n\nProdukce: 192.0.2.251\nTest: dočasně VM 192.0.2.250 (poběží jen do konce "
        "září, pak ji zrušíme)\n",
        ["192.0.2.251"],
        ["192.0.2.250"],
        id="vc026",
    ),
    pytest.param(
        "Hello,\n\nproduction 203.0.113.20; testing for now from 203.0.113.21, a box we will "
        "decommission in October.\n",
        ["203.0.113.20"],
        ["203.0.113.21"],
        id="t1-en-will",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktion: 198.51.100.90\nTest: 198.51.100.91 (vorübergehend, wird "
        "nach der Wahl abgeschaltet)\n",
        ["198.51.100.90"],
        ["198.51.100.91"],
        id="t2-de",
    ),
    pytest.param(
        "Dobrý deň,\n\nostrá prevádzka 192.0.2.180, testovanie zatiaľ z 192.0.2.181 – tento "
        "server potom odstránime.\n",
        ["192.0.2.180"],
        ["192.0.2.181"],
        id="t3-sk",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční IP 198.51.100.140. Testovací stroj 198.51.100.141 bude "
        "v listopadu zrušen, do té doby ho prosím povolte také.\n",
        ["198.51.100.140"],
        ["198.51.100.141"],
        id="t4-cz-bude",
    ),
    pytest.param(
        "Dzień dobry,\n\nprodukcja: 203.0.113.150, test: 203.0.113.151 (maszyna tymczasowa, "
        "zostanie wyłączona po wyborach).\n",
        ["203.0.113.150"],
        ["203.0.113.151"],
        id="t5-pl",
    ),
    # near misses: the removal has happened, or the address is out of use from now on
    pytest.param(
        "Dobrý den,\n\nProdukce: 192.0.2.10\nTest: 192.0.2.11 (dočasný stroj, minulý týden "
        "jsme ho už zrušili)\n",
        ["192.0.2.10"],
        [],
        id="n5-done",
    ),
    pytest.param(
        "Hello,\n\nproduction 198.51.100.200; test 198.51.100.201 - that one will no longer "
        "be used, please leave it out.\n",
        ["198.51.100.200"],
        [],
        id="n6-no-longer",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _TEMPORARY)
def test_a_removal_still_to_come_keeps_the_address(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


def test_a_removal_to_come_leaves_the_use_unsure() -> None:
    x = extract(mail(body(
        "Dobrý den,\n\nProdukce: 192.0.2.251\nTest: dočasně VM 192.0.2.250 (poběží jen do "
        "konce září, pak ji zrušíme)\n" + SIG
    )))
    assert not x.fields["test_ips"].certain


# a second batch, labelled before it was run: other layouts (a list, a wrapped sentence) and
# other words ("the new one is", "bis Ende Oktober … danach wird es entfernt")
_SECOND_BATCH = [
    pytest.param(
        "Dobrý den,\n\n- produkce: 203.0.113.100\n- test: 203.0.113.101\n- stahovač: "
        "feed-xml-get 1.12.3.0 (vlastní vývoj)\n",
        ["203.0.113.100"],
        ["203.0.113.101"],
        id="b1-list-version",
    ),
    pytest.param(
        "Hi,\n\nLive server 198.51.100.44, staging 198.51.100.45.\nStack: nginx 1.24, our "
        "xml-poller 6.3.0.1 and cron.\n",
        ["198.51.100.44"],
        ["198.51.100.45"],
        id="b2-stack-version",
    ),
    pytest.param(
        "Dobrý den,\n\npůvodní server 192.0.2.70 jsme odstavili. Místo něj\nteď stahuje "
        "192.0.2.71, pro ten prosíme o povolení;\nstarou adresu prosím ze seznamu vyškrtněte.\n",
        ["192.0.2.71"],
        [],
        id="b3-wrapped-replacement",
    ),
    pytest.param(
        "Hello,\n\nWe are moving hosts: 203.0.113.60 is being retired and the new one is "
        "203.0.113.61 (please drop the old IP from the whitelist). Testing: 203.0.113.62.\n",
        ["203.0.113.61"],
        ["203.0.113.62"],
        id="b4-the-new-one-is",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktivsystem: 198.51.100.170\nTestsystem: 198.51.100.171 - nur bis "
        "Ende Oktober in Betrieb, danach wird es entfernt.\n",
        ["198.51.100.170"],
        ["198.51.100.171"],
        id="b5-de-bis",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce 192.0.2.160,\ntestovací notebook 192.0.2.161 použijeme jen do "
        "voleb, potom ho vyřadíme.\n",
        ["192.0.2.160"],
        ["192.0.2.161"],
        id="b6-cz-potom",
    ),
    # near misses: the new one withdrawn by its own note
    pytest.param(
        "Hello,\n\n203.0.113.90 is retired and the new one is 203.0.113.91 - but please do not "
        "whitelist that one either. Our production address is 203.0.113.92.\n",
        ["203.0.113.92"],
        [],
        id="n7-new-one-withdrawn",
    ),
    pytest.param(
        "Dobrý den,\n\nserver 192.0.2.120 jsme zrušili, nový je 192.0.2.121, ale ten už také "
        "nepoužíváme. Ostrý provoz poběží z 192.0.2.122.\n",
        ["192.0.2.122"],
        [],
        id="n8-novy-je-withdrawn",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SECOND_BATCH)
def test_the_second_batch(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
