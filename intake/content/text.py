"""Plain text from bodies and documents: HTML (safely, no script/style), PDF, DOCX, ODT,
XLSX/ODS tables, RTF; Czech legacy charsets (windows-1250, ISO-8859-2) told apart.

Tables come out one row per line, cells separated by a tab, so the IP finder can read
column headings.
"""

from __future__ import annotations

import io
import logging
import re
import warnings

from bs4 import BeautifulSoup

from intake.content import formats as f

log = logging.getLogger(__name__)


class TextExtractionError(Exception):
    """The document is damaged, encrypted or otherwise unreadable."""


# bytes that are letters in one Czech code page and controls/rare signs in the other
_CP1250_ONLY = set(b"\x8a\x8c\x8d\x8e\x8f\x9a\x9c\x9d\x9e\x9f")
_LATIN2_ONLY = set(b"\xa9\xab\xae\xb9\xbb\xbe\xa6\xb6\xac\xbc")


def decode(data: bytes, charset: str | None = None) -> str:
    """Decode text, trusting a declared charset only when it decodes cleanly."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    candidates: list[str] = []
    if charset:
        cs = charset.strip().strip('"').lower()
        if cs in ("us-ascii", "ascii"):
            cs = "utf-8"
        candidates.append(cs)
    candidates.append("utf-8")
    for cs in candidates:
        try:
            text = data.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
        if cs in ("iso-8859-2", "latin2", "iso8859-2") and any(b in _CP1250_ONLY for b in data):
            # declared Latin-2 but bytes only windows-1250 uses for letters: a mislabel
            break
        return text
    high = set(data) - set(range(128))
    cp = len(high & _CP1250_ONLY)
    l2 = len(high & _LATIN2_ONLY)
    guess = "iso-8859-2" if l2 > cp else "windows-1250"
    return data.decode(guess, "replace")


_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dd",
)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body: scripts, styles and comments dropped, block elements on
    their own lines, table cells tab-separated, quoted replies marked with ``> ``."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "meta", "noscript", "template"]):
        tag.decompose()
    for bq in soup.find_all("blockquote"):
        lines = bq.get_text("\n").splitlines()
        bq.replace_with("\n" + "\n".join("> " + ln for ln in lines) + "\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after("\t")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tr in soup.find_all("tr"):
        tr.insert_after("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text()
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \r\f\v]+", " ", ln).strip(" ") for ln in text.split("\n")]
    lines = [ln.rstrip("\t").strip() if "\t" not in ln.strip("\t") else ln.strip() for ln in lines]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    if not reader.decrypt(""):
                        raise TextExtractionError("PDF is encrypted")
                except (NotImplementedError, PyPdfError) as exc:
                    raise TextExtractionError(f"PDF is encrypted: {exc}") from exc
            pages = [p.extract_text() or "" for p in reader.pages]
    except TextExtractionError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise TextExtractionError(f"damaged PDF: {exc}") from exc
    return "\n".join(pages)


def _docx(data: bytes) -> str:
    import docx
    from docx.document import Document as DocumentObject
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc: DocumentObject = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise TextExtractionError(f"damaged DOCX: {exc}") from exc
    out: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for c in row.cells:
                    t = c.text.replace("\n", " ").strip()
                    if not cells or cells[-1] != t:
                        cells.append(t)
                out.append("\t".join(cells))
    for section in doc.sections:
        for p in section.footer.paragraphs:
            if p.text.strip():
                out.append(p.text)
    return "\n".join(out)


def _odf(data: bytes) -> str:
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load
    from odf.table import TableCell, TableRow
    from odf.text import P

    try:
        doc = load(io.BytesIO(data))
    except Exception as exc:
        raise TextExtractionError(f"damaged OpenDocument file: {exc}") from exc
    out: list[str] = []

    def walk(node: object) -> None:
        for child in getattr(node, "childNodes", []):
            q = getattr(child, "qname", None)
            if q == (TABLENS, "table"):
                for row in child.getElementsByType(TableRow):
                    cells = []
                    for cell in row.getElementsByType(TableCell):
                        rep = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                        text = " ".join(teletype.extractText(p) for p in cell.getElementsByType(P))
                        cells.extend([text.strip()] * min(rep, 1 if not text.strip() else rep))
                    while cells and not cells[-1]:
                        cells.pop()
                    if cells:
                        out.append("\t".join(cells))
            elif q in ((TEXTNS, "p"), (TEXTNS, "h")):
                out.append(teletype.extractText(child))
            else:
                walk(child)

    try:
        walk(doc.body)
    except Exception as exc:
        raise TextExtractionError(f"unreadable OpenDocument content: {exc}") from exc
    return "\n".join(out)


def _xlsx(data: bytes) -> str:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise TextExtractionError(f"damaged XLSX: {exc}") from exc
    out: list[str] = []
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v).strip() for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    out.append("\t".join(cells))
            out.append("")
    finally:
        wb.close()
    return "\n".join(out)


def _rtf(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text

    raw = data.decode("latin-1")
    m = re.search(r"\\ansicpg(\d+)", raw[:2000])
    encoding = f"cp{m.group(1)}" if m else "cp1250"
    try:
        return str(rtf_to_text(raw, encoding=encoding, errors="replace"))
    except Exception as exc:
        raise TextExtractionError(f"damaged RTF: {exc}") from exc


def document_text(data: bytes, detected_type: str, charset: str | None = None) -> str | None:
    """Text of a document, or None for formats that carry no text we read (images …).

    Raises TextExtractionError when the format should have text but the file is unreadable."""
    if detected_type == f.PDF:
        return _pdf(data)
    if detected_type == f.DOCX:
        return _docx(data)
    if detected_type in (f.ODT, f.ODS, f.ODP):
        return _odf(data)
    if detected_type == f.XLSX:
        return _xlsx(data)
    if detected_type == f.RTF:
        return _rtf(data)
    if detected_type == f.HTML:
        return html_to_text(decode(data, charset))
    if detected_type in (f.TEXT, f.XML, f.ISDOC):
        return decode(data, charset)
    return None
