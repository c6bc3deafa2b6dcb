"""Tables in every format read as one grid: a header row or column, spanning cells copied
into every cell they cover, a code letter explained by a legend wherever its column stands,
and the alternative of a message that actually carries the table.

Each principle is tested in wordings and formats unlike the corpus case that showed it
(Czech with and without diacritics, Slovak, English; tab, pipe, HTML, DOCX, XLSX, ODT, PDF)."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole
from tests.unit.docs import docx_bytes, odt_bytes, xlsx_bytes
from tests.unit.extraction_helpers import attachment, extract, mail, text_file
from tests.unit.extraction_helpers import body as _body

SENDER = ("marta@vychodni-listy.example", "Marta Horáková")


def _mail(*components: Component) -> Extraction:
    sender, name = SENDER
    return extract(mail(*components, subject="Žádost o data", sender=sender, sender_name=name))


def _ips(x: Extraction) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return x.production_ips, x.test_ips


# --- a code letter in any cell, explained by a legend -------------------------------------

_LETTER_LAST = (
    ("198.51.100.61", "198.51.100.62", "198.51.100.69"),
    (("198.51.100.61",), ("198.51.100.62",), ("198.51.100.69",)),
)


def _letter_rows(header: list[str], letters: tuple[str, str, str], last: bool) -> list[list[str]]:
    rows = [header]
    for n, (ip, code) in enumerate(zip(_LETTER_LAST[0], letters, strict=True), start=1):
        rows.append([str(n), ip, code] if last else [str(n), code, ip])
    return rows


def test_legend_letters_in_the_last_column_of_a_spreadsheet() -> None:
    rows = _letter_rows(["č.", "adresa", "druh (O = ostrý provoz, Z = zkušební)"], ("O", "Z", "O"), True)
    x = _mail(_body("Posílám tabulku adres.\n"), attachment("adresy.xlsx", xlsx_bytes(rows)))
    assert _ips(x) == (("198.51.100.61", "198.51.100.69"), ("198.51.100.62",))


def test_legend_letters_in_the_middle_column_of_a_word_table() -> None:
    rows = [["No.", "Use (L = live, S = staging)", "Address", "Host"]]
    rows += [["1", "S", "203.0.113.14", "stage-1"], ["2", "L", "203.0.113.15", "prod-1"]]
    x = _mail(_body("Please find our addresses attached.\n"), attachment("ips.docx", docx_bytes([rows])))
    assert _ips(x) == (("203.0.113.15",), ("203.0.113.14",))


def test_legend_letters_last_in_a_slovak_html_table() -> None:
    html = (
        "<p>Dobrý deň, posielame adresy:</p><table><tr><th>IP</th><th>Účel</th></tr>"
        "<tr><td>192.0.2.171</td><td>T</td></tr><tr><td>192.0.2.170</td><td>O</td></tr></table>"
        "<p>Legenda: O = ostrá prevádzka, T = testovacia</p>"
    )
    x = _mail(_body(html, ComponentRole.BODY_HTML, "body.html"))
    assert _ips(x) == (("192.0.2.170",), ("192.0.2.171",))


def test_legend_letters_last_in_a_tab_table_without_diacritics() -> None:
    text = (
        "Adresy (P = produkcni, T = testovaci):\n"
        "server\tadresa\ttyp\nweb1\t198.18.44.10\tP\nweb2\t198.18.44.11\tP\nlab\t198.18.44.90\tT\n"
    )
    x = _mail(_body(text))
    assert _ips(x) == (("198.18.44.10", "198.18.44.11"), ("198.18.44.90",))


def test_legend_letters_last_in_a_pipe_table() -> None:
    text = (
        "Legend: P - production, T - test\n\n| host | address | use |\n"
        "| a | 192.0.2.90 | T |\n| b | 192.0.2.91 | P |\n"
    )
    x = _mail(_body(text))
    assert _ips(x) == (("192.0.2.91",), ("192.0.2.90",))


def test_legend_letters_last_in_an_odt_table() -> None:
    table = [["Adresa", "Kód (P = produkční, T = testovací)"], ["198.51.100.201", "T"], ["198.51.100.200", "P"]]
    x = _mail(_body("V příloze.\n"), attachment("zadost.odt", odt_bytes(["Adresy:"], table)))
    assert _ips(x) == (("198.51.100.200",), ("198.51.100.201",))


def test_last_column_letters_without_a_legend_give_no_test_use() -> None:
    text = "Adresy:\nserver\tadresa\ttyp\nweb1\t198.18.44.10\tA\nlab\t198.18.44.90\tB\n"
    x = _mail(_body(text))
    assert x.test_ips == ()


# --- the alternative that carries the application ------------------------------------------


def _alternative(plain: str, html: str) -> tuple[Component, Component]:
    return (
        _body(plain, ComponentRole.BODY_TEXT, "body.txt"),
        _body(html, ComponentRole.BODY_HTML, "body.html"),
    )


_HTML_TABLE = (
    "<p>{intro}</p><table><tr><td rowspan='2'>{prod}</td><td>192.0.2.31</td></tr>"
    "<tr><td>192.0.2.32</td></tr><tr><td>{test}</td><td>192.0.2.39</td></tr></table>"
    "<p>{contact}: Petra Lišková, 731 552 019, petra@vychodni-listy.example</p>"
)


@pytest.mark.parametrize(
    ("plain", "intro", "prod", "test", "contact"),
    [
        (  # Czech: the plain part points to the HTML
            "Dobrý den, údaje najdete v HTML verzi zprávy.",
            "Východní listy s.r.o. žádá o přístup k výsledkům voleb.", "Ostrý provoz",
            "Testovací", "Kontaktní osoba",
        ),
        (  # Czech without diacritics: the plain part says nothing of the table
            "Dobry den, posilame zadost. Dekuji.",
            "Vychodni listy s.r.o. zada o pristup k vysledkum voleb.", "Ostry provoz",
            "Testovaci", "Kontaktni osoba",
        ),
        (  # Slovak
            "Dobrý deň, tabuľka je v HTML časti správy.",
            "Východné listy s.r.o. žiada o prístup k výsledkom volieb.", "Ostrá prevádzka",
            "Testovacia", "Kontaktná osoba",
        ),
        (  # English: an empty plain part
            " ",
            "Eastern Papers Ltd requests access to the election results feed.", "Production",
            "Test", "Contact",
        ),
    ],
)
def test_the_html_alternative_that_carries_the_table_is_read(
    plain: str, intro: str, prod: str, test: str, contact: str
) -> None:
    html = _HTML_TABLE.format(intro=intro, prod=prod, test=test, contact=contact)
    x = _mail(*_alternative(plain, html))
    assert _ips(x) == (("192.0.2.31", "192.0.2.32"), ("192.0.2.39",))
    assert x.contact_phone == "+420731552019"
    assert x.organization_name is not None


def test_a_plain_alternative_that_flattens_the_html_table_yields_to_it() -> None:
    # the plain rendering put each cell on a line of its own: the roles are lost there
    plain = "Žádáme o přístup.\n\nProdukce\n198.18.2.10\n198.18.2.11\nTest\n198.18.2.50\n"
    html = (
        "<p>Žádáme o přístup.</p><table><tr><td rowspan=2>Produkce</td><td>198.18.2.10</td></tr>"
        "<tr><td>198.18.2.11</td></tr><tr><td>Test</td><td>198.18.2.50</td></tr></table>"
    )
    x = _mail(*_alternative(plain, html))
    assert _ips(x) == (("198.18.2.10", "198.18.2.11"), ("198.18.2.50",))


def test_a_full_plain_alternative_is_read_as_before() -> None:
    plain = "Produkční IP: 198.18.7.1\nTestovací IP: 198.18.7.2\n"
    html = "<p>Produkční IP: 198.18.7.1<br>Testovací IP: 198.18.7.2</p>"
    x = _mail(*_alternative(plain, html))
    assert _ips(x) == (("198.18.7.1",), ("198.18.7.2",))
    assert x.fields["production_ips"].component == "body.txt"


def test_an_attachment_is_no_alternative_of_the_body() -> None:
    x = _mail(_body("Viz příloha."), text_file("adresy.txt", "Produkční IP: 198.18.9.1\n"))
    assert x.production_ips == ("198.18.9.1",)
