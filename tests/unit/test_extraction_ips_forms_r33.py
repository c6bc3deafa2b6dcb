"""Round 33 (issue 18): a table with a column (or row) per use where a row leaves a cell
empty, with a drill written and labelled by LABELS.md before extraction was run on it.

The class (ba017): "Produkční IP | Testovací IP" over "A | B" and "(empty) | C". Every table
becomes the same grid, rows as tab-separated lines; an empty cell must keep its column in
every format (HTML, DOCX, XLSX, ODT, PDF layout, tab- or space-aligned text), so C stays a
test address. A row whose column cannot be told (a lone address under a tab-separated header
whose empty cells the writer left out) is flagged, never certain.
"""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import ComponentRole
from tests.corpus.heldout_docs import docx_doc, odt_doc, pdf_doc, xlsx_doc
from tests.unit.extraction_helpers import SIG, attachment, body, extract, mail, text_file

A, B, C, D = "203.0.113.31", "203.0.113.32", "203.0.113.33", "203.0.113.34"

# (id, intro, rows with "" for an empty cell, production, test)
_TABLES: list[tuple[str, str, list[list[str]], list[str], list[str]]] = [
    (
        "t1-cs-empty-first",
        "Žádáme o přístup k XML serveru s výsledky voleb z těchto adres:",
        [["Produkční IP", "Testovací IP"], [A, B], ["", C]],
        [A],
        [B, C],
    ),
    (
        "t2-cs-empty-last",
        "Žádost o přístup k datům výsledků voleb (XML). Adresy:",
        [["Produkční IP adresa", "Testovací IP adresa"], [A, B], [C, ""]],
        [A, C],
        [B],
    ),
    (
        "t3-cs-server-empty-middle",
        "Prosíme o zpřístupnění XML výstupu pro naše servery:",
        [["Server", "Ostrý provoz", "Testování"], ["web1", A, B], ["web2", "", C]],
        [A],
        [B, C],
    ),
    (
        "t4-en-test-first-empty-first",
        "We request access to the election results XML feed from:",
        [["Test IP", "Production IP"], [A, B], ["", C]],
        [B, C],
        [A],
    ),
    (
        "t5-sk-numbered-both-gaps",
        "Žiadame o prístup k XML serveru s výsledkami volieb:",
        [["Č.", "Produkčná IP", "Testovacia IP"], ["1", A, B], ["2", "", C], ["3", D, ""]],
        [A, D],
        [B, C],
    ),
    (
        "t6-cs-note-column-empty-first",
        "Žádost o přístup k XML s výsledky voleb, adresy v tabulce:",
        [["Produkční IP", "Testovací IP", "Poznámka"], [A, B, "hlavní"], ["", C, "záloha"]],
        [A],
        [B, C],
    ),
    (
        "t7-cs-row-headers-empty-middle",
        "Žádáme o přístup k XML serveru s výsledky voleb:",
        [["Produkční IP", "", A], ["Testovací IP", B, C]],
        [A],
        [B, C],
    ),
    (
        "t8-cs-two-rows-empty-first",
        "Žádost o přístup k XML souborům s výsledky voleb:",
        [["Produkční IP", "Testovací IP"], [A, B], ["", C], ["", D]],
        [A],
        [B, C, D],
    ),
    # near misses: the empty cell is in no use's column, or the value is in the first column
    (
        "n1-cs-empty-server-name",
        "Žádáme o přístup k XML serveru s výsledky voleb:",
        [["Server", "Produkční IP", "Testovací IP"], ["", A, B], ["web2", C, D]],
        [A, C],
        [B, D],
    ),
    (
        "n2-cs-note-first-no-role",
        "Žádáme o přístup k XML serveru s výsledky voleb:",
        [["Poznámka", "Produkční IP", "Testovací IP"], ["", A, B], ["záloha", C, ""]],
        [A, C],
        [B],
    ),
]


def _html_table(rows: list[list[str]]) -> str:
    return (
        '<table border="1">'
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )


def _html(intro: str, rows: list[list[str]]) -> Any:
    html = (
        f"<html><body><p>Dobrý den,</p><p>{intro}</p>{_html_table(rows)}"
        "<p>" + SIG.replace("\n", "<br>") + "</p></body></html>"
    )
    return mail(body(html, ComponentRole.BODY_HTML))


def _cover() -> Any:
    return body("Dobrý den,\n\nv příloze posílám žádost.\n" + SIG)


def _docx(intro: str, rows: list[list[str]]) -> Any:
    return mail(_cover(), attachment("zadost.docx", docx_doc({"blocks": [intro, {"rows": rows}]})))


