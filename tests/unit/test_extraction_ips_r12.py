"""IP addresses, twelfth round: principles generalised from the twelfth held-out part.

1. A word naming a version, firmware, release or build in running text, in any inflection
   and language, makes the dotted number after it a version, not an address (fc013).
2. A request not to count, consider or keep an address, or a statement that its machine is
   switched off or was to be deleted, withdraws it - also from another part of the filing
   that lists it (fb018).
3. A table whose header names a first and a last column ("od/do", "from/to", "von/bis",
   "start/end") gives a range in each row: the addresses between the two cells count too
   (fb028).
4. A cover note withdrawing a row of the attached table by its place, naming no address
   ("the third line no longer applies", "ignore row 4", "bez posledního řádku", "die letzte
   Zeile entfällt"), withdraws that row's addresses, never for certain (fb018's principle).
5. An address said to be the same as one written out but for its end ("tatáž, jen na konci
   místo 77 je 78", "the same, only ending in 21") is that address with the end changed, of
   the use named before "same" (k005; never certain).

Outcome: 44 principle probes and 12 control cases; before this round 39 of the 44 probes failed
(P1 9/10, P2 5/9, P3 8/8, P4 9/9, P5 8/8, counted on the code before the change); after it
all pass.
"""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips
from tests.unit.extraction_helpers import body, certain, extract, mail, text_file


def _addresses(text: str) -> list[str]:
    return [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]


# Principle 1: a version, firmware, release or build named in running text before a dotted
# number makes it a version ("s firmwarem 7.1.2.15", "Firmwarestand 7.1.2.15", "wersji …").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech, instrumental case of "firmware"
        ("Ven jdeme přes 198.51.100.40, bránu s firmwarem 6.3.1.22 jsme nedávno aktualizovali.",
         ["198.51.100.40"]),
        # Czech without diacritics, genitive "firmwaru"
        ("Po aktualizaci firmwaru 4.0.2.8 bude stahovani bezet z 192.0.2.61.", ["192.0.2.61"]),
        # Slovak spelling "firmvér"
        ("Prístup prosím z 203.0.113.14, zariadenie má firmvér 5.2.1.8.", ["203.0.113.14"]),
        # English, "revision"
        ("Our gateway (firmware revision 3.10.4.2) forwards everything from 198.51.100.7.",
         ["198.51.100.7"]),
        # German compound "Firmwarestand"
        ("Der Router mit Firmwarestand 7.1.2.15 leitet alles über 192.0.2.88 weiter.",
         ["192.0.2.88"]),
        # Polish, "w wersji" in the locative
        ("Serwer 203.0.113.150 ma oprogramowanie w wersji 2.0.4.1.", ["203.0.113.150"]),
        # Italian, "versione"
        ("Il server 198.51.100.33 usa il client alla versione 9.1.0.4.", ["198.51.100.33"]),
        # English, "patch level"
        ("Production host 192.0.2.140 is on patch level 8.0.2.1 since May.", ["192.0.2.140"]),
        # Czech, "sestavení" (a build) with diacritics
        ("Stahovač v sestavení 1.4.0.27 poběží na stroji 203.0.113.201.", ["203.0.113.201"]),
        # Dutch, "versie"
        ("Onze server 198.51.100.66 draait softwareversie 12.2.0.5.", ["198.51.100.66"]),
    ],
)
def test_a_version_named_in_running_text_is_no_address(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # controls: a server named after such a word stays an address
        ("Verze 2 formuláře: produkční server 192.0.2.5.", ["192.0.2.5"]),
        ("After the firmware upgrade the address is 198.51.100.9.", ["198.51.100.9"]),
        ("We run the download software on 198.51.100.9.", ["198.51.100.9"]),
    ],
)
def test_an_address_after_a_version_word_in_another_phrase_stays(
    text: str, expected: list[str]
) -> None:
    assert _addresses(text) == expected, text


# Principle 2: not counting, considering or keeping an address, its machine switched off or
# to be deleted, withdraws it - also from the attachment that lists it.


