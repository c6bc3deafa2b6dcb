"""Attachments of the tuning cases 76–185 that the plain builders of make_corpus cannot make:
DOCX with page header/footer, merged and nested table cells; XLSX with merged cells and
several sheets; PDF tables whose cells wrap. ``fixed_zip`` makes any OOXML/ODF file
byte-reproducible (fixed member times and document dates)."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from tests.unit.docs import register_dejavu

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_TIME = (2022, 12, 1, 9, 0, 0)
_DOC_DATE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every member dated FIXED_TIME and the document's own creation and
    modification dates (docProps/core.xml, meta.xml) set to the same moment."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                body = _DOC_DATE.sub(b"2022-12-01T09:00:00Z", body)
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            member.compress_type = info.compress_type
            member.external_attr = info.external_attr
            dst.writestr(member, body)
    return out.getvalue()


def _docx_table(container: Any, spec: dict[str, Any]) -> None:
    """A table spec: ``rows`` (cells are text, a nested table spec, or None for the cells
    covered by a ``merge`` region (r1, c1, r2, c2), whose text is its top-left cell's)."""
    rows = spec["rows"]
    table = container.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if "style" in spec:
        table.style = spec["style"]
    for r1, c1, r2, c2 in spec.get("merge", []):
        table.cell(r1, c1).merge(table.cell(r2, c2))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell is None:
                continue
            target = table.cell(i, j)
            if isinstance(cell, dict):
                _docx_table(target, cell)
            else:
                target.text = cell


def docx_rich(spec: dict[str, Any]) -> bytes:
    """``header``/``footer``: lines of the page header and footer; ``blocks``: paragraphs
    (str) and tables (dict, see ``_docx_table``)."""
    import docx

    d = docx.Document()
    section = d.sections[0]
    for part, lines in (("header", spec.get("header", [])), ("footer", spec.get("footer", []))):
        if lines:
            getattr(section, part).paragraphs[0].text = "\n".join(lines)
    for block in spec["blocks"]:
        if isinstance(block, str):
            d.add_paragraph(block)
        else:
            _docx_table(d, block)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def xlsx_rich(spec: dict[str, Any]) -> bytes:
    """``sheets``: list of {``title``, ``rows``, ``merge`` (A1 ranges)}."""
    import openpyxl

    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for sheet in spec["sheets"]:
        ws = wb.create_sheet(sheet["title"])
        for row in sheet["rows"]:
            ws.append(row)
        for area in sheet.get("merge", []):
            ws.merge_cells(area)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def pdf_table(spec: dict[str, Any]) -> bytes:
    """``before``/``after``: paragraphs; ``table``: rows of cell texts drawn in a grid with
    column ``widths`` (points), long cells wrapping inside their column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_dejavu()
    style = ParagraphStyle("corpus", fontName="DejaVu", fontSize=10, leading=13)
    story: list[Any] = [Paragraph(p, style) for p in spec.get("before", [])]
    story.append(Spacer(1, 8))
    cells = [[Paragraph(c, style) for c in row] for row in spec["table"]]
    table = Table(cells, colWidths=spec["widths"])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(table)
    story.append(Spacer(1, 8))
    story.extend(Paragraph(p, style) for p in spec.get("after", []))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1).build(story)
    return buf.getvalue()


def txt(text: str) -> bytes:
    return text.encode("utf-8")
