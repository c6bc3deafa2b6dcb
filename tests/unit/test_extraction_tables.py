"""Tables in every format read as one grid: a header row or column, spanning cells copied
into every cell they cover, a code letter explained by a legend wherever its column stands,
and the alternative of a message that actually carries the table.

Each principle is tested in wordings and formats unlike the corpus case that showed it
(Czech with and without diacritics, Slovak, English; tab, pipe, HTML, DOCX, XLSX, ODT, PDF)."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole
from tests.unit.docs import docx_bytes, ods_sheets, odt_bytes, pdf_grid, xlsx_bytes, xlsx_sheets
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
    rows = _letter_rows(
        ["č.", "adresa", "druh (O = ostrý provoz, Z = zkušební)"], ("O", "Z", "O"), True
    )
    x = _mail(_body("Posílám tabulku adres.\n"), attachment("adresy.xlsx", xlsx_bytes(rows)))
    assert _ips(x) == (("198.51.100.61", "198.51.100.69"), ("198.51.100.62",))


def test_legend_letters_in_the_middle_column_of_a_word_table() -> None:
    rows = [["No.", "Use (L = live, S = staging)", "Address", "Host"]]
    rows += [["1", "S", "203.0.113.14", "stage-1"], ["2", "L", "203.0.113.15", "prod-1"]]
    x = _mail(
        _body("Please find our addresses attached.\n"), attachment("ips.docx", docx_bytes([rows]))
    )
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
    table = [
        ["Adresa", "Kód (P = produkční, T = testovací)"],
        ["198.51.100.201", "T"],
        ["198.51.100.200", "P"],
    ]
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
            "Východní listy s.r.o. žádá o přístup k výsledkům voleb.",
            "Ostrý provoz",
            "Testovací",
            "Kontaktní osoba",
        ),
        (  # Czech without diacritics: the plain part says nothing of the table
            "Dobry den, posilame zadost. Dekuji.",
            "Vychodni listy s.r.o. zada o pristup k vysledkum voleb.",
            "Ostry provoz",
            "Testovaci",
            "Kontaktni osoba",
        ),
        (  # Slovak
            "Dobrý deň, tabuľka je v HTML časti správy.",
            "Východné listy s.r.o. žiada o prístup k výsledkom volieb.",
            "Ostrá prevádzka",
            "Testovacia",
            "Kontaktná osoba",
        ),
        (  # English: an empty plain part
            " ",
            "Eastern Papers Ltd requests access to the election results feed.",
            "Production",
            "Test",
            "Contact",
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


# --- a ruled PDF table: each cell's wrapped lines stay in their row -------------------------


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize(
    ("rows", "widths", "production", "test"),
    [
        (  # Czech: a host column, a role cell of three lines, IPv6 wrapped at a colon
            [
                ["Stroj", "Účel", "Adresa"],
                ["sazba-a.listy.example", "ostrý provoz (hlavní server)", "2001:db8:77:1::20"],
                ["sazba-b.listy.example", "zkušební", "2001:db8:77:2::20"],
            ],
            [120, 70, 85],
            ("2001:db8:77:1::20",),
            ("2001:db8:77:2::20",),
        ),
        (  # English: the address column narrower than an IPv4 address
            [
                ["Purpose", "IP", "Owner"],
                ["live output for the web desk", "203.0.113.145", "web team"],
                ["staging", "203.0.113.146", "dev team"],
            ],
            [80, 55, 70],
            ("203.0.113.145",),
            ("203.0.113.146",),
        ),
        (  # Slovak, without a header row, two addresses in the production cell
            [
                ["produkčná prevádzka", "2001:db8:a0:5::1, 2001:db8:a0:5::2"],
                ["testovacia prevádzka", "2001:db8:a0:9::1"],
            ],
            [75, 80],
            ("2001:db8:a0:5::1", "2001:db8:a0:5::2"),
            ("2001:db8:a0:9::1",),
        ),
        (  # English: role cells taller than their hosts and addresses, backup is production
            [
                ["Host", "Role", "Address"],
                ["feeds-01", "primary production ingest", "2001:db8:c1::a1"],
                ["feeds-02", "backup production", "2001:db8:c1::a2"],
                ["lab", "test", "192.0.2.77"],
            ],
            [60, 60, 70],
            ("2001:db8:c1::a1", "2001:db8:c1::a2"),
            ("192.0.2.77",),
        ),
        (  # Czech without diacritics: a tall role cell beside a list of two
            [
                ["Ucel", "Adresa", "Poznamka"],
                [
                    "ostry provoz - hlavni a zalozni server redakce",
                    "203.0.113.201, 203.0.113.202",
                    "Praha",
                ],
                ["testovaci", "203.0.113.209", "-"],
            ],
            [70, 60, 60],
            ("203.0.113.201", "203.0.113.202"),
            ("203.0.113.209",),
        ),
        (  # English: a range wrapped in a narrow cell
            [
                ["Use", "Range", "Note"],
                ["live", "198.51.100.70–198.51.100.72", "three servers"],
                ["staging", "198.51.100.75/32", "one box"],
            ],
            [90, 62, 100],
            ("198.51.100.70", "198.51.100.71", "198.51.100.72"),
            ("198.51.100.75",),
        ),
    ],
)
def test_a_ruled_pdf_table_keeps_wrapped_cells_in_their_rows(
    rows: list[list[str]],
    widths: list[int],
    production: tuple[str, ...],
    test: tuple[str, ...],
    valign: str,
) -> None:
    x = _mail(
        _body("Žádost v příloze.\n"), attachment("zadost.pdf", pdf_grid(rows, widths, valign))
    )
    assert _ips(x) == (production, test)


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize(
    ("rows", "production", "test"),
    [
        (  # Czech: long descriptions of use, each address on one line
            [
                ["Popis", "Adresa"],
                ["zkušební prostředí redakce (vypneme je před ostrým zpracováním)", "198.18.30.9"],
                ["ostrý provoz – publikační server pro web a mobilní aplikaci", "198.18.30.1"],
            ],
            ("198.18.30.1",),
            ("198.18.30.9",),
        ),
        (  # Slovak without diacritics
            [
                ["Ucel pouzitia", "IP"],
                ["produkcna prevadzka - hlavny server spravodajskeho portalu", "203.0.113.160"],
                ["testovacie prostredie - docasne, len pocas priprav", "203.0.113.169"],
            ],
            ("203.0.113.160",),
            ("203.0.113.169",),
        ),
        (  # English
            [
                ["What it is for", "Address"],
                ["live results page behind our load balancer in Brno", "192.0.2.210"],
                ["staging copy of the same page for the night's rehearsal", "192.0.2.219"],
            ],
            ("192.0.2.210",),
            ("192.0.2.219",),
        ),
    ],
)
def test_a_ruled_pdf_table_keeps_a_wrapped_use_cell_with_its_address(
    rows: list[list[str]], production: tuple[str, ...], test: tuple[str, ...], valign: str
) -> None:
    pdf = pdf_grid(rows, [150, 100], valign)
    x = _mail(_body("Žádost v příloze.\n"), attachment("zadost.pdf", pdf))
    assert _ips(x) == (production, test)


def test_join_cell_glues_the_pieces_of_one_token_only() -> None:
    from intake.content.pdfgrid import join_cell

    assert join_cell("2001:db8:5c0:1:\n:15") == "2001:db8:5c0:1::15"
    assert join_cell("198.51.100.\n45") == "198.51.100.45"
    assert join_cell("198.51.100.7\n5/32") == "198.51.100.75/32"
    assert join_cell("198.51.100.70–\n198.51.100.72") == "198.51.100.70–198.51.100.72"
    assert join_cell("198.51.100.70–19\n8.51.100.72") == "198.51.100.70–198.51.100.72"
    assert join_cell("198.51.100.7\n198.51.100.8") == "198.51.100.7 198.51.100.8"
    assert join_cell("2001:db8::1\n2001:db8::2") == "2001:db8::1 2001:db8::2"
    assert join_cell("ostrý\nprovoz (hlavní)") == "ostrý provoz (hlavní)"
    assert join_cell("produkční –\nzáloha") == "produkční – záloha"
    assert join_cell("Adresa IPv4 /\nIPv6") == "Adresa IPv4 / IPv6"
    assert join_cell("+420 731\n552 019") == "+420 731 552 019"
    assert (
        join_cell("pisemne: jan@zpravy-ji\nhlava.example") == "pisemne: jan@zpravy-jihlava.example"
    )
    assert join_cell("jan@zpravy.example\nnebo tel.") == "jan@zpravy.example nebo tel."
    assert join_cell(None) == ""


def test_with_grids_puts_the_rows_in_place_of_the_tables_lines() -> None:
    from intake.content.pdfgrid import with_grids

    layout = (
        "Intro line\n"
        "     Use          Address\n"
        "     live         192.0.2.\n"
        "     server       10\n"
        "Signed: Jo Bell\n"
    )
    grid = [["Use", "Address"], ["live server", "192.0.2.10"]]
    assert with_grids(layout, [grid]) == (
        "Intro line\nUse\tAddress\nlive server\t192.0.2.10\nSigned: Jo Bell\n"
    )
    # a grid whose words the text does not hold leaves the text as it is
    assert with_grids(layout, [[["Other", "x"], ["y", "z"]]]) == layout


# --- a cell spanning rows or columns applies to every cell it covers ------------------------

Cell = tuple[str, int, int]
"""A cell's text and how many rows and columns it spans."""