@pytest.mark.parametrize(
    "note",
    [
        # Czech: "nepočítejte s ní"
        "Adresu 198.51.100.12 z přílohy prosím nepočítejte, byla tam omylem.",
        # Czech without diacritics: "neberte v úvahu"
        "198.51.100.12 v tabulce neberte v uvahu, ten stroj uz nemame.",
        # Slovak: "nezohľadňujte"
        "Riadok s 198.51.100.12 prosím nezohľadňujte.",
        # English: "disregard"
        "Please disregard 198.51.100.12 in the attached sheet.",
        # English: "should not be counted"
        "The row with 198.51.100.12 should not be counted, we forgot to delete it.",
        # German: "nicht berücksichtigen"
        "Die Zeile 198.51.100.12 bitte nicht berücksichtigen.",
        # Polish: "proszę nie uwzględniać"
        "Adresu 198.51.100.12 z tabeli proszę nie uwzględniać.",
        # Czech: the machine was switched off
        "V příloze je navíc 198.51.100.12 – ten server jsme vypnuli.",
        # Czech: forgot to delete it
        "U 198.51.100.12 jsem ho zapomněl smazat, ten už neplatí.",
    ],
)
def test_a_note_not_to_count_an_address_withdraws_it_from_the_attachment(note: str) -> None:
    sheet = "Typ;IP\nprodukce;198.51.100.10\nprodukce;198.51.100.11\nprodukce;198.51.100.12\n"
    x = extract(
        mail(body(f"Dobrý den,\n\nposíláme adresy.\n\n{note}\n\nDěkujeme"),
             text_file("adresy.csv", sheet))
    )
    assert sorted(x.production_ips) == ["198.51.100.10", "198.51.100.11"], note
    assert not certain(x, "production_ips"), note


@pytest.mark.parametrize(
    "text",
    [
        # controls: the words of not counting said of an earlier message, not of the address
        "Please ignore my earlier mail and use 198.51.100.5 for production.",
        "Disregard the previous message and allow 198.51.100.5.",
        "Předchozí mail nepočítejte a povolte 198.51.100.5.",
        "198.51.100.5 je produkční, ignorujte předchozí mail.",
    ],
)
def test_not_counting_an_earlier_message_keeps_the_address(text: str) -> None:
    assert _addresses(text) == ["198.51.100.5"], text


def test_counting_an_address_in_keeps_it() -> None:
    # control: "započítejte" (do count it) adds nothing to withdraw
    sheet = "Typ;IP\nprodukce;198.51.100.10\nprodukce;198.51.100.11\n"
    x = extract(
        mail(body("Dobrý den,\n\nadresu 198.51.100.11 prosím započítejte také.\n\nDěkujeme"),
             text_file("adresy.csv", sheet))
    )
    assert sorted(x.production_ips) == ["198.51.100.10", "198.51.100.11"]


# Principle 3: a header naming a first and a last column makes each row a range.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech, tabs, the XLSX shape
        ("Od\tDo\tÚčel\n192.0.2.20\t192.0.2.22\tprodukce",
         ["192.0.2.20", "192.0.2.21", "192.0.2.22"]),
        # English, pipes, start/end
        ("Start | End | Use\n198.51.100.70 | 198.51.100.72 | production",
         ["198.51.100.70", "198.51.100.71", "198.51.100.72"]),
        # German, semicolons, von/bis
        ("Zweck;von;bis\nProduktion;203.0.113.40;203.0.113.43",
         ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"]),
        # English, first/last address columns, tabs
        ("First address\tLast address\tPurpose\n192.0.2.100\t192.0.2.103\tproduction",
         ["192.0.2.100", "192.0.2.101", "192.0.2.102", "192.0.2.103"]),
        # Czech without diacritics, "pocatecni/koncova adresa"
        ("Pocatecni adresa;Koncova adresa;Typ\n198.51.100.5;198.51.100.7;ostry",
         ["198.51.100.5", "198.51.100.6", "198.51.100.7"]),
        # Slovak, "od/do", two rows with two uses
        ("Od | Do | Typ\n203.0.113.60 | 203.0.113.61 | produkcia\n203.0.113.70 | 203.0.113.70 | test",
         ["203.0.113.60", "203.0.113.61", "203.0.113.70"]),
        # Polish, "od/do" after a name column
        ("Serwer\tod\tdo\nfeed\t192.0.2.200\t192.0.2.202",
         ["192.0.2.200", "192.0.2.201", "192.0.2.202"]),
        # English, "range start/range end", space-aligned
        ("Range start      Range end        Role\n"
         "198.51.100.240   198.51.100.242   production",
         ["198.51.100.240", "198.51.100.241", "198.51.100.242"]),
    ],
)
def test_a_from_and_to_column_give_a_range(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected, text


def test_two_address_columns_of_two_uses_are_no_range() -> None:
    # control: a production and a test column are two addresses, not a range
    text = "Produkce\tTest\n192.0.2.20\t192.0.2.29"
    assert _addresses(text) == ["192.0.2.20", "192.0.2.29"]


# Principle 4: a cover note withdrawing a row of the attached table by its place, naming no
# address ("the third line no longer applies", "ignore row 4", "bez posledního řádku", "die
# letzte Zeile entfällt"), withdraws that row's addresses; which row is a reading (unsure).

_SHEET = (
    "Typ;IP\nprodukce;198.51.100.10\nprodukce;198.51.100.11\nprodukce;198.51.100.12\n"
    "produkce;198.51.100.13\n"
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # Czech: an ordinal word and "už neplatí"
        ("Třetí řádek tabulky už neplatí.", ["198.51.100.10", "198.51.100.11", "198.51.100.13"]),
        # Czech without diacritics: "posledni radek prosim vynechte"
        ("Posledni radek prosim vynechte, ten stroj jeste nemame.",
         ["198.51.100.10", "198.51.100.11", "198.51.100.12"]),
        # Czech: "bez posledního řádku"
        ("Povolte prosím adresy z přílohy, ale bez posledního řádku.",
         ["198.51.100.10", "198.51.100.11", "198.51.100.12"]),
        # English: "the third line no longer applies"
        ("Note that the third line no longer applies.",
         ["198.51.100.10", "198.51.100.11", "198.51.100.13"]),
        # English: a spreadsheet's own row number (its header is row 1)
        ("Please ignore row 4 of the spreadsheet.",
         ["198.51.100.10", "198.51.100.11", "198.51.100.13"]),
        # German: "die letzte Zeile entfällt"
        ("Die letzte Zeile entfällt, der Server wurde abgebaut.",
         ["198.51.100.10", "198.51.100.11", "198.51.100.12"]),
        # Slovak: "prvý riadok už neplatí"
        ("Prvý riadok tabuľky už neplatí.", ["198.51.100.11", "198.51.100.12", "198.51.100.13"]),
        # Polish: "drugi wiersz proszę pominąć"
        ("Drugi wiersz tabeli proszę pominąć.",
         ["198.51.100.10", "198.51.100.12", "198.51.100.13"]),
        # English: "without the second row"
        ("Please allow the addresses in the attachment without the second row.",
         ["198.51.100.10", "198.51.100.12", "198.51.100.13"]),
    ],
)
def test_a_row_withdrawn_by_its_place_in_the_cover_note(note: str, expected: list[str]) -> None:
    x = extract(
        mail(body(f"Dobrý den,\n\nposíláme adresy v příloze.\n\n{note}\n\nDěkujeme"),
             text_file("adresy.csv", _SHEET))
    )
    assert sorted(x.production_ips) == expected, note
    assert not certain(x, "production_ips"), note


