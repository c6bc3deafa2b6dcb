"""Shared vocabulary of the sixty-second held-out part ``do``: its styles, the mail-client
header lines and the data-box envelope helper (reused from the sixtieth part ``di`` through the
sixty-first ``dl``), and the document builders this part adds to the held-out ones
(tests/corpus/heldout_docs.py, sixtieth_di_common's ``di-`` and sixtyfirst_dl_common's ``dl-``
kinds, registered when those modules are imported):

- ``do-docx``: a DOCX whose paragraphs and table cells are runs, among them Word content
  controls — plain-text controls (``w:sdt`` with ``w:text``) and check boxes (``w14:checkbox``,
  checked or not) — footnote and endnote references (the notes in ``word/footnotes.xml`` /
  ``word/endnotes.xml``), and paragraphs of an automatically numbered list (``w:numPr``);
- ``do-xlsx``: a workbook whose sheets may be hidden (``sheet_state``), whose rows may be
  hidden, and whose cells may be merged (role cells spanning several address rows);
- ``do-text``: a text file in a given encoding (UTF-16 with its BOM, Mac Roman …) with given
  line ends (a classic Mac's CR);
- ``do-sigpdf``: a PDF letter (``di-pdf``'s layout) carrying a signature field whose value is
  a PKCS#7 signature dictionary with a placeholder signature (extraction is tested here, not
  signature checking).

Every builder returns the same bytes on every run. The cases are in sixtysecond_do_1..3.py;
labels follow tests/corpus/LABELS.md. Written by hand apart from the extraction rules, to be
scored only at the end of the round."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from enum import StrEnum
from typing import Any, cast
from xml.sax.saxutils import escape

from tests.corpus import heldout_docs
from tests.corpus.heldout_docs import FIXED, fixed_zip
from tests.corpus.label_rules import L, ico
from tests.corpus.sixtieth_di_common import pdf_letter
from tests.corpus.sixtyfirst_dl_common import (
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
    FORM = "form"  # ☑/☒/☐, [x]/[ ], ANO/NE columns, content controls, AcroForm fields
    TABLE = "table"  # row/column headers, merged role cells, sheets, hidden rows
    LETTER = "letter"  # letterhead, footer, footnotes, signature with IČO / box ID
    CORRECTION = "correction"  # the cover note or a later file changes the file
    FORWARD = "forward"  # forwarded as an attached .eml, or inline with the file
    REPLY = "reply"  # an answer to the office, its letter quoted, the file attached
    DATABOX = "databox"  # an ISDS data message


def c(cid: str, desc: str, style: Style, labels: dict[str, Any], **rest: Any) -> dict[str, Any]:
    """A case spec (make_blind_a's format); ``sender`` stands for the ``from`` key."""
    if "sender" in rest:
        rest["from"] = rest.pop("sender")
    return {"id": cid, "description": desc, "style": style, "labels": labels, **rest}


# --- DOCX: content controls, footnotes/endnotes, numbered lists --------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{_W}" xmlns:w14="{_W14}"'
_NUM_ID = 9  # python-docx's template: numId 9 is abstract list 0, decimal "%1."


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


class _Notes:
    """The footnotes and endnotes a document collects while its runs are written."""

    def __init__(self) -> None:
        self.foot: list[str] = []
        self.end: list[str] = []
        self.sdt = 0


def _run(run: Any, notes: _Notes) -> str:
    """One run: a str; ("text", alias, value) a plain-text content control; ("box", alias,
    checked) a check-box content control; ("fn", note) / ("en", note) a footnote / endnote
    reference whose note text is ``note``."""
    if isinstance(run, str):
        return f"<w:r>{_t(run)}</w:r>"
    kind = run[0]
    if kind in ("fn", "en"):
        bucket = notes.foot if kind == "fn" else notes.end
        bucket.append(run[1])
        n = len(bucket)
        tag, style = ("footnoteReference", "FootnoteReference")
        if kind == "en":
            tag, style = ("endnoteReference", "EndnoteReference")
        return (
            f'<w:r><w:rPr><w:rStyle w:val="{style}"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{tag} w:id="{n}"/></w:r>'
        )
    notes.sdt += 1
    alias = escape(run[1])
    tag = re.sub(r"\W+", "_", run[1].lower()).strip("_")
    head = f'<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{41000 + notes.sdt}"/>'
    if kind == "text":
        return (
            f"<w:sdt><w:sdtPr>{head}<w:text/></w:sdtPr>"
            f"<w:sdtContent><w:r>{_t(run[2])}</w:r></w:sdtContent></w:sdt>"
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


def _runs(paragraph: Any, runs: list[Any], notes: _Notes) -> None:
    from docx.oxml import parse_xml

    for run in runs:
        paragraph._p.append(parse_xml(f"<w:wrap {_NS}>{_run(run, notes)}</w:wrap>")[0])


def _numbered(paragraph: Any) -> None:
    from docx.oxml import parse_xml

    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="0"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'
        )
    )


def _notes_xml(kind: str, texts: list[str]) -> str:
    """``word/footnotes.xml`` or ``word/endnotes.xml``: the two separators Word writes, then
    one note per text."""
    sep = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:{kind}>"
    )
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    notes = "".join(
        f'<w:{kind} w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f"<w:{ref}/></w:r><w:r>{_t(' ' + text)}</w:r></w:p></w:{kind}>"
        for n, text in enumerate(texts, start=1)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:{kind}s xmlns:w="{_W}" xmlns:r="{_R}">{sep}{notes}</w:{kind}s>'
    )


