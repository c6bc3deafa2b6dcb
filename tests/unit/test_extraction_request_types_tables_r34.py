"""Round 34 (issue 18): a form's request table whose mark column is captioned with an
instruction ("Označte", "Mark with X") or not captioned, under a label column captioned with a
"yes" word ("Požadujeme", "Žádáme o"), with a drill written and labelled by LABELS.md before
extraction was run on it.

The class (cb014): "Požadujeme | Označte" over "Přístup k XML … | ☐" and "Povolení … | ☒".
The header was taken for a yes column alone ("Druh | Požadujeme") with the label column as
the yes column, so every mark stood outside it and read as "not asked": a ticked box asked
for nothing. A yes word over the first (label) column is that column's caption; the marks
stand after it and say for themselves what is asked.
"""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import ComponentRole
from tests.corpus.heldout_docs import docx_doc, odt_doc, pdf_doc, xlsx_doc
from tests.unit.extraction_helpers import BOTH, FEED, REC, SIG, attachment, body, extract, mail

XML_CS = "Přístup k XML výsledkům voleb"
REC_CS = "Povolení pořizovat zvukový a obrazový záznam"

# (id, format, rows, want)
_FORMS: list[tuple[str, str, list[list[str]], tuple[str, ...]]] = [
    (
        "m1-html-zaskrtnete-ballot",
        "html",
        [["Žádáme o", "Zaškrtněte"], [XML_CS, "☑"], [REC_CS, "☐"]],
        FEED,
    ),
    ("m2-docx-oznacte-x", "docx", [["Požadujeme", "Označte X"], [XML_CS, ""], [REC_CS, "X"]], REC),
    (
        "m3-odt-en-mark-with-x-brackets",
        "odt",
        [
            ["Requested", "Mark with X"],
            ["Access to the XML election results", "[x]"],
            ["Permission to film and record at collection points", "[x]"],
        ],
        BOTH,
    ),
    (
        "m4-xlsx-sk-volba-ano-ne",
        "xlsx",
        [
            ["Žiadame", "Voľba"],
            ["Prístup k XML výsledkom volieb", "ano"],
            ["Povolenie na natáčanie", "ne"],
        ],
        FEED,
    ),
    ("m5-pdf-vyber-tick", "pdf", [["Požadujeme", "Výběr"], [XML_CS, ""], [REC_CS, "✓"]], REC),
    (
        "m6-html-de-ankreuzen",
        "html",
        [
            ["Beantragt", "Ankreuzen"],
            ["Zugang zum XML-Feed der Wahlergebnisse", "X"],
            ["Drehgenehmigung (Film- und Tonaufnahmen)", ""],
        ],
        FEED,
    ),
    ("m7-docx-no-caption", "docx", [[XML_CS, "☒"], [REC_CS, "☐"]], FEED),
    (
        "m8-odt-sk-oznacte-crossed-box",
        "odt",
        [
            ["Žiadame o", "Označte"],
            ["Prístup k XML súborom s výsledkami", "☐"],
            ["Povolenie natáčať", "☒"],
        ],
        REC,
    ),
    (
        "m9-xlsx-en-tick-both",
        "xlsx",
        [["Requested", "Tick"], ["XML results feed access", "✔"], ["Filming permit", "✔"]],
        BOTH,
    ),
    (
        "m11-text-aligned-oznacte",
        "spaces",
        [["Požadujeme", "Označte"], [XML_CS, "☐"], ["Povolení k natáčení na sběrném místě", "☒"]],
        REC,
    ),
    (
        "m12-text-markdown-zaskrtnete",
        "pipes",
        [["Žádáme o", "Zaškrtněte"], ["přístup k XML datům", "[x]"], ["natáčení", "[ ]"]],
        FEED,
    ),
    (
        "m10-html-pozadovano-empty-caption",
        "html",
        [["Požadováno", ""], [XML_CS, "☐"], [REC_CS, "☒"]],
        REC,
    ),
]


def _html(rows: list[list[str]]) -> Any:
    table = (
        '<table border="1">'
        + "".join(
            "<tr>"
            + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r)
            + "</tr>"
            for i, r in enumerate(rows)
        )
        + "</table>"
    )
    html = (
        "<html><body><p>Dobrý den,</p><p>vyplněný formulář níže.</p>"
        f"{table}<p>Organizace: Hanácký týdeník s.r.o., IČO 27074358</p>"
        "<p>" + SIG.replace("\n", "<br>") + "</p></body></html>"
    )
    return mail(body(html, ComponentRole.BODY_HTML))