def _odt_spanning(rows: list[list[Cell | None]]) -> bytes:
    """An ODT document with one table; None is a cell covered by a spanning one."""
    import io

    from odf.opendocument import OpenDocumentText
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Žádost o přístup k výsledkům voleb"))
    t = Table(name="Adresy")
    t.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        tr = TableRow()
        for c in row:
            if c is None:
                tr.addElement(CoveredTableCell())
                continue
            tc = TableCell(numberrowsspanned=c[1], numbercolumnsspanned=c[2])
            tc.addElement(P(text=c[0]))
            tr.addElement(tc)
        t.addElement(tr)
    doc.text.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def _docx_merged(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> bytes:
    """A DOCX table; each merge joins the cells (r1, c1) to (r2, c2), the first's text kept."""
    import io

    import docx

    d = docx.Document()
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    for r1, c1, r2, c2 in merges:
        keep = t.cell(r1, c1).text
        t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _xlsx_merged(rows: list[list[str]], ranges: list[str]) -> bytes:
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for r in rows:
        ws.append(r)
    for rng in ranges:
        ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_odt_role_cell_spanning_rows_gives_each_row_its_use() -> None:
    rows: list[list[Cell | None]] = [
        [("Účel", 1, 1), ("Adresa", 1, 1)],
        [("Ostrý provoz", 2, 1), ("198.18.91.1", 1, 1)],
        [None, ("198.18.91.2", 1, 1)],
        [("Testování", 1, 1), ("198.18.91.9", 1, 1)],
    ]
    x = _mail(_body("Žádost v příloze."), attachment("zadost.odt", _odt_spanning(rows)))
    assert _ips(x) == (("198.18.91.1", "198.18.91.2"), ("198.18.91.9",))


def test_an_odt_header_spanning_columns_heads_each_column_it_covers() -> None:
    # English: "Production" heads two address columns, "Test" one
    rows: list[list[Cell | None]] = [
        [("Production", 1, 2), None, ("Test", 1, 1)],
        [("192.0.2.141", 1, 1), ("192.0.2.142", 1, 1), ("192.0.2.149", 1, 1)],
    ]
    x = _mail(_body("Our application is attached."), attachment("request.odt", _odt_spanning(rows)))
    assert _ips(x) == (("192.0.2.141", "192.0.2.142"), ("192.0.2.149",))


def test_an_odt_role_cell_spanning_rows_without_diacritics_beside_notes() -> None:
    rows: list[list[Cell | None]] = [
        [("Ucel", 1, 1), ("IP", 1, 1), ("Poznamka", 1, 1)],
        [("testovaci", 3, 1), ("203.0.113.31", 1, 1), ("notebook redakce", 1, 1)],
        [None, ("203.0.113.32", 1, 1), ("vyvoj", 1, 1)],
        [None, ("203.0.113.33", 1, 1), ("-", 1, 1)],
        [("produkcni", 1, 1), ("203.0.113.30", 1, 1), ("web", 1, 1)],
    ]
    x = _mail(_body("Posilam zadost."), attachment("zadost.odt", _odt_spanning(rows)))
    assert _ips(x) == (("203.0.113.30",), ("203.0.113.31", "203.0.113.32", "203.0.113.33"))


def test_a_word_role_cell_merged_down_gives_each_row_its_use() -> None:
    rows = [
        ["Prevádzka", "Adresa"],
        ["ostrá", "198.51.100.141"],
        ["", "198.51.100.142"],
        ["testovacia", "198.51.100.149"],
    ]
    x = _mail(
        _body("Dobrý deň, v prílohe."),
        attachment("ziadost.docx", _docx_merged(rows, [(1, 0, 2, 0)])),
    )
    assert _ips(x) == (("198.51.100.141", "198.51.100.142"), ("198.51.100.149",))


def test_a_spreadsheet_role_cell_merged_down_gives_each_row_its_use() -> None:
    rows = [
        ["Role", "Adresa"],
        ["Test", "192.0.2.61"],
        ["", "192.0.2.62"],
        ["Produkce", "192.0.2.60"],
    ]
    x = _mail(_body("V příloze."), attachment("ip.xlsx", _xlsx_merged(rows, ["A2:A3"])))
    assert _ips(x) == (("192.0.2.60",), ("192.0.2.61", "192.0.2.62"))


def test_an_html_header_spanning_columns_heads_each_column_it_covers() -> None:
    html = (
        "<p>Dear colleagues, our addresses:</p><table>"
        "<tr><th colspan='2'>Live</th><th>Staging</th></tr>"
        "<tr><td>203.0.113.71</td><td>203.0.113.72</td><td>203.0.113.79</td></tr></table>"
    )
    x = _mail(_body(html, ComponentRole.BODY_HTML, "body.html"))
    assert _ips(x) == (("203.0.113.71", "203.0.113.72"), ("203.0.113.79",))


def _html_spanning(rows: list[list[Cell | None]]) -> bytes:
    out = ["<table>"]
    for row in rows:
        cells = "".join(
            f"<td rowspan='{c[1]}' colspan='{c[2]}'>{c[0]}</td>" for c in row if c is not None
        )
        out.append(f"<tr>{cells}</tr>")
    return ("<p>Žádost o přístup k výsledkům voleb</p>" + "".join(out) + "</table>").encode()


_SPANNING: list[list[Cell | None]] = [
    [("Server", 1, 1), ("Účel", 1, 1), ("Adresa", 1, 1)],
    [("sál B", 2, 1), ("produkce", 1, 1), ("198.18.5.1", 1, 1)],
    [None, ("test", 1, 1), ("198.18.5.2", 1, 1)],
    [("záloha – produkce", 1, 2), None, ("198.18.5.3", 1, 1)],
]
_GRID = [
    "Server\tÚčel\tAdresa",
    "sál B\tprodukce\t198.18.5.1",
    "sál B\ttest\t198.18.5.2",
    "záloha – produkce\tzáloha – produkce\t198.18.5.3",
]


def _spanning_as(fmt: str) -> tuple[bytes, str]:
    from intake.content.formats import DOCX, HTML, ODT, XLSX

    texts = [[c[0] if c else "" for c in row] for row in _SPANNING]
    if fmt == "docx":
        return _docx_merged(texts, [(1, 0, 2, 0), (3, 0, 3, 1)]), DOCX
    if fmt == "xlsx":
        return _xlsx_merged(texts, ["A2:A3", "A4:B4"]), XLSX
    return (_html_spanning(_SPANNING), HTML) if fmt == "html" else (_odt_spanning(_SPANNING), ODT)


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx", "odt"])
def test_every_format_gives_a_spanning_table_the_same_grid(fmt: str) -> None:
    from intake.content.text import document_text

    data, kind = _spanning_as(fmt)
    text = document_text(data, kind, "utf-8")
    assert text is not None
    lines = [ln for ln in text.splitlines() if "\t" in ln]
    assert lines == _GRID


def test_a_spanning_odt_cell_keeps_the_columns_of_the_rows_it_covers_apart() -> None:
    # the covered row's test address stays in the address column, its use in the use column
    x = _mail(_body("V příloze."), attachment("zadost.odt", _odt_spanning(_SPANNING)))
    assert _ips(x) == (("198.18.5.1", "198.18.5.3"), ("198.18.5.2",))


# --- a ruled PDF table of people: a wrapped cell stays in its person's row -----------------


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize(
    ("rows", "row"),
    [
        (  # Czech: the role cell wraps above the e-mail
            [
                ["Jméno", "Úloha a e-mail", "Telefon"],
                [
                    "Radka Pešková",
                    "kontaktní osoba pro ČSÚ, peskova@listy-vychod.example",
                    "604 118 392",
                ],
                ["Tomáš Vlk", "kameraman", "731 200 455"],
            ],
            "Radka Pešková\tkontaktní osoba pro ČSÚ, peskova@listy-vychod.example\t604 118 392",
        ),
        (  # Slovak without diacritics: the name wraps
            [
                ["Meno a priezvisko", "E-mail", "Telefon"],
                [
                    "Ing. Juraj Mikulas Hrebicek, PhD.",
                    "hrebicek@vychod.example",
                    "+421 905 611 208",
                ],
                ["Eva Mala", "mala@vychod.example", "+421 905 611 209"],
            ],
            "Ing. Juraj Mikulas Hrebicek, PhD.\threbicek@vychod.example\t+421 905 611 208",
        ),
        (  # English: the job title wraps
            [
                ["Name", "Role", "Phone"],
                [
                    "Owen Price",
                    "technical contact for the results feed and our servers",
                    "+44 20 7946 0321",
                ],
                ["Amy Lee", "camera", "+44 20 7946 0322"],
            ],
            "Owen Price\ttechnical contact for the results feed and our servers\t+44 20 7946 0321",
        ),
    ],
)
def test_a_ruled_pdf_table_of_people_keeps_each_wrapped_cell_in_its_row(
    rows: list[list[str]], row: str, valign: str
) -> None:
    from intake.content.formats import PDF
    from intake.content.text import document_text

    text = document_text(pdf_grid(rows, [110, 200, 110], valign), PDF)
    assert text is not None and row in text.splitlines()


def test_the_contact_row_of_a_ruled_pdf_people_table_gives_the_contact() -> None:
    rows = [
        ["Osoba", "Úloha", "Telefon"],
        [
            "Radka Pešková",
            "kontaktní osoba pro tuto žádost, peskova@listy-vychod.example",
            "604 118 392",
        ],
        ["Tomáš Vlk", "kameraman", "731 200 455"],
    ]
    pdf = pdf_grid(rows, [110, 200, 110], "BOTTOM")
    x = _mail(
        _body("Žádost v příloze.\nS pozdravem\nMarta Horáková"), attachment("zadost.pdf", pdf)
    )
    assert (x.contact_person, x.contact_email, x.contact_phone) == (
        "Radka Pešková",
        "peskova@listy-vychod.example",
        "+420604118392",
    )


# --- a sheet's name heads its rows ---------------------------------------------------------
# A careful officer reads the name of a workbook's sheet (its tab) as the heading of the rows
# on it: a sheet "Test" lists test hosts even when its own column says only "IP".


_APPLICANT_SHEET = (
    "Žadatel",
    [["Název", "Horácké noviny, s.r.o."], ["IČO", "25596641"], ["Kontakt", "Marta Horáková"]],
)


def test_sheets_named_by_role_in_czech_give_their_rows_the_role() -> None:
    book = xlsx_sheets(
        [
            _APPLICANT_SHEET,
            ("Ostrý provoz", [["adresa"], ["192.0.2.40"], ["192.0.2.41"]]),
            ("Testování", [["adresa"], ["192.0.2.49"]]),
        ]
    )
    x = _mail(_body("V příloze žádost o přístup k XML.\n"), attachment("zadost.xlsx", book))
    assert _ips(x) == (("192.0.2.40", "192.0.2.41"), ("192.0.2.49",))


def test_sheets_named_without_diacritics_test_sheet_first() -> None:
    book = xlsx_sheets(
        [("testovaci", [["IP"], ["198.18.3.9"]]), ("produkcni", [["IP"], ["198.18.3.1"]])]
    )
    x = _mail(_body("Dobry den, posilam adresy pro XML.\n"), attachment("ip.xlsx", book))
    assert _ips(x) == (("198.18.3.1",), ("198.18.3.9",))


def test_slovak_sheet_names_in_an_ods_workbook() -> None:
    book = ods_sheets(
        [
            ("Produkčné", [["Server", "IP adresa"], ["srv-a", "203.0.113.70"]]),
            ("Testovacie", [["Server", "IP adresa"], ["srv-b", "203.0.113.77"]]),
        ]
    )
    x = _mail(_body("Dobrý deň, posielame žiadosť o prístup k XML.\n"), attachment("ip.ods", book))
    assert _ips(x) == (("203.0.113.70",), ("203.0.113.77",))


def test_english_sheet_names_live_and_staging() -> None:
    book = xlsx_sheets(
        [
            ("Live", [["host", "address"], ["feed-a", "198.51.100.140"]]),
            ("Staging", [["host", "address"], ["feed-s", "198.51.100.149"]]),
        ]
    )
    x = _mail(_body("Please find our hosts attached.\n"), attachment("hosts.xlsx", book))
    assert _ips(x) == (("198.51.100.140",), ("198.51.100.149",))


def test_a_column_header_inside_a_sheet_beats_its_name() -> None:
    book = xlsx_sheets(
        [("Adresy", [["produkční IP", "testovací IP"], ["192.0.2.200", "192.0.2.209"]])]
    )
    x = _mail(_body("Žádost o XML v příloze.\n"), attachment("adresy.xlsx", book))
    assert _ips(x) == (("192.0.2.200",), ("192.0.2.209",))


@pytest.mark.parametrize("names", [("List1", "List2"), ("Sheet1", "Sheet2"), ("Hárok1", "Hárok2")])
def test_default_sheet_names_give_no_role(names: tuple[str, str]) -> None:
    book = xlsx_sheets([(names[0], [["IP"], ["192.0.2.60"]]), (names[1], [["IP"], ["192.0.2.61"]])])
    x = _mail(_body("Zasílám adresy pro ostrý provoz.\n"), attachment("a.xlsx", book))
    assert _ips(x) == (("192.0.2.60", "192.0.2.61"), ())


def test_a_sheet_name_that_is_no_role_leaves_the_other_fields_alone() -> None:
    x = _mail(
        _body("Žádost v příloze.\n"),
        attachment("z.xlsx", xlsx_sheets([_APPLICANT_SHEET, ("Servery", [["IP"], ["192.0.2.8"]])])),
    )
    assert x.organization_name == "Horácké noviny, s.r.o."
    assert x.organization_ico == "25596641"
    assert _ips(x) == (("192.0.2.8",), ())


# --- prose after a form that speaks again of a request the form decided ---------------------
# A careful officer reads a sentence below a form that returns to one of its requests without
# asking for it again ("natáčení nakonec nestihneme") as a possible correction of the form:
# the form's tick is not taken as certain then, whatever words the sentence uses.

_RECORDING = "recording_permit"


def _contested(x: Extraction) -> bool:
    """The filming request the form ticked is not presented as certain."""
    return _RECORDING not in x.request_types or not x.fields["request_types"].certain


def _form_html(rows: list[tuple[str, str]], after: str) -> Component:
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    html = f"<p>Dobrý den, žádost:</p><table>{cells}</table><p>{after}</p>"
    return _body(html, ComponentRole.BODY_HTML, "body.html")


_FORM = [("Přístup k XML", "ano"), ("Natáčení", "ano"), ("Produkční IP", "192.0.2.30")]


def test_a_sentence_below_an_html_form_returning_to_its_filming_row() -> None:
    x = _mail(_form_html(_FORM, "Poznámka: natáčení nakonec padá, štáb je jinde."))
    assert _contested(x)


def test_a_sentence_below_a_tab_form_without_diacritics() -> None:
    text = (
        "Zadost\n\nPristup k XML\tano\nNataceni\tano\nProdukcni IP\t198.51.100.30\n\n"
        "K tabulce: nataceni nakonec nestihneme.\n"
    )
    assert _contested(_mail(_body(text)))


def test_a_slovak_note_below_a_ticked_box() -> None:
    text = (
        "Žiadosť\n[x] prístup k XML\n[x] natáčanie vo volebnej miestnosti\n"
        "Produkčná IP: 203.0.113.31\n\nDoplnenie: natáčanie sa presúva na budúci rok.\n"
    )
    assert _contested(_mail(_body(text)))


def test_an_english_line_below_a_word_form() -> None:
    rows = [["Request", "Yes/No"], ["XML results feed", "yes"], ["Filming", "yes"]]
    doc = docx_bytes([rows, "Production IP: 192.0.2.32", "Update: filming is off for this one."])
    x = _mail(_body("Form attached.\n"), attachment("form.docx", doc))
    assert _contested(x)


def test_a_sentence_below_the_form_that_asks_for_filming_again_keeps_it_certain() -> None:
    x = _mail(_form_html(_FORM, "Natáčení prosíme ve středu od 14 hodin."))
    assert _RECORDING in x.request_types and x.fields["request_types"].certain


def test_a_sentence_below_the_form_about_something_else_keeps_it_certain() -> None:
    x = _mail(_form_html(_FORM, "Adresy platí pro oba servery, děkujeme."))
    assert _RECORDING in x.request_types and x.fields["request_types"].certain


def test_a_cover_line_above_the_form_naming_filming_keeps_it_certain() -> None:
    text = (
        "Posíláme formulář k XML a k natáčení.\n\n"
        "Přístup k XML\tano\nNatáčení\tano\nProdukční IP\t192.0.2.34\n"
    )
    x = _mail(_body(text))
    assert _RECORDING in x.request_types and x.fields["request_types"].certain


# --- an address a cover note adds to an attached list comes after that list ----------------
# A careful officer reads "add A to the addresses in the form" as appending: the list of the
# application is the form's, in its order, and then the added address.


def test_a_czech_cover_adds_an_address_to_a_word_table() -> None:
    rows = [["Produkční adresy"], ["192.0.2.11"], ["192.0.2.12"]]
    x = _mail(
        _body("Dobrý den, k adresám v příloze prosím přidejte ještě 192.0.2.15.\n"),
        attachment("zadost.docx", docx_bytes(["Žádost o přístup k XML", rows])),
    )
    assert _ips(x) == (("192.0.2.11", "192.0.2.12", "192.0.2.15"), ())


def test_a_cover_without_diacritics_adds_to_an_odt_form() -> None:
    table = [
        ["Produkcni IP", "Testovaci IP"],
        ["198.51.100.1", "198.51.100.9"],
        ["198.51.100.2", ""],
    ]
    x = _mail(
        _body("Dobry den, k produkcnim adresam ve formulari pridejte 198.51.100.7, dik.\n"),
        attachment("form.odt", odt_bytes(["Zadost o pristup k XML"], table)),
    )
    assert _ips(x) == (("198.51.100.1", "198.51.100.2", "198.51.100.7"), ("198.51.100.9",))


def test_a_slovak_cover_adds_to_a_spreadsheet() -> None:
    rows = [["Produkčná IP"], ["203.0.113.1"], ["203.0.113.2"]]
    x = _mail(
        _body("Dobrý deň, k adresám v tabuľke v prílohe prosím pridajte aj 203.0.113.5.\n"),
        attachment("ip.xlsx", xlsx_bytes(rows)),
    )
    assert _ips(x) == (("203.0.113.1", "203.0.113.2", "203.0.113.5"), ())


def test_an_english_cover_adds_to_the_attached_form() -> None:
    form = "Application for XML access\nProduction IP: 192.0.2.91\nProduction IP: 192.0.2.92\n"
    x = _mail(
        _body(
            "Hello, please also add 192.0.2.99 to the production addresses in the attached form.\n"
        ),
        text_file("form.txt", form),
    )
    assert _ips(x) == (("192.0.2.91", "192.0.2.92", "192.0.2.99"), ())


def test_a_cover_adds_a_test_address_after_the_forms_test_address() -> None:
    table = [["Produkční IP", "Testovací IP"], ["198.18.5.1", "198.18.5.8"]]
    x = _mail(
        _body("K testovacím adresám ve formuláři doplňte prosím ještě testovací 198.18.5.9.\n"),
        attachment("form.odt", odt_bytes(["Žádost o přístup k XML"], table)),
    )
    assert _ips(x) == (("198.18.5.1",), ("198.18.5.8", "198.18.5.9"))


def test_a_cover_giving_its_own_address_beside_a_form_keeps_the_order() -> None:
    rows = [["Produkční adresy"], ["192.0.2.21"]]
    x = _mail(
        _body("Dobrý den, produkční adresa serveru je 192.0.2.20, žádost v příloze.\n"),
        attachment("zadost.docx", docx_bytes(["Žádost o přístup k XML", rows])),
    )
    assert _ips(x)[0] == ("192.0.2.20", "192.0.2.21")