def _xlsx(intro: str, rows: list[list[str]]) -> Any:
    cells = [[c or None for c in r] for r in rows]
    data = xlsx_doc([{"title": "Adresy", "rows": [[intro], *cells]}])
    return mail(_cover(), attachment("adresy.xlsx", data))


def _odt(intro: str, rows: list[list[str]]) -> Any:
    return mail(_cover(), attachment("zadost.odt", odt_doc([intro, rows])))


def _pdf(intro: str, rows: list[list[str]]) -> Any:
    return mail(_cover(), attachment("zadost.pdf", pdf_doc([intro, {"rows": rows}])))


def _tabbed(intro: str, rows: list[list[str]]) -> Any:
    text = intro + "\n\n" + "\n".join("\t".join(r).rstrip("\t") for r in rows) + "\n"
    return mail(body("Dobrý den,\n\n" + text + SIG))


def _spaced(intro: str, rows: list[list[str]]) -> Any:
    width = max(len(c) for r in rows for c in r) + 4
    lines = ["".join(c.ljust(width) for c in r).rstrip() for r in rows]
    return mail(_cover(), text_file("zadost.txt", intro + "\n\n" + "\n".join(lines) + "\n"))


_FORMATS = {
    "html": _html,
    "docx": _docx,
    "xlsx": _xlsx,
    "odt": _odt,
    "pdf": _pdf,
    "tabs": _tabbed,
    "spaces": _spaced,
}


@pytest.mark.parametrize("fmt", list(_FORMATS))
@pytest.mark.parametrize(
    ("intro", "rows", "production", "test"),
    [pytest.param(*t[1:], id=t[0]) for t in _TABLES],
)
def test_empty_cell_keeps_its_column(
    fmt: str, intro: str, rows: list[list[str]], production: list[str], test: list[str]
) -> None:
    x = extract(_FORMATS[fmt](intro, rows))
    got = ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips])
    if got != (production, test):
        # a wrong reading is acceptable only as an unsure one
        assert not (x.fields["production_ips"].certain and x.fields["test_ips"].certain), got
        pytest.fail(f"{fmt}: {got} (flagged)")
    if fmt in _GRIDS:
        # a document's grid keeps every cell's column: its reading is certain
        assert x.fields["production_ips"].certain and x.fields["test_ips"].certain


_GRIDS = ("html", "docx", "xlsx", "odt", "pdf")


_TEXT_TABLES = [
    pytest.param(
        f"Produkční IP | Testovací IP\n{A} | {B}\n | {C}\n",
        [A],
        [B, C],
        id="p1-bars-empty-first",
    ),
    pytest.param(
        f"| Produkční IP | Testovací IP |\n|---|---|\n| {A} | {B} |\n|  | {C} |\n",
        [A],
        [B, C],
        id="p2-markdown-empty-first",
    ),
    pytest.param(
        "| Server | Produkční IP | Testovací IP |\n|---|---|---|\n"
        f"| web1 | {A} | {B} |\n| web2 | | {C} |\n| web3 | {D} | |\n",
        [A, D],
        [B, C],
        id="p3-markdown-empty-middle-and-last",
    ),
    pytest.param(
        f"Produkční IP;Testovací IP\n{A};{B}\n;{C}\n",
        [A],
        [B, C],
        id="p4-semicolons-empty-first",
    ),
    pytest.param(
        f"Test IP | Production IP\n{A} | {B}\n| {C}\n",
        [B, C],
        [A],
        id="p5-en-bars-empty-first-no-space",
    ),
]


@pytest.mark.parametrize(("table", "production", "test"), _TEXT_TABLES)
def test_text_table_empty_cell(table: str, production: list[str], test: list[str]) -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k XML serveru s výsledky voleb:\n\n"
                + table
                + "\n"
                + SIG
            )
        )
    )
    got = ([str(a) for a in x.production_ips], [str(a) for a in x.test_ips])
    if got != (production, test):
        assert not (x.fields["production_ips"].certain and x.fields["test_ips"].certain), got
        pytest.fail(f"{got} (flagged)")


_RAGGED = [
    pytest.param(f"Produkční IP\tTestovací IP\n{A}\t{B}\n{C}\n", id="r1-tabs-lone-address"),
    pytest.param(f"Test IP\tProduction IP\n{A}\t{B}\n{C}\n", id="r2-en-tabs-lone-address"),
]


@pytest.mark.parametrize("table", _RAGGED)
def test_ragged_row_is_unsure(table: str) -> None:
    """A lone address under a tab-separated header of two uses, its empty cell left out: the
    column it belongs to cannot be told, the lists are flagged."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup k XML serveru s výsledky voleb:\n\n"
                + table
                + "\n"
                + SIG
            )
        )
    )
    assert not (x.fields["production_ips"].certain and x.fields["test_ips"].certain)
