"""A drill, forty-second round (issue 18): addresses listed under a heading, a table's row or
column header or a label that calls them the old, earlier or previously granted ones, beside
the new list: the old list's addresses drop out, the new list's stay. Near misses: a heading
saying the new ones are the same as last year's, "old and new both stay", a heading naming
this election's year. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import xlsx_sheets
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(
        body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name
    )


def _case(key: str, text: str, who: tuple[str, str, str, str], prod: list[str], test: list[str]) -> None:
    person, email, org, phone = who
    CASES[key] = (
        _mail(text, email, person),
        label(FEED, (org, None, None), prod, test, (person, email, phone)),
    )


_CZ = ("Petr Dvořák", "dvorak@hanackenoviny.example", "Hanácké noviny s.r.o.", "+420603118244")
_SIGN_CZ = "\nS pozdravem\nPetr Dvořák\nHanácké noviny s.r.o.\ntel. 603 118 244\n"
_SK = ("Mária Šimková", "simkova@liptovskehlasy.example", "Liptovské hlasy s.r.o.", "+421907553120")
_SIGN_SK = "\nS pozdravom\nMária Šimková\nLiptovské hlasy s.r.o.\ntel. 0907 553 120\n"
_EN = ("Tom Archer", "t.archer@northstar.example", "Northstar News Ltd", "+441614960321")
_SIGN_EN = "\nKind regards,\nTom Archer\nNorthstar News Ltd\n+44 161 496 0321\n"
_DE = ("Anna Berger", "berger@donaukurier.example", "Donau Kurier GmbH", "+49941555017")
_SIGN_DE = "\nMit freundlichen Grüßen\nAnna Berger\nDonau Kurier GmbH\n+49 941 555 017\n"
_PL = ("Piotr Nowak", "nowak@glosslaski.example", "Głos Śląski sp. z o.o.", "+48322550177")
_SIGN_PL = "\nZ poważaniem\nPiotr Nowak\nGłos Śląski sp. z o.o.\ntel. +48 32 255 01 77\n"

# (a) an old list under a heading line without a word for addresses, then the new list
_case(
    "cz_dosavadni_nove",
    "Dobrý den,\n\nposíláme změnu adres pro letošní volby.\n\nDosavadní:\n"
    "Produkční IP: 192.0.2.10\nTestovací IP: 192.0.2.11\n\nNové:\n"
    "Produkční IP: 192.0.2.20\nTestovací IP: 192.0.2.21\n" + _SIGN_CZ,
    _CZ, ["192.0.2.20"], ["192.0.2.21"],
)
_case(
    "de_bisher_neu",
    "Guten Tag,\n\nunsere Server haben sich geändert.\n\nBisher:\nProduktion: 198.51.100.10\n"
    "Test: 198.51.100.11\n\nNeu:\nProduktion: 198.51.100.20\nTest: 198.51.100.21\n" + _SIGN_DE,
    _DE, ["198.51.100.20"], ["198.51.100.21"],
)
_case(
    "en_previously_approved_new",
    "Hello,\n\nplease update our access for the coming election.\n\nPreviously approved:\n"
    "Production: 203.0.113.10\n\nNew:\nProduction: 203.0.113.20\nTest: 203.0.113.21\n" + _SIGN_EN,
    _EN, ["203.0.113.20"], ["203.0.113.21"],
)
_case(
    "sk_doterajsie_nove",
    "Dobrý deň,\n\nposielame aktualizáciu.\n\nDoterajšie:\nProdukcia: 198.51.100.110\n\n"
    "Nové:\nProdukcia: 198.51.100.120\nTest: 198.51.100.121\n" + _SIGN_SK,
    _SK, ["198.51.100.120"], ["198.51.100.121"],
)
_case(
    "pl_dotychczasowe_nowe",
    "Dzień dobry,\n\nprzesyłamy zmianę adresów.\n\nDotychczasowe:\nProdukcja: 192.0.2.130\n"
    "Test: 192.0.2.131\n\nNowe:\nProdukcja: 192.0.2.140\nTest: 192.0.2.141\n" + _SIGN_PL,
    _PL, ["192.0.2.140"], ["192.0.2.141"],
)
_case(
    "cz_stare_adresy_nove",
    "Dobrý den,\n\nměníme servery.\n\nStaré adresy:\nProdukční IP: 192.0.2.30\n\n"
    "Nové adresy:\nProdukční IP: 192.0.2.40\nTestovací IP: 192.0.2.41\n" + _SIGN_CZ,
    _CZ, ["192.0.2.40"], ["192.0.2.41"],
)
_case(
    "en_old_grant_heading_year",
    "Hi,\n\nwe move to a new host.\n\nGranted for the 2022 election:\nProduction: 198.51.100.50\n\n"
    "New:\nProduction: 198.51.100.60\n" + _SIGN_EN,
    _EN, ["198.51.100.60"], [],
)
# (b) a table's row header or column header, a labelled line
_case(
    "cz_table_row_header",
    "Dobrý den,\n\nposíláme adresy.\n\nStav | Produkce | Test\nPůvodní | 192.0.2.50 | 192.0.2.51\n"
    "Nové | 192.0.2.60 | 192.0.2.61\n" + _SIGN_CZ,
    _CZ, ["192.0.2.60"], ["192.0.2.61"],
)
_case(
    "en_table_column_previously",
    "Hello,\n\nour addresses:\n\nUse | Previously approved | New\n"
    "Production | 203.0.113.70 | 203.0.113.80\nTest | 203.0.113.71 | 203.0.113.81\n" + _SIGN_EN,
    _EN, ["203.0.113.80"], ["203.0.113.81"],
)
_case(
    "de_labelled_lines",
    "Guten Tag,\n\nbitte passen Sie die Freigabe an.\n\nBisherige Produktion: 198.51.100.70\n"
    "Neue Produktion: 198.51.100.80\nTest: 198.51.100.81\n" + _SIGN_DE,
    _DE, ["198.51.100.80"], ["198.51.100.81"],
)
# (c) near misses: the old ones stay, the new ones are the same as before, this election
_case(
    "cz_near_nove_stejne_jako_loni",
    "Dobrý den,\n\nžádáme o přístup.\n\nNové adresy (stejné jako loni):\n"
    "Produkční IP: 192.0.2.70\nTestovací IP: 192.0.2.71\n" + _SIGN_CZ,
    _CZ, ["192.0.2.70"], ["192.0.2.71"],
)
_case(
    "cz_near_stare_i_nove_plati",
    "Dobrý den,\n\npřidáváme server.\n\nStaré i nové adresy platí:\n"
    "Produkční IP: 192.0.2.80\nProdukční IP: 192.0.2.81\n" + _SIGN_CZ,
    _CZ, ["192.0.2.80", "192.0.2.81"], [],
)
_case(
    "de_near_wahl_2026",
    "Guten Tag,\n\nwir beantragen den Zugang.\n\nFreigabe für die Wahl 2026:\n"
    "Produktion: 198.51.100.90\nTest: 198.51.100.91\n" + _SIGN_DE,
    _DE, ["198.51.100.90"], ["198.51.100.91"],
)
_case(
    "en_near_unchanged_previous",
    "Hello,\n\nwe apply again.\n\nUnchanged from the previous election:\n"
    "Production: 203.0.113.90\nTest: 203.0.113.91\n" + _SIGN_EN,
    _EN, ["203.0.113.90"], ["203.0.113.91"],
)
_case(
    "sk_near_bisherige_bleibt",
    "Dobrý deň,\n\npridávame testovací server, doterajší zostáva.\n\n"
    "Produkcia: 198.51.100.130\nTest: 198.51.100.131\n" + _SIGN_SK,
    _SK, ["198.51.100.130"], ["198.51.100.131"],
)

# (d) a workbook whose other sheet holds the old addresses: its title or a note under it
# calls it old, an archive or no longer valid


def _sheets(key: str, cover: str, sheets: list[tuple[str, list[list[str]]]], prod: list[str], test: list[str]) -> None:
    person, email, org, phone = _CZ
    CASES[key] = (
        _mail(cover + _SIGN_CZ, email, person, attachment("adresy.xlsx", xlsx_sheets(sheets))),
        label(FEED, (org, None, None), prod, test, (person, email, phone)),
    )


_NEW_SHEET = ("2025", [["role", "IP"], ["produkce", "192.0.2.181"], ["test", "192.0.2.185"]])
_sheets(
    "xlsx_sheet_title_neplati",
    "Dobrý den,\n\nžádáme o přístup, adresy jsou v příloze.\n",
    [("2024 (neplatí)", [["role", "IP"], ["produkce", "192.0.2.171"], ["test", "192.0.2.175"]]), _NEW_SHEET],
    ["192.0.2.181"], ["192.0.2.185"],
)
_sheets(
    "xlsx_sheet_note_obsolete",
    "Dobrý den,\n\nžádáme o přístup, adresy jsou v příloze.\n",
    [("2021", [["OBSOLETE - election 2021"], ["produkce", "192.0.2.171"]]), _NEW_SHEET],
    ["192.0.2.181"], ["192.0.2.185"],
)
_sheets(
    "xlsx_sheet_archiv",
    "Dobrý den,\n\nžádáme o přístup, adresy jsou v příloze.\n",
    [("Archiv", [["role", "IP"], ["produkce", "192.0.2.171"]]), _NEW_SHEET],
    ["192.0.2.181"], ["192.0.2.185"],
)
_sheets(
    "xlsx_sheet_puvodni",
    "Dobrý den,\n\nžádáme o přístup, adresy jsou v příloze.\n",
    [("Původní", [["role", "IP"], ["produkce", "192.0.2.171"]]), ("Nové", _NEW_SHEET[1])],
    ["192.0.2.181"], ["192.0.2.185"],
)
_sheets(
    "xlsx_near_two_current_sheets",
    "Dobrý den,\n\nžádáme o přístup, adresy jsou v příloze.\n",
    [("Praha", [["role", "IP"], ["produkce", "192.0.2.171"]]), ("Brno", [["role", "IP"], ["produkce", "192.0.2.172"]])],
    ["192.0.2.171", "192.0.2.172"], [],
)

XFAIL: dict[str, str] = {
    "en_old_grant_heading_year": "addresses: a heading naming a past grant only by its year ('Granted for the 2022 election:') keeps its rows; the rules know no election year, flagged (PAST/SECTIONS)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
