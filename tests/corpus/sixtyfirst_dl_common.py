"""Shared vocabulary of the sixty-first held-out part ``dl``: its styles, the mail-client
header lines and the data-box envelope helper (both reused from the sixtieth part ``di``), and
the document builders this part adds to the held-out ones (tests/corpus/heldout_docs.py and
sixtieth_di_common's ``di-`` kinds, registered when that module is imported):

- ``dl-docx``: a DOCX whose blocks may be a sidebar text box (VML ``v:textbox`` holding
  ``w:txbxContent``), a paragraph with a reviewer's comment (``w:comment`` anchored on a run),
  a page break, and tables whose first row is a repeated header row (``w:tblHeader``) — an
  address table continued over a page break is two such tables;
- ``dl-pdf2col``: a PDF letter laid out in two columns, a narrow sidebar (the firm's
  identifiers) beside the letter, as two reportlab frames;
- ``dl-csv``: a semicolon-separated CSV written in windows-1250 with CRLF line ends;
- ``dl-html``: a web form saved as an .html file (inputs with ``value``, checkboxes
  ``checked`` or not);
- ``dl-xlsx``: a workbook whose cells may be struck through (``strike``) and merged.

Every builder returns the same bytes on every run. The cases are in sixtyfirst_dl_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from typing import Any, cast
from xml.sax.saxutils import escape

from tests.corpus import heldout_docs
from tests.corpus.heldout_docs import FIXED, fixed_zip
from tests.corpus.label_rules import L, ico
from tests.corpus.sixtieth_di_common import (
    APPLE,
    CENTRUM,
    EVOLUTION,
    GMAIL,
    IPHONE,
    K9,
    MAILSPRING,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    box,
)
from tests.unit.docs import register_dejavu

FEED = "feed_access"
FILM = "recording_permit"

__all__ = [
    "APPLE",
    "CENTRUM",
    "EVOLUTION",
    "FEED",
    "FILM",
    "GMAIL",
    "IPHONE",
    "K9",
    "KINDS",
    "L",
    "MAILSPRING",
    "OUTLOOK",
    "OWA",
    "ROUNDCUBE",
    "SEZNAM",
    "TBIRD",
    "ZIMBRA",
    "Style",
    "box",
    "c",
    "ico",
]


class Style(StrEnum):
    """How a case's message is written (its label's ``style``)."""

    COVER = "cover"  # a short cover mail, the application in the attached file(s)
    EMPTY = "empty"  # no text at all, only the attachment
    FORM = "form"  # ☑/☒/☐ boxes, [x]/[ ], ANO/NE columns, AcroForm or HTML form fields
    TABLE = "table"  # row/column headers, merged role cells, CSV, struck-through rows
    LETTER = "letter"  # letterhead, sidebar, footer, signature with IČO / box ID
    CORRECTION = "correction"  # the cover note, a comment or a later file changes the file
    FORWARD = "forward"  # forwarded as an attached .eml, or inline with the file
    REPLY = "reply"  # an answer to the office, its letter quoted, the file attached
    DATABOX = "databox"  # an ISDS data message


def c(cid: str, desc: str, style: Style, labels: dict[str, Any], **rest: Any) -> dict[str, Any]:
    """A case spec (make_blind_a's format); ``sender`` stands for the ``from`` key."""
    if "sender" in rest:
        rest["from"] = rest.pop("sender")
    return {"id": cid, "description": desc, "style": style, "labels": labels, **rest}


# --- DOCX: text boxes, comments, page breaks, repeated header rows -------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = f'xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def _textbox_xml(lines: list[str], n: int) -> str:
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for line in lines
    )
    style = (
        "position:absolute;margin-left:340pt;margin-top:6pt;width:150pt;height:190pt;"
        f"z-index:{n};mso-position-horizontal-relative:margin"
    )
    return (
        f'<w:r {_NS}><w:pict><v:shape id="Textové pole {n}" o:spid="_x0000_s10{n:02d}" '
        f'type="#_x0000_t202" style="{style}" fillcolor="#f2f2f2" strokecolor="#7f7f7f">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def _repeat_header(table: Any) -> None:
    from docx.oxml import parse_xml

    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:tblHeader xmlns:w="{_W}"/>'))


def dl_docx(spec: dict[str, Any]) -> bytes:
    """``spec``: ``blocks`` — a str paragraph; ``{"rows", "merge", "header_row"}`` a table
    (``header_row``: its first row repeats on every page); ``{"pagebreak": True}``;
    ``{"textbox": [lines], "text": str}`` a paragraph (``text``) anchoring a sidebar text box;
    ``{"comment": (before, anchored, after), "note": str, "by": str}`` a paragraph whose
    ``anchored`` run carries a reviewer's comment — and optional ``header``/``footer``."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = spec.get("author", "Redakce")
    section = d.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    boxes = 0
    for b in spec["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif "pagebreak" in b:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif "textbox" in b:
            boxes += 1
            p = d.add_paragraph()
            p._p.append(parse_xml(_textbox_xml(b["textbox"], boxes)))
            p.add_run(b.get("text", ""))
        elif "comment" in b:
            before, anchored, after = b["comment"]
            p = d.add_paragraph(before)
            run = p.add_run(anchored)
            p.add_run(after)
            by = b.get("by", "Redakce")
            initials = "".join(part[0] for part in by.split())
            comment = d.add_comment(run, text=b["note"], author=by, initials=initials)
            comment._comment_elm.set(f"{{{_W}}}date", "2025-09-10T08:41:00Z")
        else:
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            for r1, c1, r2, c2 in b.get("merge", []):
                keep = t.cell(r1, c1).text
                t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
            if b.get("header_row"):
                _repeat_header(t)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# --- PDF: a letter in two columns (sidebar + letter) -----------------------------------------


def pdf_two_columns(spec: dict[str, Any]) -> bytes:
    """``spec``: ``sidebar`` (lines drawn in a narrow left frame, a blank line between groups)
    and ``blocks`` (str paragraphs, tables as lists of rows) in the wide right frame; optional
    ``title`` drawn across the top."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_dejavu()
    side = ParagraphStyle("s", fontName="DejaVu", fontSize=7.8, leading=10)
    body = ParagraphStyle("n", fontName="DejaVu", fontSize=10, leading=13.5)
    title = spec.get("title")
    width, height = A4
    top = height - (90 if title else 56)
    frames = [
        Frame(40, 60, 140, top - 60, id="sidebar", showBoundary=0),
        Frame(200, 60, width - 240, top - 60, id="letter", showBoundary=0),
    ]

    def page(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        if title:
            canvas.setFont("DejaVu", 15)
            canvas.drawString(40, height - 60, title)
        canvas.setStrokeColor(colors.grey)
        canvas.line(190, 70, 190, top - 4)
        canvas.restoreState()

    doc = BaseDocTemplate(buf := io.BytesIO(), pagesize=A4, invariant=1, title="Zadost")
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=page)])
    flow: list[Any] = []
    for line in spec["sidebar"]:
        flow.append(Paragraph(escape(line) if line else "&nbsp;", side))
    flow.append(FrameBreak())
    for b in spec["blocks"]:
        if isinstance(b, str):
            flow.append(Paragraph(escape(b).replace("\n", "<br/>"), body))
            flow.append(Spacer(1, 6))
            continue
        t = Table([[Paragraph(escape(cell), body) for cell in row] for row in b])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow.append(t)
        flow.append(Spacer(1, 8))
    doc.build(flow)
    return buf.getvalue()


