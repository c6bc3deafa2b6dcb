"""Round 26: a generalisation drill of the address rules read by order - messages written as
other people would write them (labelled by LABELS.md before extraction was run), and near
misses of each class a rule was widened for: two uses and two addresses joined, with a word
that says the order matters ("respectively" in any language, its sentence wrapped after the
noun "addresses" or after an abbreviated conjunction, another address in a clause of its own
after a semicolon), and a cover note that names the attached form's addresses by their last
octet to swap their uses."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, certain, extract, mail, text_file


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_ORDERED = [
    pytest.param(
        "Buenos días:\n\nsolicitamos acceso al servidor XML de resultados. Nuestros equipos de "
        "producción y de pruebas tienen, respectivamente, las direcciones\n"
        "203.0.113.21 y 203.0.113.22.\n\nSaludos cordiales\n",
        ["203.0.113.21"],
        ["203.0.113.22"],
        id="a1-es-respectivamente-wrapped",
    ),
    pytest.param(
        "Dzień dobry,\n\nprosimy o dostęp do serwera XML. Serwery produkcyjny i testowy mają "
        "odpowiednio adresy\n198.51.100.31 oraz 198.51.100.32.\n\nZ poważaniem\n",
        ["198.51.100.31"],
        ["198.51.100.32"],
        id="a2-pl-odpowiednio-wrapped",
    ),
    pytest.param(
        "Tisztelt Hivatal!\n\nKérjük a hozzáférést az XML szerverhez. Az éles és a teszt "
        "szerverünk címe 192.0.2.41, illetve 192.0.2.42.\n\nÜdvözlettel\n",
        ["192.0.2.41"],
        ["192.0.2.42"],
        id="a3-hu-illetve",
    ),
    pytest.param(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom. Náš produkčný a testovací server majú "
        "v uvedenom poradí IP adresy\n203.0.113.51 a 203.0.113.52.\n\nS pozdravom\n",
        ["203.0.113.51"],
        ["203.0.113.52"],
        id="a4-sk-v-uvedenom-poradi-wrapped",
    ),
    pytest.param(
        "Guten Tag,\n\nfür Live- und Testbetrieb nutzen wir die IP-Adressen 198.51.100.61 "
        "beziehungsweise 198.51.100.62.\n\nFreundliche Grüße\n",
        ["198.51.100.61"],
        ["198.51.100.62"],
        id="a5-de-beziehungsweise",
    ),
    pytest.param(
        "Hello,\n\nthe test and production boxes are 192.0.2.71 and 192.0.2.72 respectively; "
        "we also keep a standby at 192.0.2.73.\n\nBest regards\n",
        ["192.0.2.72", "192.0.2.73"],
        ["192.0.2.71"],
        id="a6-en-test-first-standby-after",
    ),
    pytest.param(
        "Bonjour,\n\nles adresses 198.51.100.91 et 198.51.100.92 correspondent respectivement "
        "à nos serveurs de test et de production ; le serveur de secours est 198.51.100.93.\n",
        ["198.51.100.92", "198.51.100.93"],
        ["198.51.100.91"],
        id="a7-fr-addresses-first",
    ),
    pytest.param(
        "Dobrý den,\n\nostrý a zkušební provoz poběží z adres 203.0.113.101 resp.\n"
        "203.0.113.102 (v tomto pořadí).\n\nS pozdravem\n",
        ["203.0.113.101"],
        ["203.0.113.102"],
        id="a8-cs-resp-wrapped",
    ),
    pytest.param(
        "Guten Tag,\n\nunser Produktions- bzw. Testsystem hat die Adresse 192.0.2.111 bzw.\n"
        "192.0.2.112; zusätzlich gibt es einen Backup-Server, 192.0.2.113.\n",
        ["192.0.2.111", "192.0.2.113"],
        ["192.0.2.112"],
        id="a9-de-bzw-wrapped-backup",
    ),
    # near misses: one use for two addresses joined by the order word; a wrapped list whose
    # addresses carry their own uses
    pytest.param(
        "Guten Tag,\n\nfür die Produktion nutzen wir 203.0.113.141 bzw. 203.0.113.142 (zwei "
        "Rechenzentren), für Tests 203.0.113.143.\n",
        ["203.0.113.141", "203.0.113.142"],
        ["203.0.113.143"],
        id="na1-de-bzw-one-use",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktion: 192.0.2.171 (Hauptstandort) bzw.\n"
        "192.0.2.172 (Ausweichstandort). Test: 192.0.2.173.\n",
        ["192.0.2.171", "192.0.2.172"],
        ["192.0.2.173"],
        id="na2-de-bzw-label-wrapped",
    ),
    pytest.param(
        "Hello,\n\nboth our production servers, 198.51.100.181 and 198.51.100.182, sit in "
        "Prague; the test server is 198.51.100.183.\n",
        ["198.51.100.181", "198.51.100.182"],
        ["198.51.100.183"],
        id="na3-en-semicolon-no-order",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _ORDERED)
def test_roles_by_order(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


def test_roles_by_order_stay_unsure() -> None:
    x = extract(
        mail(
            body(
                "Bonjour,\n\nnos serveurs de production et de test ont respectivement les "
                "adresses\n198.51.100.201 et 198.51.100.202.\n" + SIG
            )
        )
    )
    assert [str(a) for a in x.test_ips] == ["198.51.100.202"]
    assert not certain(x, "production_ips")
    assert not certain(x, "test_ips")


def _form(prod: str, test: str) -> str:
    return (
        "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM\nŽadatel: Zprávy s.r.o.\n"
        f"Produkční IP: {prod}\nTestovací IP: {test}\n"
        "Kontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"
    )


_COVERS = [
    pytest.param(
        "Dobrý den,\n\nve formuláři jsou omylem zaměněné role – .21 je testovací a .20 ostrá.\n",
        _form("192.0.2.21", "192.0.2.20"),
        ["192.0.2.20"],
        ["192.0.2.21"],
        id="b1-cs-zamenene",
    ),
    pytest.param(
        "Hi,\n\nin the attached form I mixed up the two addresses: .35 should be production "
        "and .36 test.\n",
        _form("198.51.100.36", "198.51.100.35"),
        ["198.51.100.35"],
        ["198.51.100.36"],
        id="b2-en-mixed-up",
    ),
    pytest.param(
        "Dobrý deň,\n\nv prílohe sú adresy naopak: produkčná je .45, testovacia .44.\n",
        _form("203.0.113.44", "203.0.113.45"),
        ["203.0.113.45"],
        ["203.0.113.44"],
        id="b3-sk-naopak",
    ),
    pytest.param(
        "Guten Tag,\n\nim Formular sind Produktion und Test vertauscht – richtig: .12 "
        "Produktion, .13 Test.\n",
        _form("192.0.2.13", "192.0.2.12"),
        ["192.0.2.12"],
        ["192.0.2.13"],
        id="b4-de-vertauscht",
    ),
    pytest.param(
        "Dobrý den,\n\nposílám žádost; oprava k ní: ostrý provoz poběží z .77, test z .76.\n",
        _form("198.51.100.76", "198.51.100.77"),
        ["198.51.100.77"],
        ["198.51.100.76"],
        id="b5-cs-oprava-z-octet",
    ),
    pytest.param(
        "Hello,\n\nquick fix to the attachment - .88 is our test machine, .89 the live one.\n",
        _form("203.0.113.88", "203.0.113.89"),
        ["203.0.113.89"],
        ["203.0.113.88"],
        id="b6-en-quick-fix",
    ),
    # near misses: an octet two addresses of the form share; an octet the cover confirms
    pytest.param(
        "Dobrý den,\n\nadresa .10 z formuláře je ta testovací.\n",
        _form("192.0.2.10", "198.51.100.10"),
        ["192.0.2.10"],
        ["198.51.100.10"],
        id="nb1-cs-octet-shared",
    ),
    pytest.param(
        "Dobrý den,\n\njen pro jistotu: .25 je ve formuláři správně jako testovací.\n",
        _form("192.0.2.24", "192.0.2.25"),
        ["192.0.2.24"],
        ["192.0.2.25"],
        id="nb2-cs-octet-confirms",
    ),
]


@pytest.mark.parametrize(("cover", "form", "prod", "test"), _COVERS)
def test_cover_names_octets(cover: str, form: str, prod: list[str], test: list[str]) -> None:
    x = extract(mail(body(cover + SIG), text_file("zadost.txt", form)))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test
    assert not certain(x, "production_ips")


_ORDERED_MORE = [
    pytest.param(
        "Dobrý den,\n\nadresy 192.0.2.121 a 192.0.2.122 slouží v tomto pořadí pro ostrý a "
        "testovací provoz.\n",
        ["192.0.2.121"],
        ["192.0.2.122"],
        id="a10-cs-addresses-first-v-tomto-poradi",
    ),
    pytest.param(
        "Hello,\n\nour production server (a backup of the old one) and our test server use "
        "198.51.100.131 and 198.51.100.132 respectively.\n",
        ["198.51.100.131"],
        ["198.51.100.132"],
        id="a11-en-aside-with-another-use-word",
    ),
    pytest.param(
        "Buenos días:\n\npara producción y pruebas usaremos 203.0.113.141 y 203.0.113.142, "
        "respectivamente.\n",
        ["203.0.113.141"],
        ["203.0.113.142"],
        id="a12-es-respectivamente-last",
    ),
    pytest.param(
        "Buongiorno,\n\ngli indirizzi 192.0.2.151 e 192.0.2.152 sono rispettivamente di test e "
        "di produzione.\n",
        ["192.0.2.152"],
        ["192.0.2.151"],
        id="a13-it-test-first",
    ),
    pytest.param(
        "Tisztelt Hivatal!\n\nA 198.51.100.161 és a 198.51.100.162 cím ebben a sorrendben az "
        "éles és a teszt rendszerünké.\n",
        ["198.51.100.161"],
        ["198.51.100.162"],
        id="a14-hu-sorrendben",
    ),
    pytest.param(
        "Dzień dobry,\n\nserwer produkcyjny oraz testowy będą się łączyć z adresów 203.0.113.171 i\n"
        "203.0.113.172 (w tej kolejności).\n",
        ["203.0.113.171"],
        ["203.0.113.172"],
        id="a15-pl-w-tej-kolejnosci-wrapped",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktions- und Testserver erreichen Sie jeweils unter 192.0.2.181 und "
        "192.0.2.182.\n",
        ["192.0.2.181"],
        ["192.0.2.182"],
        id="a16-de-jeweils",
    ),
    # near misses: "jeweils" for two machines of each use; the order of places, not of uses
    pytest.param(
        "Guten Tag,\n\nProduktion und Test laufen jeweils auf zwei Maschinen: Produktion "
        "192.0.2.191 und 192.0.2.192, Test 192.0.2.193 und 192.0.2.194.\n",
        ["192.0.2.191", "192.0.2.192"],
        ["192.0.2.193", "192.0.2.194"],
        id="na4-de-jeweils-two-each",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukční adresy jsou 198.51.100.211 a 198.51.100.212, v tomto pořadí pro "
        "Prahu a Brno; testovací 198.51.100.213.\n",
        ["198.51.100.211", "198.51.100.212"],
        ["198.51.100.213"],
        id="na5-cs-order-of-places",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _ORDERED_MORE)
def test_roles_by_order_more(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_SET_RIGHT = [
    pytest.param(
        "Hello,\n\nProduction: 192.0.2.1\nTest: 192.0.2.2\n\nSorry, I got it backwards: "
        "192.0.2.1 should be test and 192.0.2.2 production.\n",
        ["192.0.2.2"],
        ["192.0.2.1"],
        id="c1-en-backwards",
    ),
    pytest.param(
        "Dobrý den,\n\nostrá IP: 198.51.100.5, testovací IP: 198.51.100.6\n\n"
        "Oprava: 198.51.100.5 má být testovací a 198.51.100.6 ostrá.\n",
        ["198.51.100.6"],
        ["198.51.100.5"],
        id="c2-cs-ma-byt-use",
    ),
    pytest.param(
        "Dobrý deň,\n\nProdukčná: 203.0.113.8\nTestovacia: 203.0.113.7\n\n"
        "Oprava – 203.0.113.7 má byť produkčná a 203.0.113.8 testovacia.\n",
        ["203.0.113.7"],
        ["203.0.113.8"],
        id="c3-sk-ma-byt-use",
    ),
    pytest.param(
        "Guten Tag,\n\nProduktion: 192.0.2.9\nTest: 192.0.2.10\n\n"
        "Korrektur: 192.0.2.9 sollte Test sein, 192.0.2.10 Produktion.\n",
        ["192.0.2.10"],
        ["192.0.2.9"],
        id="c4-de-sollte-test-sein",
    ),
    pytest.param(
        "Hello,\n\nProduction IP: 198.51.100.20, Test IP: 198.51.100.21\n\n"
        "Correction: 198.51.100.20 is actually the test box and 198.51.100.21 is production.\n",
        ["198.51.100.21"],
        ["198.51.100.20"],
        id="c5-en-actually-the-test-box",
    ),
    pytest.param(
        "Bonjour,\n\nProduction : 203.0.113.30\nTest : 203.0.113.31\n\n"
        "Correction : 203.0.113.30 correspond au serveur de test, et 203.0.113.31 à la "
        "production.\n",
        ["203.0.113.31"],
        ["203.0.113.30"],
        id="c6-fr-correspond",
    ),
    # near misses: a correction that replaces the address itself
    pytest.param(
        "Dobrý den,\n\nprodukční IP: 192.0.2.39\ntestovací IP: 192.0.2.40\n\n"
        "Oprava: 192.0.2.40 má být 192.0.2.41.\n",
        ["192.0.2.39"],
        ["192.0.2.41"],
        id="nc1-cs-ma-byt-address",
    ),
    pytest.param(
        "Hello,\n\nproduction IP 198.51.100.50 - sorry, it should be production IP "
        "198.51.100.51 and test 198.51.100.52.\n",
        ["198.51.100.51"],
        ["198.51.100.52"],
        id="nc2-en-should-be-use-and-address",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SET_RIGHT)
def test_correction_sets_use_right(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
