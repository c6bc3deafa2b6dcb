"""Shared vocabulary of the sixtieth held-out part ``di``: its styles, request types, the
mail-client header lines, the data-box envelope helper and the document builders this part
adds to the held-out ones (tests/corpus/heldout_docs.py):

- ``di-docx``: a DOCX whose paragraphs and table cells are runs, among them tracked changes
  (``w:del``/``w:ins``, not accepted), content controls (``w:sdt``: text, a placeholder still
  showing, Word's checkbox control) and a page header/footer;
- ``di-pdf``: a PDF letter with a letterhead and footer on the page and tables whose cells may
  span rows or columns (reportlab ``SPAN``);
- ``di-acro``: a PDF form whose values sit in AcroForm fields, the page text only the labels;
- ``di-scan``: a scanned-looking PDF (a noisy, slightly rotated page image) under an invisible
  OCR text layer written as its own lines (OCR confusions by hand);
- ``di-ods``: an OpenDocument spreadsheet (content.xml written directly, rows/columns spanned).

The builders are registered in ``heldout_docs.BUILDERS``/``MIME`` under these ``di-`` kinds when
this module is imported (every case module of the part imports it), so ``make_blind_a.render``
and the data-message builder find them; every one returns the same bytes on every run. The
cases are in sixtieth_di_1..3.py; labels follow tests/corpus/LABELS.md. Written by hand apart
from the extraction rules, to be scored only at the end of the round."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from enum import StrEnum
from typing import Any, cast
from xml.sax.saxutils import escape

from tests.corpus import heldout_docs
from tests.corpus.heldout_docs import FIXED, FONT, fixed_zip, od_package
from tests.corpus.label_rules import L, ico

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
    FORM = "form"  # ☑/☒/☐ boxes, [x]/[ ], ANO/NE columns, content controls, AcroForm fields
    TABLE = "table"  # row/column headers, merged role cells, sheets
    LETTER = "letter"  # letterhead, page header/footer, signature with IČO / box ID
    CORRECTION = "correction"  # the cover note or a tracked revision changes the file
    FORWARD = "forward"  # forwarded as an attached .eml
    REPLY = "reply"  # an answer to the office, its letter quoted, the form attached
    SCAN = "scan"  # a scanned letter with an OCR text layer
    DATABOX = "databox"  # an ISDS data message


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0.18025.20160")]
OWA = [("X-MS-Has-Attach", "yes"), ("X-Originating-Client", "owa")]
TBIRD = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")
]
APPLE = [("X-Mailer", "Apple Mail (2.3826.200.121)")]
IPHONE = [("X-Mailer", "iPhone Mail (22A3354)")]
K9 = [("User-Agent", "K-9 Mail for Android 6.905")]
SEZNAM = [("X-Mailer", "Email.cz (Seznam Email, webmail)")]
CENTRUM = [("X-Mailer", "Centrum.cz Mail 3.2")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.6.9")]
ZIMBRA = [("X-Mailer", "Zimbra 10.0.8_GA_4637 (ZimbraWebClient - GC129 (Win)/10.0.8_GA_4637)")]
GMAIL = [("X-Gm-Features", "AQ5f1JrVx7Tq2nWc9PbL3mZeYd8Ko4HsUa")]
EVOLUTION = [("X-Mailer", "Evolution 3.52.4 (3.52.4-1.fc40)")]
MAILSPRING = [("X-Mailer", "Mailspring")]


def box(box_id: str, sender: str, address: str, kind: int = 20) -> dict[str, Any]:
    """A data message's envelope: the sender's box ID, registered name, address and box type
    (10 public authority, 20 legal person, 40 natural person in business)."""
    return {"box": box_id, "sender": sender, "address": address, "type": kind}


def c(cid: str, desc: str, style: Style, labels: dict[str, Any], **rest: Any) -> dict[str, Any]:
    """A case spec (make_blind_a's format); ``sender`` stands for the ``from`` key."""
    if "sender" in rest:
        rest["from"] = rest.pop("sender")
    return {"id": cid, "description": desc, "style": style, "labels": labels, **rest}


# --- DOCX with runs: tracked changes and content controls -----------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_NS = f'xmlns:w="{_W}" xmlns:w14="{_W14}"'
PLACEHOLDER = "Klikněte nebo klepněte sem a zadejte text."


def _t(text: str, tag: str = "w:t") -> str:
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def _run_xml(run: Any, n: int, author: str, date: str) -> str:
    """One run of a paragraph: a str, or ("del"|"ins", text), ("sdt", alias, value),
    ("ph", alias) for a content control still showing its placeholder, ("box", alias, checked)
    for Word's checkbox content control (☒ checked, ☐ not)."""
    if isinstance(run, str):
        return f"<w:r>{_t(run)}</w:r>"
    kind = run[0]
    rev = f'w:id="{n}" w:author="{escape(author)}" w:date="{date}"'
    if kind == "del":
        return f"<w:del {rev}><w:r>{_t(run[1], 'w:delText')}</w:r></w:del>"
    if kind == "ins":
        return f"<w:ins {rev}><w:r>{_t(run[1])}</w:r></w:ins>"
    alias = escape(run[1])
    tag = alias.lower().replace(" ", "_")
    head = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{1000 + n}"/>'
    if kind == "sdt":
        return (
            f"<w:sdt><w:sdtPr>{head}</w:sdtPr>"
            f"<w:sdtContent><w:r>{_t(run[2])}</w:r></w:sdtContent></w:sdt>"
        )
    if kind == "ph":
        return (
            f'<w:sdt><w:sdtPr>{head}<w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            f'<w:color w:val="808080"/></w:rPr>{_t(PLACEHOLDER)}</w:r></w:sdtContent></w:sdt>'
        )
    if kind == "box":
        checked = "1" if run[2] else "0"
        glyph = "☒" if run[2] else "☐"
        font = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
        return (
            f'<w:sdt><w:sdtPr>{head}<w14:checkbox><w14:checked w14:val="{checked}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f"<w:sdtContent><w:r><w:rPr>{font}</w:rPr>{_t(glyph)}</w:r></w:sdtContent></w:sdt>"
        )
    raise ValueError(f"unknown run {run!r}")


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _fill_runs(paragraph: Any, runs: list[Any], ids: _Ids, author: str, date: str) -> None:
    from docx.oxml import parse_xml

    for run in runs:
        xml = _run_xml(run, ids.next(), author, date)
        paragraph._p.append(parse_xml(f"<w:wrap {_NS}>{xml}</w:wrap>")[0])


def docx_runs(spec: dict[str, Any]) -> bytes:
    """``spec``: ``blocks`` — a str paragraph, ``{"runs": [...]}`` (runs as ``_run_xml``
    takes them) or a table ``{"rows": [[cell, …]], "merge": [(r1, c1, r2, c2)]}`` whose cells
    are str or run lists; optional ``header``, ``footer``, ``author`` and ``date`` of the
    revisions."""
    import docx

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = spec.get("author", "Redakce")
    author, date = spec.get("author", "Redakce"), spec.get("date", "2025-09-08T09:12:00Z")
    ids = _Ids()
    section = d.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    for b in spec["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif "runs" in b:
            _fill_runs(d.add_paragraph(), b["runs"], ids, author, date)
        else:
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    if isinstance(cell, str):
                        t.cell(i, j).text = cell
                    else:
                        _fill_runs(t.cell(i, j).paragraphs[0], cell, ids, author, date)
            for r1, c1, r2, c2 in b.get("merge", []):
                keep = t.cell(r1, c1).text
                t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


# --- PDF: letterhead, footer, spanned table cells --------------------------------------------


def _dejavu() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    pdfmetrics.registerFont(TTFont("DejaVuB", FONT.replace("DejaVuSans", "DejaVuSans-Bold")))


def pdf_letter(spec: dict[str, Any]) -> bytes:
    """``spec``: ``blocks`` (str paragraphs, ``<br/>`` or newline breaks; tables
    ``{"rows", "widths", "span": [((c0, r0), (c1, r1))], "head": bool}`` whose spanned-over
    cells are ``None``), optional ``header`` (a letterhead drawn at the top of every page,
    lines split on newlines) and ``footer`` (drawn at the bottom)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _dejavu()
    style = ParagraphStyle("n", fontName="DejaVu", fontSize=10, leading=13)
    bold = ParagraphStyle("b", fontName="DejaVuB", fontSize=10, leading=13)
    header, footer = spec.get("header"), spec.get("footer")

    def page(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        if header:
            canvas.setFont("DejaVuB", 12)
            y = A4[1] - 45
            for i, line in enumerate(header.split("\n")):
                canvas.setFont("DejaVuB" if i == 0 else "DejaVu", 12 if i == 0 else 8.5)
                canvas.drawString(56, y, line)
                y -= 14 if i == 0 else 11
            canvas.setLineWidth(0.7)
            canvas.line(56, y + 4, A4[0] - 56, y + 4)
        if footer:
            canvas.setFont("DejaVu", 7.5)
            canvas.line(56, 52, A4[0] - 56, 52)
            for i, line in enumerate(footer.split("\n")):
                canvas.drawString(56, 42 - 10 * i, line)
        canvas.restoreState()

    flow: list[Any] = []
    for b in spec["blocks"]:
        if isinstance(b, str):
            flow.append(Paragraph(escape(b).replace("\n", "<br/>"), style))
            flow.append(Spacer(1, 6))
            continue
        data = [
            [
                Paragraph(escape(cell or ""), bold if (b.get("head") and i == 0) else style)
                for cell in row
            ]
            for i, row in enumerate(b["rows"])
        ]
        t = Table(data, colWidths=b.get("widths"))
        rules: list[Any] = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        rules += [("SPAN", a, z) for a, z in b.get("span", [])]
        t.setStyle(TableStyle(rules))
        flow.append(t)
        flow.append(Spacer(1, 8))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        invariant=1,
        title="Zadost",
        topMargin=110 if header else 56,
        bottomMargin=70 if footer else 56,
    )
    doc.build(flow, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


# --- PDF: AcroForm -------------------------------------------------------------------------


def pdf_acroform(spec: dict[str, Any]) -> bytes:
    """``spec``: ``title``, ``items`` — ("text", label, name, value) a labelled text field,
    ("check", label, name, checked) a checkbox, ("note", text) a line of page text — and an
    optional ``footer``. The labels are page text; the values live only in the fields
    (reportlab draws field appearances in Latin-1, so values keep to it)."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as pdfcanvas

    _dejavu()
    buf = io.BytesIO()
    cv = pdfcanvas.Canvas(buf, invariant=1)
    cv.setTitle(spec["title"])
    cv.setFont("DejaVuB", 13)
    cv.drawString(56, 790, spec["title"])
    y = 750
    for item in spec["items"]:
        if item[0] == "note":
            cv.setFont("DejaVu", 9)
            for line in item[1].split("\n"):
                cv.drawString(56, y, line)
                y -= 13
            y -= 8
            continue
        cv.setFont("DejaVu", 10)
        if item[0] == "text":
            _, label, name, value = item
            cv.drawString(56, y + 4, label)
            cv.acroForm.textfield(
                name=name,
                tooltip=label,
                value=value,
                x=220,
                y=y,
                width=320,
                height=18,
                fontName="Helvetica",
                fontSize=9.5,
                borderWidth=0.6,
                borderColor=colors.grey,
                fillColor=colors.white,
                forceBorder=True,
            )
            y -= 28
        else:
            _, label, name, checked = item
            cv.acroForm.checkbox(
                name=name, tooltip=label, checked=checked, x=56, y=y, size=13, buttonStyle="cross"
            )
            cv.drawString(78, y + 3, label)
            y -= 24
    if spec.get("footer"):
        cv.setFont("DejaVu", 7.5)
        cv.drawString(56, 40, spec["footer"])
    cv.save()
    return buf.getvalue()


# --- PDF: a scan under an OCR text layer ----------------------------------------------------


def pdf_scan(spec: dict[str, Any]) -> bytes:
    """``spec``: ``lines`` (what the paper says, drawn into a greyscale 100 dpi page image
    with speckles and a slight tilt) and ``ocr`` (the same lines as the OCR engine read them,
    laid invisibly over the image; as many as ``lines``); optional ``seed``."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as pdfcanvas

    lines, ocr = spec["lines"], spec["ocr"]
    assert len(lines) == len(ocr)
    serif = FONT.replace("DejaVuSans", "DejaVuSerif")
    pdfmetrics.registerFont(TTFont("DejaVuSerif", serif))
    width, height, step = 827, 1169, 23
    img = Image.new("L", (width, height), 244)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(serif, 15)
    rng = random.Random(spec.get("seed", 60))
    for _ in range(1800):
        img.putpixel((rng.randrange(width), rng.randrange(height)), rng.randrange(140, 225))
    y = 110
    for line in lines:
        draw.text((88, y), line, font=font, fill=30)
        y += step
    img = img.rotate(0.35, fillcolor=244, resample=Image.Resampling.BICUBIC)
    buf = io.BytesIO()
    cv = pdfcanvas.Canvas(buf, invariant=1)
    pw, ph = 595.27, 841.89
    cv.drawImage(ImageReader(img), 0, 0, pw, ph)
    text = cv.beginText()
    text.setTextRenderMode(3)
    text.setFont("DejaVuSerif", 10.8)
    y = 110
    for line in ocr:
        text.setTextOrigin(88 * pw / width, ph - (y + 15) * ph / height)
        text.textOut(line)
        y += step
    cv.drawText(text)
    cv.save()
    return buf.getvalue()


# --- ODS -----------------------------------------------------------------------------------

def _ods_sheet(sheet: dict[str, Any]) -> str:
    rows: list[list[str | None]] = sheet["rows"]
    spans: dict[tuple[int, int], tuple[int, int]] = sheet.get("span", {})
    covered = {
        (r, col)
        for (r0, c0), (nr, nc) in spans.items()
        for r in range(r0, r0 + nr)
        for col in range(c0, c0 + nc)
        if (r, col) != (r0, c0)
    }
    width = max(len(r) for r in rows)
    out = [
        f'<table:table table:name="{escape(sheet["title"])}">'
        f'<table:table-column table:number-columns-repeated="{width}"/>'
    ]
    for i, row in enumerate(rows):
        out.append("<table:table-row>")
        for j, cell in enumerate(row):
            if (i, j) in covered:
                out.append("<table:covered-table-cell/>")
                continue
            span = ""
            if (i, j) in spans:
                nr, nc = spans[(i, j)]
                span = f' table:number-rows-spanned="{nr}" table:number-columns-spanned="{nc}"'
            if cell:
                out.append(
                    f'<table:table-cell office:value-type="string"{span}>'
                    f"<text:p>{escape(cell)}</text:p></table:table-cell>"
                )
            else:
                out.append(f"<table:table-cell{span}/>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def ods_doc(sheets: list[dict[str, Any]]) -> bytes:
    """An ODS workbook: sheets as ``{"title", "rows", "span": {(r, c): (rows, cols)}}``, the
    cells a span covers given as ``None``."""
    return od_package(
        "application/vnd.oasis.opendocument.spreadsheet",
        "<office:spreadsheet>" + "".join(_ods_sheet(s) for s in sheets) + "</office:spreadsheet>",
    )


# --- registration ----------------------------------------------------------------------------

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
KINDS: dict[str, tuple[str, Callable[[Any], bytes]]] = {
    "di-docx": (_DOCX, docx_runs),
    "di-pdf": ("application/pdf", pdf_letter),
    "di-acro": ("application/pdf", pdf_acroform),
    "di-scan": ("application/pdf", pdf_scan),
    "di-ods": ("application/vnd.oasis.opendocument.spreadsheet", ods_doc),
}
_builders = cast(dict[str, Callable[[Any], bytes]], heldout_docs.BUILDERS)
for _kind, (_mime, _build) in KINDS.items():
    heldout_docs.MIME[_kind] = _mime
    _builders[_kind] = _build
