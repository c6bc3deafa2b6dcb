"""Office documents for the held-out corpus, richer than the tuning corpus's: DOCX with
header/footer, merged and nested table cells; PDF with real tables whose cells wrap; XLSX with
several sheets and merged cells; RTF with tables. Every builder returns the same bytes on every
run (fixed ZIP dates, fixed document properties), so the corpus regenerates identically."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from tests.unit.docs import register_dejavu

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED = datetime(2022, 12, 1, 8, 0, 0)

Rows = list[list[str]]


def fixed_zip(data: bytes) -> bytes:
    """The same ZIP with every entry dated 1980-01-01 (zipfile stamps entries with now) and a
    fixed modification time in the document properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fresh = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fresh.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2022-12-01T08:00:00Z\g<2>",
                    data,
                )
            out.writestr(fresh, data)
    return buf.getvalue()


# --- DOCX ------------------------------------------------------------------------------------


def _fill_table(table: Any, spec: dict[str, Any]) -> None:
    rows: Rows = spec["rows"]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for r1, c1, r2, c2 in spec.get("merge", []):
        keep = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        merged.text = keep
    for (r, c), inner in spec.get("nested", {}).items():
        cell = table.cell(r, c)
        sub = cell.add_table(rows=len(inner["rows"]), cols=len(inner["rows"][0]))
        _fill_table(sub, inner)


def docx_doc(spec: dict[str, Any]) -> bytes:
    """``spec``: ``blocks`` (str paragraphs or table dicts with ``rows``, optional ``merge``
    as (r1, c1, r2, c2) and ``nested`` {(r, c): table dict}), optional ``header``/``footer``."""
    import docx

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Redakce"
    section = d.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    for b in spec["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
            continue
        t = d.add_table(rows=len(b["rows"]), cols=max(len(r) for r in b["rows"]))
        _fill_table(t, b)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# --- PDF -------------------------------------------------------------------------------------


def pdf_doc(blocks: list[Any]) -> bytes:
    """A PDF of paragraphs (str) and tables (dict with ``rows`` and ``widths`` in points;
    narrow widths make long cells wrap onto several lines)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_dejavu()
    style = ParagraphStyle("n", fontName="DejaVu", fontSize=10, leading=13)
    flow: list[Any] = []
    for b in blocks:
        if isinstance(b, str):
            flow.append(Paragraph(b.replace("\n", "<br/>"), style))
            flow.append(Spacer(1, 6))
            continue
        data = [[Paragraph(c, style) for c in row] for row in b["rows"]]
        t = Table(data, colWidths=b.get("widths"))
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow.append(t)
        flow.append(Spacer(1, 8))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="Zadost").build(flow)
    return buf.getvalue()


# --- XLSX ------------------------------------------------------------------------------------


def xlsx_doc(sheets: list[dict[str, Any]]) -> bytes:
    """Sheets as dicts with ``title``, ``rows`` and optional ``merge`` (Excel ranges like
    "A2:A4"), ``hidden_rows`` (row numbers as Excel numbers them), ``widths`` (``{"A": 18}``)
    and ``hidden`` (the whole sheet)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    first = True
    for sheet in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        first = False
        ws.title = sheet["title"]
        for row in sheet["rows"]:
            ws.append(row)
        for rng in sheet.get("merge", []):
            ws.merge_cells(rng)
        for n in sheet.get("hidden_rows", []):
            ws.row_dimensions[n].hidden = True
        for col, width in sheet.get("widths", {}).items():
            ws.column_dimensions[col].width = width
        if sheet.get("hidden"):
            ws.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# --- ODT / RTF / text ------------------------------------------------------------------------


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
_OD_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
manifest:media-type="{media_type}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def od_package(media_type: str, body: str) -> bytes:
    """An OpenDocument package (ODT, ODS …) of one ``content.xml`` whose ``office:body``
    holds ``body``, with a fixed zip layout and times."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {_ODT_NS} office:version="1.2"><office:body>'
        + body
        + "</office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", media_type, zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", _OD_MANIFEST.format(media_type=media_type))
        z.writestr("content.xml", content)
    return fixed_zip(buf.getvalue())


def _odt_block(b: Any) -> str:
    if isinstance(b, str):
        return f"<text:p>{escape(b)}</text:p>"
    rows = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in b
    )
    cols = f'<table:table-column table:number-columns-repeated="{len(b[0])}"/>'
    return f'<table:table table:name="Tabulka1">{cols}{rows}</table:table>'


def odt_doc(blocks: list[Any]) -> bytes:
    """An ODT text document of paragraphs (str) and tables (list of rows), written directly
    (odfpy's namespace declarations depend on which odfpy elements the process used before,
    so its output is not stable across a test run)."""
    return od_package(
        "application/vnd.oasis.opendocument.text",
        "<office:text>" + "".join(_odt_block(b) for b in blocks) + "</office:text>",
    )


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        elif ch in "\\{}":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def rtf_doc(blocks: list[Any]) -> bytes:
    """Paragraphs (str) and tables (a list of rows, or a dict with ``rows`` as the other
    builders take it) as RTF (\\trowd ... \\cell ... \\row)."""
    parts = ["{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "]
    for b in blocks:
        if isinstance(b, str):
            parts.append("\\pard " + _rtf_escape(b) + "\\par\n")
            continue
        for row in b["rows"] if isinstance(b, dict) else b:
            cells = "".join(f"\\cellx{2600 * (i + 1)}" for i in range(len(row)))
            body = "".join("\\pard\\intbl " + _rtf_escape(c) + "\\cell " for c in row)
            parts.append("\\trowd" + cells + " " + body + "\\row\n")
        parts.append("\\pard\\par\n")
    parts.append("}")
    return "".join(parts).encode("ascii")


def text_doc(text: str) -> bytes:
    return text.encode("utf-8")


BUILDERS = {
    "docx": docx_doc,
    "pdf": pdf_doc,
    "xlsx": xlsx_doc,
    "odt": odt_doc,
    "rtf": rtf_doc,
    "txt": text_doc,
}
MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "rtf": "application/rtf",
    "txt": "text/plain",
}
