"""Round 28: a generalisation drill of three address classes (labelled by LABELS.md before
extraction was run): two uses named together and joined by a conjunction, then exactly two
addresses in that order (also one written as a last octet); an address called wrong together
with its own noun phrase ("chybná produkční adresa (A)") in a reply sending a corrected form;
and a PDF-like table whose address cell wraps its note in the address column, the role cell
beside the cell's last line. Near misses of each class keep their earlier reading."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file


def _read(text: str, *attached: tuple[str, str]) -> tuple[list[str], list[str], bool]:
    x = extract(mail(body(text + SIG), *(text_file(n, t) for n, t in attached)))
    certain = all(x.fields[k].certain for k in ("production_ips", "test_ips") if k in x.fields)
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips], certain


_PAIRED = [
    pytest.param(
        "Dobrý den,\nžádáme o přístup k XML výsledkům.\nOstrý a testovací server: 203.0.113.8 a "
        "203.0.113.9\nDěkuji\n",
        ["203.0.113.8"],
        ["203.0.113.9"],
        id="a1-cs-label-two-addresses",
    ),
    pytest.param(
        "Hi, please whitelist us for the XML feed. Live and staging: 198.51.100.20, .21 - "
        "thanks!\n",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="a2-en-shorthand-comma",
    ),
    pytest.param(
        "Dobrý deň, prosíme o prístup. Produkčná a testovacia IP: 192.0.2.44 a 192.0.2.45.\n",
        ["192.0.2.44"],
        ["192.0.2.45"],
        id="a3-sk-label",
    ),
    pytest.param(
        "Guten Tag, wir bitten um Zugang zum XML-Server. Produktion und Test = 203.0.113.70 "
        "und .71\nMit freundlichen Grüßen\n",
        ["203.0.113.70"],
        ["203.0.113.71"],
        id="a4-de-equals-shorthand",
    ),
    pytest.param(
        "Dobry den, XML vysledky prosim. test a prod: 192.0.2.150 a 192.0.2.151\n",
        ["192.0.2.151"],
        ["192.0.2.150"],
        id="a5-test-first",
    ),
    pytest.param(
        "Dzień dobry, prosimy o dostęp do XML. Serwer produkcyjny i testowy: 198.51.100.90 "
        "oraz 198.51.100.91.\n",
        ["198.51.100.90"],
        ["198.51.100.91"],
        id="a6-pl-i-oraz",
    ),
    pytest.param(
        "Ahoj, posíláme adresy pro XML. Prod/test? Ne - prod a test: 203.0.113.33 a .34 "
        "(v tomto pořadí)\n",
        ["203.0.113.33"],
        ["203.0.113.34"],
        id="a7-cs-shorthand-order-words",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _PAIRED)
def test_two_uses_named_together_give_two_addresses_in_order(
    text: str, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, certain = _read(text)
    assert (got_prod, got_test) == (prod, test)
    assert not certain


def test_near_miss_three_addresses_after_a_joined_pair_are_not_split() -> None:
    """Three addresses after "prod a test:" do not split one for one: no order is read."""
    got_prod, got_test, certain = _read(
        "Dobrý den, prod a test: 192.0.2.1, 192.0.2.2 a 192.0.2.3\n"
    )
    assert (got_prod, got_test) != (["192.0.2.1"], ["192.0.2.2", "192.0.2.3"])
    assert not certain


def test_near_miss_use_named_after_the_list_keeps_its_reading() -> None:
    """ "Ostrý a testovací: A a B, testovací zatím nemáme": the words after the list name a use."""
    got_prod, got_test, _ = _read(
        "Dobrý den,\nostrý provoz: 203.0.113.5 a 203.0.113.6, testovací zatím nemáme.\n"
    )
    assert got_prod == ["203.0.113.5", "203.0.113.6"]
    assert got_test == []


_CORRECTED = [
    pytest.param(
        "Dobrý den,\nv první verzi byla chybná produkční adresa (198.51.100.151). Posílám "
        "opravenou žádost, platí jen ta.\n",
        "Produkční IP: 198.51.100.115\nTestovací IP: 198.51.100.116\n",
        ["198.51.100.115"],
        ["198.51.100.116"],
        id="b1-cs-chybna-produkcni-adresa",
    ),
    pytest.param(
        "Hello,\nsorry, the first form had the wrong production IP: 203.0.113.99. The "
        "corrected form is attached.\n",
        "Production IP: 203.0.113.90\nTest IP: 203.0.113.91\n",
        ["203.0.113.90"],
        ["203.0.113.91"],
        id="b2-en-wrong-production-ip-colon",
    ),
    pytest.param(
        "Dobrý deň,\nnesprávna testovacia adresa 192.0.2.77 bola v pôvodnej žiadosti, "
        "posielam opravenú.\n",
        "Produkčná IP: 192.0.2.70\nTestovacia IP: 192.0.2.71\n",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="b3-sk-nespravna-testovacia",
    ),
    pytest.param(
        "Guten Tag,\ndie falsche Test-Adresse 198.51.100.66 bitte ignorieren, anbei das "
        "korrigierte Formular.\n",
        "Produktion: 198.51.100.60\nTest: 198.51.100.61\n",
        ["198.51.100.60"],
        ["198.51.100.61"],
        id="b4-de-falsche-test-adresse",
    ),
    pytest.param(
        "Dobrý den,\nomlouváme se, chybně uvedená IP adresa 203.0.113.250 v původní žádosti "
        "neplatí. Opravená žádost v příloze.\n",
        "IP pro ostrý provoz: 203.0.113.25\nIP pro test: 203.0.113.26\n",
        ["203.0.113.25"],
        ["203.0.113.26"],
        id="b5-cs-chybne-uvedena-ip-adresa",
    ),
    pytest.param(
        "Hi,\nour previous request listed an incorrect live server address 192.0.2.199; the "
        "attached v2 has the right one.\n",
        "Live: 192.0.2.19\nTest: 192.0.2.20\n",
        ["192.0.2.19"],
        ["192.0.2.20"],
        id="b6-en-incorrect-live-server-address",
    ),
]


@pytest.mark.parametrize(("text", "form", "prod", "test"), _CORRECTED)
def test_an_address_called_wrong_with_its_use_is_not_asked_for(
    text: str, form: str, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, _ = _read(text, ("zadost_v2.txt", form))
    assert (got_prod, got_test) == (prod, test)


def test_near_miss_wrong_word_about_something_else_keeps_the_address() -> None:
    """ "Chybná byla jen adresa e-mailu, produkční IP 203.0.113.40 platí": not the address."""
    got_prod, _, _ = _read(
        "Dobrý den,\nchybný byl jen kontakt; produkční IP 203.0.113.40 zůstává.\n"
    )
    assert got_prod == ["203.0.113.40"]


def test_near_miss_correct_address_is_asked_for() -> None:
    """ "Správná produkční adresa (A)": the address set right, asked for."""
    got_prod, _, _ = _read("Dobrý den,\nsprávná produkční adresa (198.51.100.15) je tato.\n")
    assert got_prod == ["198.51.100.15"]


_WRAPPED = [
    pytest.param(
        "                                   192.0.2.10\n"
        "                                   (hlavní,\n"
        "                  Produkce         Brno)\n"
        "                                   192.0.2.19\n"
        "                                   (vývojové\n"
        "                  Test             prostředí)\n"
        "                                   Jana\n"
        "                  Kontakt          Malá\n",
        ["192.0.2.10"],
        ["192.0.2.19"],
        id="c1-cs-two-rows",
    ),
    pytest.param(
        "                              203.0.113.5\n"
        "                              (primary\n"
        "          Production          site)\n"
        "                              203.0.113.6\n"
        "                              (DR\n"
        "          Production          site)\n"
        "                              203.0.113.9\n"
        "                              (staging\n"
        "          Test                box)\n",
        ["203.0.113.5", "203.0.113.6"],
        ["203.0.113.9"],
        id="c2-en-three-rows",
    ),
    pytest.param(
        "                                     198.51.100.30\n"
        "                                     (testovací\n"
        "                Test                 stroj)\n"
        "                                     198.51.100.31\n"
        "                                     (ostrý\n"
        "                Produkce             provoz)\n",
        ["198.51.100.31"],
        ["198.51.100.30"],
        id="c3-notes-naming-uses",
    ),
    pytest.param(
        "                                   192.0.2.60\n"
        "                                   (záložní\n"
        "                                   server v\n"
        "                  Produkční IP     Ostravě)\n"
        "                                   192.0.2.61\n"
        "                                   (vývoj a\n"
        "                                   ladění\n"
        "                  Testovací IP     exportu)\n"
        "                                   Petr\n"
        "                  Telefon          777 111\n",
        ["192.0.2.60"],
        ["192.0.2.61"],
        id="c4-four-line-cells",
    ),
    pytest.param(
        "                              203.0.113.140\n"
        "                              (Rechenzentrum\n"
        "          Produktion          Nord)\n"
        "                              203.0.113.141\n"
        "                              (Entwicklungs-\n"
        "          Test                umgebung)\n",
        ["203.0.113.140"],
        ["203.0.113.141"],
        id="c5-de",
    ),
    pytest.param(
        "                              198.51.100.70\n"
        "                              (server\n"
        "          Produkčný           Košice)\n"
        "                              198.51.100.71\n"
        "                              (vývojové\n"
        "          Testovací           prostredie)\n"
        "                              Mgr. Eva\n"
        "          E-mail              eva@noviny.example\n",
        ["198.51.100.70"],
        ["198.51.100.71"],
        id="c6-sk",
    ),
]


@pytest.mark.parametrize(("table", "prod", "test"), _WRAPPED)
def test_a_table_whose_address_cell_wraps_its_note(
    table: str, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, certain = _read(
        "Dobrý den, žádost v příloze.\n", ("zadost.txt", "Žádost o přístup k XML\n\n" + table)
    )
    assert (got_prod, got_test) == (prod, test)
    assert not certain


def test_near_miss_a_form_of_labels_and_values_is_no_wrapped_cell() -> None:
    """ "IP – test  A" / "Kontakt  Lenka": the next label's value, each row its own."""
    form = (
        "IČO                             06594182\n"
        "IP – produkce                   198.18.33.2\n"
        "IP – test                       198.18.33.3\n"
        "Kontakt                         Lenka Fialová, 724 118 530\n"
    )
    got_prod, got_test, _ = _read("Dobrý den, v příloze.\n", ("zadost.txt", form))
    assert (got_prod, got_test) == (["198.18.33.2"], ["198.18.33.3"])


def test_near_miss_colon_labels_below_an_address_end_the_table() -> None:
    """ "Kontakt:  Oldřich" below the addresses is the form's next line, not a wrapped note."""
    form = (
        "IP produkce:            192.0.2.240\n"
        "IP test:                192.0.2.241\n"
        "Kontakt:                Oldřich Mráz\n"
    )
    got_prod, got_test, _ = _read("Dobrý den, v příloze.\n", ("zadost.txt", form))
    assert (got_prod, got_test) == (["192.0.2.240"], ["192.0.2.241"])


def test_near_miss_both_addresses_for_both_uses_are_not_split() -> None:
    """ "Produkce a test: A a B (obě adresy pro oba účely)": no order, each for both."""
    got_prod, got_test, certain = _read(
        "Dobrý den, produkce a test: 192.0.2.5 a 192.0.2.6 (obě adresy pro oba účely)\n"
    )
    assert (got_prod, got_test) != (["192.0.2.5"], ["192.0.2.6"])
    assert not certain
