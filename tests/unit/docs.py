"""Small office documents made at test time (no committed binaries)."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from typing import Any

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@cache
def _dejavu() -> Any:
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont("DejaVu", FONT)


def register_dejavu() -> None:
    """Register DejaVu Sans as "DejaVu" for reportlab. The font file is read once per process
    (reading it was most of a small PDF's time); every document keeps its own subset state in
    the font object, so a PDF's bytes are the same as with a freshly read font."""
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(_dejavu())


def pdf_bytes(lines: list[str]) -> bytes:
    import os

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    if os.path.exists(FONT):
        register_dejavu()
        c.setFont("DejaVu", 10)
    y = 800
    for ln in lines:
        c.drawString(50, y, ln)
        y -= 14
    c.save()
    return buf.getvalue()


def pdf_drawn(draw: Callable[[Any], None]) -> bytes:
    """A one-page PDF: `draw` writes on a reportlab canvas set to DejaVu Sans, 10 pt."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    register_dejavu()
    c.setFont("DejaVu", 10)
    draw(c)
    c.save()
    return buf.getvalue()


def docx_bytes(blocks: list[Any]) -> bytes:
    import docx

    d = docx.Document()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        else:
            t = d.add_table(rows=len(b), cols=len(b[0]))
            for i, row in enumerate(b):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def odt_blocks(blocks: list[Any], table_name: str = "T") -> bytes:
    """An ODT text document: each block a paragraph (str) or a table (list of rows)."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentText()
    for b in blocks:
        if isinstance(b, str):
            doc.text.addElement(P(text=b))
            continue
        t = Table(name=table_name)
        t.addElement(TableColumn(numbercolumnsrepeated=len(b[0])))
        for row in b:
            tr = TableRow()
            for cell in row:
                tc = TableCell()
                tc.addElement(P(text=cell))
                tr.addElement(tc)
            t.addElement(tr)
        doc.text.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def odt_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    return odt_blocks([*paragraphs, table] if table else list(paragraphs))


def ods_bytes(rows: list[list[str]]) -> bytes:
    return ods_sheets([("List1", rows)])


def ods_sheets(sheets: list[tuple[str, list[list[str]]]]) -> bytes:
    """An ODS spreadsheet with one named sheet per (name, rows)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for row in rows:
            tr = TableRow()
            for cell in row:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=cell))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    return xlsx_sheets([("Sheet", rows)])


def xlsx_sheets(sheets: list[tuple[str, list[list[str]]]]) -> bytes:
    """An XLSX workbook with one named sheet per (name, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pdf_table(
    rows: list[list[str]],
    widths: list[int],
    valign: str,
    grid: bool = True,
    heading: str = "Žádost o přístup k výsledkům",
) -> bytes:
    """A PDF with a ``heading`` and one table (cells wrap inside their column; ``<br/>`` breaks
    a line) whose cells are aligned ``valign`` (TOP, MIDDLE, BOTTOM) as a word processor would;
    ``grid``: drawn with ruled cells (else only its text's positions tell the rows apart)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    register_dejavu()
    style = ParagraphStyle("t", fontName="DejaVu", fontSize=10, leading=13)
    table = Table([[Paragraph(c, style) for c in row] for row in rows], colWidths=widths)
    rules = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if grid else []
    table.setStyle(TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), valign)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, invariant=1).build([Paragraph(heading, style), table])
    return buf.getvalue()


def pdf_grid(rows: list[list[str]], widths: list[int], valign: str) -> bytes:
    """``pdf_table`` ruled, under a bilingual heading."""
    return pdf_table(rows, widths, valign, grid=True, heading="Žádost / Request")
