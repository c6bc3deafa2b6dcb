"""A drill, forty-eighth round (issue 18): (a) a message that lists a test address and then
drops it in words - testing will run from production, no separate test machine, the test
address is not needed after all - in several languages; near-miss negatives keep the test
address (testing from production too while the test address stays). (c) A cover note that
gives a use's address anew ("testovací adresa bude nově B", "the test IP has changed to B")
for the application it sends: that use's addresses in the enclosed application are
replaced; near misses add an address beside the enclosed one. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; only the address
fields are checked.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _add(key: str, text: str, prod: list[str], test: list[str]) -> None:
    """A plain e-mail with ``text`` in its body and its address fields' labels."""
    p = mail(
        body(text),
        subject="Přístup k výsledkům voleb",
        sender="jana.kralova@dolnizpravy.example",
        sender_name="Jana Králová",
    )
    CASES[key] = (
        p,
        label(FEED, ("Dolní zprávy s.r.o.", None, None), prod, test, (None, None, None)),
    )


_SIGN = "\nS pozdravem\nJana Králová\nDolní zprávy s.r.o.\n"

# (a) the test address dropped in words after the list
_add(
    "cz_neuvadejte_test_from_prod",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb.\nProdukční IP: 192.0.2.10\n"
    "Testovací IP: 192.0.2.11\n\nA testovací adresu prosím neuvádějte, testovat budeme "
    "rovnou z produkční." + _SIGN,
    ["192.0.2.10"],
    [],
)
_add(
    "sk_neuvadzajte_test",
    "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\nProdukčná IP: 192.0.2.20\n"
    "Testovacia IP: 192.0.2.21\n\nTestovaciu adresu napokon neuvádzajte, testovať budeme "
    "priamo z produkcie." + _SIGN,
    ["192.0.2.20"],
    [],
)
_add(
    "cz_nepotrebujeme_test",
    "Dobrý den,\nprosíme o přístup.\nProdukce: 198.51.100.30\nTest: 198.51.100.31\n\n"
    "Ještě oprava: testovací IP nakonec nepotřebujeme, samostatný testovací stroj nemáme."
    + _SIGN,
    ["198.51.100.30"],
    [],
)
_add(
    "cz_neni_potreba",
    "Dobrý den,\nžádost o přístup k XML.\nProdukční adresa: 198.51.100.40\n"
    "Testovací adresa: 198.51.100.41\n\nTestovací adresa nakonec není potřeba, budeme "
    "testovat z produkce." + _SIGN,
    ["198.51.100.40"],
    [],
)
_add(
    "en_dont_need_test_after_all",
    "Hello,\nwe would like access to the results feed.\nProduction IP: 203.0.113.50\n"
    "Test IP: 203.0.113.51\n\nOn second thought, we don't need a test IP after all - "
    "we'll test straight from production.\n\nBest regards,\nJana Kralova\n",
    ["203.0.113.50"],
    [],
)
_add(
    "en_test_address_not_needed",
    "Hi,\nplease grant access to the election feed.\nProduction: 203.0.113.60\n"
    "Test: 203.0.113.61\n\nUpdate: the test address is not needed, there is no separate "
    "test machine.\n\nThanks,\nJana Kralova\n",
    ["203.0.113.60"],
    [],
)
_add(
    "de_test_ip_entfaellt",
    "Guten Tag,\nwir beantragen den Zugang zu den Wahlergebnissen.\nProduktiv-IP: 192.0.2.70\n"
    "Test-IP: 192.0.2.71\n\nNachtrag: Die Test-IP entfällt, wir testen direkt vom "
    "Produktivsystem.\n\nMit freundlichen Grüßen\nJana Kralova\n",
    ["192.0.2.70"],
    [],
)
_add(
    "de_keine_test_ip_noetig",
    "Guten Tag,\nbitte um Zugang.\nProduktion: 192.0.2.80\nTest: 192.0.2.81\n\n"
    "Korrektur: eine Test-IP brauchen wir doch nicht, getestet wird auf der Produktion.\n\n"
    "Gruß\nJana Kralova\n",
    ["192.0.2.80"],
    [],
)
_add(
    "pl_nie_potrzebujemy_testowego",
    "Dzień dobry,\nprosimy o dostęp do wyników wyborów.\nAdres produkcyjny: 198.51.100.90\n"
    "Adres testowy: 198.51.100.91\n\nAdresu testowego jednak nie potrzebujemy, testować "
    "będziemy z produkcji.\n\nPozdrawiam\nJana Kralova\n",
    ["198.51.100.90"],
    [],
)
_add(
    "hu_nem_kell_teszt_ip",
    "Jó napot,\nhozzáférést kérünk a választási eredményekhez.\nProduction IP: 203.0.113.100\n"
    "Teszt IP: 203.0.113.101\n\nMégsem kell teszt IP, a production szerverről tesztelünk.\n\n"
    "Üdvözlettel\nJana Kralova\n",
    ["203.0.113.100"],
    [],
)
_add(
    "fr_pas_besoin_adresse_test",
    "Bonjour,\nnous demandons l'accès aux résultats.\nIP de production : 203.0.113.110\n"
    "IP de test : 203.0.113.111\n\nFinalement, pas besoin d'adresse de test, nous testerons "
    "depuis la production.\n\nCordialement\nJana Kralova\n",
    ["203.0.113.110"],
    [],
)
_add(
    "en_ignore_test_no_separate_box",
    "Hello,\naccess to the feed please.\nLive server: 192.0.2.120\nStaging: 192.0.2.121\n\n"
    "PS: please ignore the staging address, we have no separate test box and will test "
    "from the live one.\n\nJana Kralova\n",
    ["192.0.2.120"],
    [],
)