@pytest.mark.parametrize(
    "note",
    [
        # controls: a row named with a use, not withdrawn; a count of rows
        "Řádek 2 je testovací stroj, ostatní jsou produkční.",
        "The table has four rows, all of them production.",
    ],
)
def test_a_row_named_without_withdrawing_it_stays(note: str) -> None:
    x = extract(
        mail(body(f"Dobrý den,\n\nposíláme adresy v příloze.\n\n{note}\n\nDěkujeme"),
             text_file("adresy.csv", _SHEET))
    )
    assert len(set(x.production_ips) | set(x.test_ips)) == 4, note


# Principle 5: an address said to be the same as one written out but for its end ("tatáž,
# jen na konci místo 77 je 78", "the same, only ending in 21") is that address with the end
# changed; its use is the one named before "same" (k005; never certain).


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(str(a), m.role and m.role.value) for m in find_ips(text) for a in m.addresses]


@pytest.mark.parametrize(
    ("text", "derived"),
    [
        # Czech: "tatáž, jen na konci místo 77 je 78"
        ("Server má adresu 192.0.2.77. Testovací adresa je tatáž, jen na konci místo 77 je 78.",
         "192.0.2.78"),
        # Czech without diacritics: "stejna, jen posledni cislo"
        ("Ostra 198.51.100.30, testovaci stejna, jen posledni cislo 31.", "198.51.100.31"),
        # Czech colloquial: "tu samou adresu s koncovkou"
        ("Na produkci 192.0.2.40, na test tu samou adresu s koncovkou 41.", "192.0.2.41"),
        # English
        ("Production: 203.0.113.20. The test address is the same, only ending in 29.",
         "203.0.113.29"),
        # German
        ("Produktion 203.0.113.5, die Testadresse ist dieselbe, nur am Ende 9.", "203.0.113.9"),
        # Slovak: "rovnaká, len posledné číslo"
        ("Ostrá prevádzka 198.51.100.60, testovacia adresa je rovnaká, len posledné číslo 62.",
         "198.51.100.62"),
        # Polish: "taki sam, tylko końcówka"
        ("Produkcja 192.0.2.90, adres testowy taki sam, tylko końcówka 95.", "192.0.2.95"),
        # English, "identical except the last octet"
        ("Live feed from 198.51.100.140; for testing an identical one except the last octet 141.",
         "198.51.100.141"),
    ],
)
def test_the_same_address_but_for_its_end_is_the_other_use(text: str, derived: str) -> None:
    assert (derived, "test") in _roles(text), text


def test_the_same_server_as_last_year_is_no_new_address() -> None:
    # control: "the same" of a server with a count after it derives nothing
    assert _addresses("Server 192.0.2.10 je stejný jako loni, 2 servery.") == ["192.0.2.10"]
    assert _addresses("Adresa 192.0.2.10 je stejná jako poslední 3 roky.") == ["192.0.2.10"]
