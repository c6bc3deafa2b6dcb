"""Round 25: a generalisation drill of the address rules - messages written as other people
would write them (labelled by LABELS.md before extraction was run), and near misses of each
class a rule was widened for: two versions of the form attached, the covering text saying
which one holds without naming the file (by the year, the version, the file type, an ordinal
or age), and two addresses a correction swaps, which keep the order written."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, certain, extract, mail, text_file


def _form(prod: str, test: str = "") -> str:
    lines = ["ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM", "Žadatel: Zprávy s.r.o.", f"Produkční IP: {prod}"]
    if test:
        lines.append(f"Testovací IP: {test}")
    return "\n".join(lines) + "\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"


_VERSIONS = [
    pytest.param(
        "Dobrý den,\n\nposílám žádost. Omylem jsem přibalil i starší verzi, rozhodující je v2.\n",
        ("zadost_v1.txt", _form("192.0.2.10", "192.0.2.11")),
        ("zadost_v2.txt", _form("192.0.2.20", "192.0.2.21")),
        ["192.0.2.20"], ["192.0.2.21"], id="a1-cs-rozhodujici-v2",
    ),
    pytest.param(
        "Hello,\n\nplease disregard the first attachment, the second one is the correct one.\n",
        ("request.txt", _form("198.51.100.10")),
        ("request-fixed.txt", _form("198.51.100.20", "198.51.100.21")),
        ["198.51.100.20"], ["198.51.100.21"], id="a2-en-ordinal-attachment",
    ),
    pytest.param(
        "Dobrý deň,\n\nplatná je žiadosť s rokom 2026, tú z 2024 prosím nezohľadňujte.\n",
        ("ziadost_2024.txt", _form("203.0.113.40", "203.0.113.41")),
        ("ziadost_2026.txt", _form("203.0.113.50", "203.0.113.51")),
        ["203.0.113.50"], ["203.0.113.51"], id="a3-sk-year-platna",
    ),
    pytest.param(
        "Hi,\n\nthe Word file was an early draft - the PDF is what we signed and what counts.\n",
        ("form.docx.txt", _form("192.0.2.60")),
        ("form.pdf", _form("192.0.2.70")),
        ["192.0.2.70"], [], id="a4-en-type-draft",
    ),
    pytest.param(
        "Dobrý den,\n\nv příloze jsou dvě verze formuláře. První prosím ignorujte, jsou v ní "
        "staré adresy.\n",
        ("zadost.txt", _form("198.51.100.60")),
        ("zadost_oprava.txt", _form("198.51.100.70")),
        ["198.51.100.70"], [], id="a5-cs-bare-ordinal",
    ),
    pytest.param(
        "Hello,\n\nsorry for the confusion: both forms are attached, but only the newer one is "
        "valid.\n",
        ("volby_2021.txt", _form("203.0.113.60", "203.0.113.61")),
        ("volby_2025.txt", _form("203.0.113.70", "203.0.113.71")),
        ["203.0.113.70"], ["203.0.113.71"], id="a6-en-newer-valid",
    ),
    pytest.param(
        "Dobrý den,\n\nsoubor zadost_A.txt neberte v úvahu, platí zadost_B.txt.\n",
        ("zadost_A.txt", _form("192.0.2.80")),
        ("zadost_B.txt", _form("192.0.2.90")),
        ["192.0.2.90"], [], id="a7-cs-both-names-one-sentence",
    ),
    # near misses: a second file without addresses, two forms that both hold
    pytest.param(
        "Dobrý den,\n\nv příloze žádost a plná moc; plná moc z roku 2025 platí do konce roku.\n",
        ("zadost.txt", _form("198.51.100.80", "198.51.100.81")),
        ("plna_moc_2025.txt", "PLNÁ MOC\nZmocňujeme paní Ivu Novou k jednání s ČSÚ.\n"),
        ["198.51.100.80"], ["198.51.100.81"], id="na1-cs-second-file-no-addresses",
    ),
    pytest.param(
        "Dobrý den,\n\nposíláme dva formuláře – jeden za redakci Brno (2025), druhý za redakci "
        "Ostrava; oba platí.\n",
        ("brno_2025.txt", _form("203.0.113.80")),
        ("ostrava.txt", _form("203.0.113.90")),
        ["203.0.113.80", "203.0.113.90"], [], id="na2-cs-both-hold",
    ),
    pytest.param(
        "Dobrý den,\n\nve verzi 2 jsou staré adresy opravené, jinak se obě verze neliší.\n",
        ("zadost_v1.txt", _form("192.0.2.100")),
        ("zadost_v2.txt", _form("192.0.2.100")),
        ["192.0.2.100"], [], id="na3-cs-same-content",
    ),
]


@pytest.mark.parametrize(("cover", "first", "second", "prod", "test"), _VERSIONS)
def test_cover_picks_a_version(
    cover: str, first: tuple[str, str], second: tuple[str, str], prod: list[str], test: list[str]
) -> None:
    x = extract(mail(body(cover + SIG), text_file(*first), text_file(*second)))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test


def test_a_version_picked_by_a_sentence_stays_unsure() -> None:
    cover = "Dobrý den,\n\nplatí ten s rokem 2025, ten z roku 2023 jsem přiložila omylem.\n"
    x = extract(
        mail(
            body(cover + SIG),
            text_file("formular_2023.txt", _form("192.0.2.150", "192.0.2.155")),
            text_file("formular_2025.txt", _form("192.0.2.180", "192.0.2.185")),
        )
    )
    assert [str(a) for a in x.production_ips] == ["192.0.2.180"]
    assert not certain(x, "production_ips")


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_SWAPS = [
    pytest.param(
        "Hello,\n\nProduction: 192.0.2.1, 192.0.2.3\nTest: 192.0.2.2\n\n"
        "Correction: I swapped 192.0.2.1 and 192.0.2.2 - 192.0.2.1 is test, 192.0.2.2 is "
        "production.\n",
        ["192.0.2.2", "192.0.2.3"], ["192.0.2.1"], id="b1-en-swapped-first",
    ),
    pytest.param(
        "Dobrý den,\n\nOstrý provoz: 198.51.100.5\nTestovací: 198.51.100.6, 198.51.100.7\n\n"
        "Oprava: prohodil jsem 198.51.100.5 a 198.51.100.6, správně je 198.51.100.6 produkční "
        "a 198.51.100.5 testovací.\n",
        ["198.51.100.6"], ["198.51.100.5", "198.51.100.7"], id="b2-cs-test-list-first",
    ),
    pytest.param(
        "Dobrý deň,\n\nProdukčné: 203.0.113.1, 203.0.113.2\nTestovacie: 203.0.113.3, "
        "203.0.113.4\n\nOpravujem: 203.0.113.2 je testovacia a 203.0.113.3 produkčná.\n",
        ["203.0.113.1", "203.0.113.3"], ["203.0.113.2", "203.0.113.4"], id="b3-sk-middle",
    ),
    pytest.param(
        "Hi,\n\nProduction: 192.0.2.11, 192.0.2.14\nTest: 192.0.2.12\n\n"
        "It's the other way round for .11 and .12: 192.0.2.11 is staging and 192.0.2.12 "
        "production.\n",
        ["192.0.2.12", "192.0.2.14"], ["192.0.2.11"], id="b4-en-other-way-round",
    ),
    pytest.param(
        "Hello,\n\nproduction IP 198.51.100.21, test 198.51.100.22.\n\nSorry, vice versa: "
        "198.51.100.22 is production and 198.51.100.21 test.\n",
        ["198.51.100.22"], ["198.51.100.21"], id="b5-en-prose-vice-versa",
    ),
    pytest.param(
        "Dobrý den,\n\nProdukce: 203.0.113.31, 203.0.113.32, 203.0.113.33\nTest: 203.0.113.34\n\n"
        "P.S. přehodil jsem dvě adresy: 203.0.113.34 je produkční a 203.0.113.32 testovací.\n",
        ["203.0.113.31", "203.0.113.34", "203.0.113.33"], ["203.0.113.32"], id="b6-cs-ps-order",
    ),
    # near misses: the correction repeats the written roles; one address moved, none back
    pytest.param(
        "Hello,\n\nProduction: 192.0.2.41\nTest: 192.0.2.42\n\nTo be correct: 192.0.2.41 is "
        "production and 192.0.2.42 test.\n",
        ["192.0.2.41"], ["192.0.2.42"], id="nb1-en-same-roles",
    ),
    pytest.param(
        "Dobrý den,\n\nProdukční: 198.51.100.41, 198.51.100.42\nTestovací: 198.51.100.43\n\n"
        "Oprava: 198.51.100.42 je testovací.\n",
        ["198.51.100.41"], ["198.51.100.43", "198.51.100.42"], id="nb2-cs-one-moved",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _SWAPS)
def test_swap_keeps_written_order(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)


_TWO_FORMS = (
    "ŽÁDOST 2023\nProdukční IP: 192.0.2.10\nTestovací IP: 192.0.2.11\n\n"
    "ŽÁDOST 2025\nProdukční IP: 192.0.2.20\nTestovací IP: 192.0.2.21\n"
)

_SECTIONS = [
    pytest.param(
        "Dobrý den,\n\nv příloze je omylem i stará žádost 2023; platí jen ŽÁDOST 2025.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c1-cs-title-only-valid",
    ),
    pytest.param(
        "Hello,\n\nthe attachment has two forms, the 2023 one is obsolete.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c2-en-year-obsolete",
    ),
    pytest.param(
        "Dobrý deň,\n\nv prílohe sú dva formuláre, platí ten druhý.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c3-sk-ten-druhy",
    ),
    pytest.param(
        "Hi,\n\nboth tables are in the file; please use only the second one, the first is from "
        "last year.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c4-en-second-one",
    ),
    pytest.param(
        "Dobrý deň,\n\nprvý formulár v prílohe je neplatný, platí formulár za rok 2025.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c5-sk-prvy-neplatny",
    ),
    pytest.param(
        "Dobrý den,\n\nve spodní části přílohy je nová žádost (2025), horní z roku 2023 už "
        "neplatí.\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c6-cs-year-uz-neplati",
    ),
    # near misses: both forms hold; an ordinal counting addresses
    pytest.param(
        "Dobrý den,\n\nv příloze jsou žádosti za rok 2023 i 2025, obě platí – jen rozšiřujeme.\n",
        ["192.0.2.10", "192.0.2.20"], ["192.0.2.11", "192.0.2.21"], id="nc1-cs-both-hold",
    ),
    pytest.param(
        "Dobrý den,\n\nprvní adresa v žádosti 2025 je nová, ostatní beze změny.\n",
        ["192.0.2.10", "192.0.2.20"], ["192.0.2.11", "192.0.2.21"], id="nc2-cs-first-address",
    ),
]


@pytest.mark.parametrize(("cover", "prod", "test"), _SECTIONS)
def test_cover_picks_a_form_in_one_document(cover: str, prod: list[str], test: list[str]) -> None:
    x = extract(mail(body(cover + SIG), text_file("zadosti.txt", _TWO_FORMS)))
    assert [str(a) for a in x.production_ips] == prod
    assert [str(a) for a in x.test_ips] == test
    assert not certain(x, "production_ips")


_PROSE = [
    pytest.param(
        "Dobrý den,\n\npovolte prosím 198.51.100.1 a 198.51.100.2, první pro ostrý provoz, "
        "druhou na testy.\n",
        ["198.51.100.1"], ["198.51.100.2"], id="d1-cs-prvni-druhou",
    ),
    pytest.param(
        "Hi,\n\nwe will use 203.0.113.5 and 203.0.113.6 - the former for production, the latter "
        "for staging.\n",
        ["203.0.113.5"], ["203.0.113.6"], id="d2-en-former-latter",
    ),
    pytest.param(
        "Dobrý deň,\n\nadresy 192.0.2.50 (testovacia) a 192.0.2.51 (produkčná).\n",
        ["192.0.2.51"], ["192.0.2.50"], id="d3-sk-roles-in-brackets",
    ),
    pytest.param(
        "Hello,\n\nproduction and test addresses are 198.51.100.70 and 198.51.100.71 "
        "respectively.\n",
        ["198.51.100.70"], ["198.51.100.71"], id="d4-en-respectively",
    ),
    pytest.param(
        "Dobrý den,\n\nprodukce: 192.0.2.8 až .10, test: 192.0.2.20\n",
        ["192.0.2.8", "192.0.2.9", "192.0.2.10"], ["192.0.2.20"], id="e1-cs-range-last-octet",
    ),
    pytest.param(
        "Hello,\n\nproduction range 203.0.113.16/30, test host 203.0.113.40.\n",
        ["203.0.113.16", "203.0.113.17", "203.0.113.18", "203.0.113.19"], ["203.0.113.40"],
        id="e2-en-block-in-prose",
    ),
    pytest.param(
        "Dobrý deň,\n\nprodukčné servery 198.51.100.1-3, testovací 198.51.100.9.\n",
        ["198.51.100.1", "198.51.100.2", "198.51.100.3"], ["198.51.100.9"], id="e3-sk-short-range",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _PROSE)
def test_roles_by_order_and_ranges_in_prose(text: str, prod: list[str], test: list[str]) -> None:
    assert _read(text) == (prod, test)