# near misses: testing from production too, while the test address stays
_add(
    "cz_near_test_z_produkce_i_test_zustava",
    "Dobrý den,\nžádáme o přístup.\nProdukční IP: 192.0.2.130\nTestovací IP: 192.0.2.131\n\n"
    "Testovat budeme i z produkční, ale testovací adresu prosím ponechte." + _SIGN,
    ["192.0.2.130"],
    ["192.0.2.131"],
)
_add(
    "en_near_also_from_production",
    "Hello,\nwe request access.\nProduction IP: 198.51.100.140\nTest IP: 198.51.100.141\n\n"
    "We will also run some tests from production; the test address above stays as listed.\n\n"
    "Jana Kralova\n",
    ["198.51.100.140"],
    ["198.51.100.141"],
)
_add(
    "de_near_keine_weitere_test_ip",
    "Guten Tag,\nbitte um Zugang.\nProduktiv-IP: 198.51.100.150\nTest-IP: 198.51.100.151\n\n"
    "Eine weitere Test-IP brauchen wir nicht, die obige genügt.\n\nGruß\nJana Kralova\n",
    ["198.51.100.150"],
    ["198.51.100.151"],
)
_add(
    "cz_near_prod_neuvadejte_jinou",
    "Dobrý den,\nprosíme o přístup.\nProdukční IP: 203.0.113.160\nTestovací IP: 203.0.113.161\n\n"
    "Jinou adresu než tyto dvě prosím neuvádějte." + _SIGN,
    ["203.0.113.160"],
    ["203.0.113.161"],
)


def _cover(key: str, cover: str, enclosed: str, prod: list[str], test: list[str]) -> None:
    """A cover e-mail sending the application as an attached text file."""
    p = mail(
        body(cover),
        text_file("zadost.txt", enclosed),
        subject="Fwd: Žádost o přístup k výsledkům voleb",
        sender="it@dolnizpravy.example",
        sender_name="Petr Malý",
    )
    CASES[key] = (
        p,
        label(FEED, ("Dolní zprávy s.r.o.", None, None), prod, test, (None, None, None)),
    )


def _app(prod: str, test: str) -> str:
    return (
        "Žádost o přístup k výsledkům voleb\nŽadatel: Dolní zprávy s.r.o.\n"
        f"Produkční IP: {prod}\nTestovací IP: {test}\nKontakt: Jana Králová\n"
    )


# (c) a cover's new value of a use replaces the enclosed one's
_cover(
    "cz_cover_test_nove",
    "Dobrý den,\nposílám žádost šéfredaktorky v příloze. Jen doplňuji, že testovací adresa "
    "bude nově 192.0.2.150.\n\nPetr Malý, IT\n",
    _app("192.0.2.140", "192.0.2.141"),
    ["192.0.2.140"],
    ["192.0.2.150"],
)
_cover(
    "en_cover_test_changed_to",
    "Hello,\nforwarding our application, attached. Since then the test IP has changed to "
    "203.0.113.9.\n\nPetr Maly\n",
    _app("203.0.113.1", "203.0.113.2"),
    ["203.0.113.1"],
    ["203.0.113.9"],
)
_cover(
    "de_cover_neue_produktiv_ip",
    "Guten Tag,\nanbei unser Antrag. Neue Produktiv-IP: 198.51.100.20\n\nGruß\nPetr Maly\n",
    _app("198.51.100.10", "198.51.100.11"),
    ["198.51.100.20"],
    ["198.51.100.11"],
)
_cover(
    "sk_cover_nova_testovacia",
    "Dobrý deň,\nv prílohe posielam žiadosť. Nová testovacia adresa je 192.0.2.33.\n\n"
    "Petr Malý\n",
    _app("192.0.2.31", "192.0.2.32"),
    ["192.0.2.31"],
    ["192.0.2.33"],
)
_cover(
    "pl_cover_nowy_produkcyjny",
    "Dzień dobry,\nw załączniku wniosek. Nowy adres produkcyjny: 203.0.113.44\n\n"
    "Pozdrawiam\nPetr Maly\n",
    _app("203.0.113.40", "203.0.113.41"),
    ["203.0.113.44"],
    ["203.0.113.41"],
)
_cover(
    "cz_near_cover_pridavame_test",
    "Dobrý den,\nv příloze žádost. Navíc přidáváme testovací adresu 192.0.2.55.\n\n"
    "Petr Malý\n",
    _app("192.0.2.50", "192.0.2.51"),
    ["192.0.2.50"],
    ["192.0.2.51", "192.0.2.55"],
)
_cover(
    "en_near_cover_also_new_test",
    "Hello,\nattached is our application; we also add a new test server 203.0.113.66 next "
    "to the one listed there.\n\nPetr Maly\n",
    _app("203.0.113.60", "203.0.113.61"),
    ["203.0.113.60"],
    ["203.0.113.61", "203.0.113.66"],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