def _cover() -> Any:
    return body("Dobrý den,\nviz příloha.\n" + SIG)


_HEAD = "FORMULÁŘ ŽÁDOSTI"
_TAIL = "Organizace: Hanácký týdeník s.r.o.\nIČO: 27074358"


def _docx(rows: list[list[str]]) -> Any:
    return mail(
        _cover(), attachment("formular.docx", docx_doc({"blocks": [_HEAD, {"rows": rows}, _TAIL]}))
    )


def _odt(rows: list[list[str]]) -> Any:
    return mail(_cover(), attachment("formular.odt", odt_doc([_HEAD, rows, *_TAIL.split("\n")])))


def _xlsx(rows: list[list[str]]) -> Any:
    cells = [[c or None for c in r] for r in rows]
    return mail(
        _cover(),
        attachment("formular.xlsx", xlsx_doc([{"title": "Žádost", "rows": [[_HEAD], *cells]}])),
    )


def _pdf(rows: list[list[str]]) -> Any:
    return mail(_cover(), attachment("formular.pdf", pdf_doc([_HEAD, {"rows": rows}, _TAIL])))


def _spaces(rows: list[list[str]]) -> Any:
    width = max(len(r[0]) for r in rows) + 6
    table = "\n".join(r[0].ljust(width) + r[1] for r in rows)
    return mail(
        body("Dobrý den,\n\nposílám vyplněnou žádost:\n\n" + table + "\n\n" + _TAIL + "\n" + SIG)
    )


def _pipes(rows: list[list[str]]) -> Any:
    lines = [f"| {r[0]} | {r[1]} |" for r in rows]
    table = "\n".join([lines[0], "|---|---|", *lines[1:]])
    return mail(body("Dobrý den,\n\nžádost:\n\n" + table + "\n\n" + _TAIL + "\n" + SIG))


_FORMATS = {
    "spaces": _spaces,
    "pipes": _pipes,
    "html": _html,
    "docx": _docx,
    "odt": _odt,
    "xlsx": _xlsx,
    "pdf": _pdf,
}


@pytest.mark.parametrize(("fmt", "rows", "want"), [pytest.param(*f[1:], id=f[0]) for f in _FORMS])
def test_mark_column_with_instruction(
    fmt: str, rows: list[list[str]], want: tuple[str, ...]
) -> None:
    x = extract(_FORMATS[fmt](rows))
    if x.request_types != want:
        assert not x.fields["request_types"].certain, x.request_types
        pytest.fail(f"{x.request_types} (flagged)")


# near misses: every box left empty; a legend line that shows what a ticked box means
_NEAR: list[tuple[str, str, list[list[str]], tuple[str, ...]]] = [
    ("n1-odt-all-empty", "odt", [["Požadujeme", "Označte"], [XML_CS, "☐"], [REC_CS, "☐"]], ()),
    (
        "n2-docx-all-empty-no-caption",
        "docx",
        [["Žádáme o", "Zaškrtněte"], [XML_CS, ""], [REC_CS, ""]],
        (),
    ),
    (
        "n3-html-all-empty-brackets",
        "html",
        [["Požadujeme", "Označte X"], [XML_CS, "[ ]"], [REC_CS, "[ ]"]],
        (),
    ),
]


@pytest.mark.parametrize(("fmt", "rows", "want"), [pytest.param(*f[1:], id=f[0]) for f in _NEAR])
def test_form_left_empty_asks_nothing_for_sure(
    fmt: str, rows: list[list[str]], want: tuple[str, ...]
) -> None:
    x = extract(_FORMATS[fmt](rows))
    assert not (x.request_types and x.fields["request_types"].certain), x.request_types


@pytest.mark.parametrize("fmt", ["odt", "docx", "pdf"])
def test_legend_line_ticks_nothing(fmt: str) -> None:
    rows = [["Požadujeme", "Označte"], [XML_CS, "☐"], [REC_CS, "☒"]]
    legend = "Vysvětlivky: ☒ = ano, ☐ = ne"
    doc: bytes
    if fmt == "odt":
        doc = odt_doc([_HEAD, legend, rows, *_TAIL.split("\n")])
    elif fmt == "docx":
        doc = docx_doc({"blocks": [_HEAD, legend, {"rows": rows}, _TAIL]})
    else:
        doc = pdf_doc([_HEAD, legend, {"rows": rows}, _TAIL])
    x = extract(mail(_cover(), attachment(f"formular.{fmt}", doc)))
    if x.request_types != REC:
        assert not x.fields["request_types"].certain, x.request_types
        pytest.fail(f"{x.request_types} (flagged)")