def _add_notes(data: bytes, notes: _Notes) -> bytes:
    """The saved DOCX with its footnotes/endnotes parts, their relationships and content
    types added (python-docx's template has none)."""
    if not notes.foot and not notes.end:
        return data
    src = zipfile.ZipFile(io.BytesIO(data))
    parts: dict[str, bytes] = {name: src.read(name) for name in src.namelist()}
    ct = parts["[Content_Types].xml"].decode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    for kind, texts, rid in (("footnote", notes.foot, "rId90"), ("endnote", notes.end, "rId91")):
        if not texts:
            continue
        parts[f"word/{kind}s.xml"] = _notes_xml(kind, texts).encode("utf-8")
        ct = ct.replace(
            "</Types>",
            f'<Override PartName="/word/{kind}s.xml" ContentType="{main}.{kind}s+xml"/></Types>',
        )
        rels = rels.replace(
            "</Relationships>",
            f'<Relationship Id="{rid}" Type="{_R}/{kind}s" Target="{kind}s.xml"/></Relationships>',
        )
    parts["[Content_Types].xml"] = ct.encode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, raw in parts.items():
            out.writestr(name, raw)
    return buf.getvalue()


def do_docx(spec: dict[str, Any]) -> bytes:
    """``spec``: ``blocks`` — a str paragraph; ``{"runs": [...]}`` a paragraph of runs (as
    ``_run`` takes them); ``{"numbered": [items]}`` consecutive paragraphs of one automatic
    numbered list, each item a str or a run list; a table ``{"rows", "merge"}`` whose cells are
    str or run lists — and optional ``header``, ``footer`` and ``author``."""
    import docx

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = spec.get("author", "Redakce")
    notes = _Notes()
    section = d.sections[0]
    if spec.get("header"):
        section.header.paragraphs[0].text = spec["header"]
    if spec.get("footer"):
        section.footer.paragraphs[0].text = spec["footer"]
    for b in spec["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif "runs" in b:
            _runs(d.add_paragraph(), b["runs"], notes)
        elif "numbered" in b:
            for item in b["numbered"]:
                p = d.add_paragraph()
                _numbered(p)
                _runs(p, [item] if isinstance(item, str) else item, notes)
        else:
            rows = b["rows"]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    if isinstance(cell, str):
                        t.cell(i, j).text = cell
                    else:
                        _runs(t.cell(i, j).paragraphs[0], cell, notes)
            for r1, c1, r2, c2 in b.get("merge", []):
                keep = t.cell(r1, c1).text
                t.cell(r1, c1).merge(t.cell(r2, c2)).text = keep
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(_add_notes(buf.getvalue(), notes))


# --- text files in other encodings and line ends -----------------------------------------------


def text_file(spec: dict[str, Any]) -> bytes:
    """``spec``: ``text`` (lines split on "\\n"), ``encoding`` ("utf-16" writes its BOM) and
    ``newline`` (what each line ends with: "\\r" as a classic Mac, "\\r\\n" as Windows)."""
    text = spec["text"].replace("\n", spec.get("newline", "\n"))
    return text.encode(spec.get("encoding", "utf-8"))


# --- PDF with a signature field -------------------------------------------------------------------


def signed_pdf(spec: dict[str, Any]) -> bytes:
    """``di-pdf``'s letter (``blocks``, ``header``, ``footer``) signed by ``signer``: an
    AcroForm signature field whose value is an ``adbe.pkcs7.detached`` signature dictionary
    (name, time, reason, a placeholder PKCS#7 blob); the page shows who signed it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    letter = {**spec, "blocks": [*spec["blocks"], f"Elektronicky podepsal(a): {spec['signer']}"]}
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_letter(letter))))
    sig = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Sig"),
            NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
            NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
            NameObject("/Name"): TextStringObject(spec["signer"]),
            NameObject("/M"): TextStringObject(spec.get("when", "D:20250915093000+02'00'")),
            NameObject("/Reason"): TextStringObject(spec.get("reason", "Žádost")),
            NameObject("/ByteRange"): ArrayObject([NumberObject(0)] * 4),
            NameObject("/Contents"): ByteStringObject(b"\x30\x80" + b"\x00" * 510),
        }
    )
    sig_ref = writer._add_object(sig)
    page = writer.pages[0]
    field = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Sig"),
            NameObject("/T"): TextStringObject("Podpis1"),
            NameObject("/V"): sig_ref,
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4),
            NameObject("/F"): NumberObject(132),
            NameObject("/P"): page.indirect_reference,
        }
    )
    field_ref = writer._add_object(field)
    page[NameObject("/Annots")] = ArrayObject([field_ref])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([field_ref]),
            NameObject("/SigFlags"): NumberObject(3),
        }
    )
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- registration ----------------------------------------------------------------------------

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KINDS: dict[str, tuple[str, Callable[[Any], bytes]]] = {
    "do-docx": (_DOCX, do_docx),
    "do-xlsx": (_XLSX, heldout_docs.xlsx_doc),
    "do-text": ("text/plain", text_file),
    "do-sigpdf": ("application/pdf", signed_pdf),
}
_builders = cast(dict[str, Callable[[Any], bytes]], heldout_docs.BUILDERS)
for _kind, (_mime, _build) in KINDS.items():
    heldout_docs.MIME[_kind] = _mime
    _builders[_kind] = _build