# --- CSV, saved HTML form, XLSX with struck-through cells -------------------------------------


def csv_1250(rows: list[list[str]]) -> bytes:
    """Rows joined by semicolons, CRLF line ends, encoded in windows-1250 (as Excel saves a
    Czech "CSV (oddělený středníkem)")."""
    return "".join(";".join(row) + "\r\n" for row in rows).encode("cp1250")


def html_file(text: str) -> bytes:
    """A saved web page, as written (its own ``<meta charset>``), in UTF-8."""
    return text.encode("utf-8")


def xlsx_marked(sheets: list[dict[str, Any]]) -> bytes:
    """Sheets as ``{"title", "rows", "merge": ["A2:A4"], "strike": ["A5", "B5"]}``: the
    ``strike`` cells are struck through (Font(strike=True)), nothing else marks them."""
    import openpyxl
    from openpyxl.styles import Font

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
        for ref in sheet.get("strike", []):
            ws[ref].font = Font(strike=True, color="FF808080")
        for rng in sheet.get("merge", []):
            ws.merge_cells(rng)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# --- registration ----------------------------------------------------------------------------

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KINDS: dict[str, tuple[str, Callable[[Any], bytes]]] = {
    "dl-docx": (_DOCX, dl_docx),
    "dl-pdf2col": ("application/pdf", pdf_two_columns),
    "dl-csv": ("text/csv", csv_1250),
    "dl-html": ("text/html", html_file),
    "dl-xlsx": (_XLSX, xlsx_marked),
}
_builders = cast(dict[str, Callable[[Any], bytes]], heldout_docs.BUILDERS)
for _kind, (_mime, _build) in KINDS.items():
    heldout_docs.MIME[_kind] = _mime
    _builders[_kind] = _build
