"""Form marks that are not characters, rendered as text the request-type rules read.

A form's checkbox (an HTML ``<input>``, a DOCX form field or content control, an ODT form
control, a PDF AcroForm field) becomes a box character where the box is: ``☒`` ticked,
``☐`` not. Struck-out text (HTML ``<s>``/``<del>``/``line-through``, DOCX ``w:strike``,
ODT ``text-line-through-style``, RTF ``\\strike``, an XLSX cell's struck font) keeps its characters, each
followed by U+0336 COMBINING LONG STROKE OVERLAY, the way Unicode writes strikethrough: it
still shows struck to an officer, the request-type rules read it as an option not requested
(``struck_runs``), and no address, e-mail, phone or name pattern matches inside it, so a
struck value is never read as the applicant's current one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

STROKE = "\u0336"
TICKED = "☒"
UNTICKED = "☐"


def box(ticked: bool) -> str:
    return TICKED if ticked else UNTICKED


def strike(text: str) -> str:
    """``text`` struck through: a stroke after every character that is not white space."""
    return "".join(c if c.isspace() else c + STROKE for c in text.replace(STROKE, ""))


_STRUCK_RUN = re.compile(rf"(?:[^\s{STROKE}]{STROKE}+)(?:\s*[^\s{STROKE}]{STROKE}+)*")


def struck_runs(line: str) -> Iterator[re.Match[str]]:
    """The struck stretches of a line (words apart by white space stay one stretch)."""
    return _STRUCK_RUN.finditer(line)


def unstrike(text: str) -> str:
    return text.replace(STROKE, "")


_RTF_TOKEN = re.compile(r"\\(?P<word>[a-zA-Z]+)(?P<arg>-?\d+)? ?|\\[^a-zA-Z]|[{}]|[^\\{}]+")
_RTF_ON, _RTF_OFF = "\\u-8192?", "\\u-8191?"
"""Markers of a struck run written into the RTF (U+E000, U+E001: private use, never text)."""
_RTF_RUN = re.compile("\ue000([^\ue000\ue001]*)\ue001?")


def rtf_strike_marked(raw: str) -> str:
    """An RTF document with its struck runs (``\\strike``, ``\\striked1``, on until ``0``,
    ``\\plain`` or the end of their group) bracketed by markers that survive its conversion
    to text; ``rtf_struck`` then strikes them."""
    out: list[str] = []
    stack: list[bool] = []
    on = False
    for m in _RTF_TOKEN.finditer(raw):
        tok, word = m.group(), m.group("word")
        was = on
        if tok == "{":
            stack.append(on)
        elif tok == "}":
            on = stack.pop() if stack else False
        elif word in ("strike", "striked"):
            on = m.group("arg") != "0"
        elif word == "plain":
            on = False
        if tok == "}" and was and not on:
            out.append(_RTF_OFF)
        out.append(tok)
        if on != was and tok != "}":
            out.append(_RTF_ON if on else _RTF_OFF)
    return "".join(out)


def rtf_struck(text: str) -> str:
    """The text of an RTF document marked by ``rtf_strike_marked``, its struck runs struck."""
    return _RTF_RUN.sub(lambda m: strike(m.group(1)), text).replace("\ue001", "")


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_DOCX_MARKS = (
    "boolean(.//w:strike | .//w:dstrike | .//w:checkBox | .//w14:checkbox | .//w:sym"
    " | .//w:ins | .//w:del | .//w:moveTo | .//w:moveFrom"
    " | .//w:rFonts[starts-with(translate(@w:ascii, 'WINGDS', 'wingds'), 'wingdings')])"
)
_DOCX_NS = {
    "w": _W[1:-1],
    "w14": _W14[1:-1],
}
_DOCX_RECURSE = {
    f"{_W}{t}"
    for t in ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "sdtContent")
}
_DOCX_DELETED = {f"{_W}del", f"{_W}moveFrom"}
_DOCX_DELETED_TEXT = {f"{_W}delText", f"{_W}t"}
_DOCX_CHARS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_SYMBOL_BOXES = {
    ("wingdings", "a8"): UNTICKED,
    ("wingdings", "6f"): UNTICKED,
    ("wingdings", "fd"): TICKED,
    ("wingdings", "fe"): TICKED,
    ("wingdings", "78"): TICKED,
    ("wingdings 2", "a3"): UNTICKED,
    ("wingdings 2", "2a"): UNTICKED,
    ("wingdings 2", "53"): TICKED,
    ("wingdings 2", "54"): TICKED,
    ("wingdings 2", "52"): TICKED,
}
"""Box glyphs of the symbol fonts Word inserts (``w:sym``), by font and the low byte of the
character code (Word writes them as F0xx)."""


def docx_has_marks(element: Any) -> bool:
    """Whether a DOCX part (its XML element) has struck runs, checkboxes, symbols or tracked
    changes: only then are its paragraphs read run by run (``docx_paragraph``)."""
    return bool(_docx_marks_query()(element))


@functools.cache
def _docx_marks_query() -> Any:
    from lxml import etree

    return etree.XPath(_DOCX_MARKS, namespaces=_DOCX_NS)


def _on(el: Any | None, attr: str = f"{_W}val") -> bool:
    if el is None:
        return False
    return str(el.get(attr, "1")).lower() not in ("0", "false", "off")


def docx_paragraph(p: Any) -> str:
    """A DOCX paragraph's text (``w:p``) with its checkboxes as box characters and its
    struck runs struck; its tracked changes as the page shows them with the changes marked:
    inserted and moved-in text (``w:ins``, ``w:moveTo``) as text, deleted and moved-out text
    (``w:del``, ``w:moveFrom``) struck, so no value in it is read as the current one and the
    change still shows (python-docx leaves out both)."""
    out: list[str] = []
    _docx_inline(p, out)
    return "".join(out)


def _docx_inline(parent: Any, out: list[str]) -> None:
    for el in parent:
        tag = el.tag
        if tag == f"{_W}r":
            out.append(_docx_run(el))
        elif tag == f"{_W}sdt":
            checkbox = el.find(f"{_W}sdtPr/{_W14}checkbox")
            if checkbox is not None:  # a content control's glyph is its state's picture
                out.append(box(_on(checkbox.find(f"{_W14}checked"), f"{_W14}val")))
            else:
                _docx_inline(el, out)
        elif tag in _DOCX_RECURSE:
            _docx_inline(el, out)
        elif tag in _DOCX_DELETED:
            gone = "".join(t.text or "" for t in el.iter() if t.tag in _DOCX_DELETED_TEXT)
            out.append(strike(gone))


def _docx_run(r: Any) -> str:
    rpr = r.find(f"{_W}rPr")
    struck = rpr is not None and (_on(rpr.find(f"{_W}strike")) or _on(rpr.find(f"{_W}dstrike")))
    parts: list[str] = []
    for el in r:
        tag = el.tag
        if tag == f"{_W}t":
            text = _symbol_font_boxes(rpr, el.text or "")
            parts.append(strike(text) if struck else text)
        elif tag in _DOCX_CHARS:
            parts.append(_DOCX_CHARS[tag])
        elif tag == f"{_W}br":
            parts.append("\n" if el.get(f"{_W}type", "textWrapping") == "textWrapping" else "")
        elif tag == f"{_W}fldChar":
            parts.append(_docx_field_box(el))
        elif tag == f"{_W}sym":
            font = str(el.get(f"{_W}font", "")).lower()
            parts.append(_SYMBOL_BOXES.get((font, str(el.get(f"{_W}char", ""))[-2:].lower()), ""))
    return "".join(parts)


def _symbol_font_boxes(rpr: Any | None, text: str) -> str:
    """A run typed in a symbol font (Word keeps "þ" typed in Wingdings, which shows ☒): its
    box glyphs as box characters, its other glyphs left out (they are pictures, not
    letters); a run in any other font as it is."""
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    font = str(fonts.get(f"{_W}ascii", "")).lower() if fonts is not None else ""
    if not font.startswith("wingdings"):
        return text
    return "".join(
        _SYMBOL_BOXES.get((font, f"{ord(c) & 0xFF:02x}"), " ")
        if ord(c) < 0x100 or 0xF000 <= ord(c) <= 0xF0FF
        else c
        for c in text
    )


def _docx_field_box(fld: Any) -> str:
    """A legacy form checkbox (FORMCHECKBOX) at the start of its field: its state, else its
    default state."""
    cb = fld.find(f"{_W}ffData/{_W}checkBox")
    if cb is None:
        return ""
    state = cb.find(f"{_W}checked")
    if state is None:
        state = cb.find(f"{_W}default")
        return box(state is not None and _on(state))
    return box(_on(state))


_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODF_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_ODF_FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
_ODF_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_XML = "http://www.w3.org/XML/1998/namespace"


class OdfMarks:
    """The struck styles and the checkboxes of an OpenDocument file, for reading its
    paragraphs with their marks (``text``)."""

    def __init__(self, doc: Any) -> None:
        self.struck: set[str] = set()
        for styles in (doc.automaticstyles, doc.styles):
            for st in styles.childNodes:
                props = [c for c in st.childNodes if c.qname == (_ODF_STYLE, "text-properties")]
                if any(_odf_line_through(p) for p in props):
                    self.struck.add(st.getAttrNS(_ODF_STYLE, "name"))
        self.deleted = _odf_deletions(doc)
        self.boxes: dict[str, str] = {}
        for cb in doc.body.getElementsByType(_odf_checkbox_class()):
            state = cb.getAttrNS(_ODF_FORM, "current-state") or cb.getAttrNS(_ODF_FORM, "state")
            label = cb.getAttrNS(_ODF_FORM, "label") or ""
            mark = f"{box(state == 'checked')} {label}".rstrip()
            for key in (cb.getAttrNS(_ODF_FORM, "id"), cb.getAttrNS(_ODF_XML, "id")):
                if key:
                    self.boxes[key] = mark

    def __bool__(self) -> bool:
        return bool(self.struck or self.boxes or self.deleted)

    def struck_cell(self, cell: Any) -> bool:
        """A table cell in a struck style (a spreadsheet's cell format)."""
        return bool(self.struck) and cell.getAttrNS(_ODF_TABLE, "style-name") in self.struck

    def text(self, element: Any, struck: bool = False) -> str:
        """An element's text as ``odf.teletype.extractText`` gives it, with struck spans
        struck, form checkboxes (``draw:control``) as box characters and their labels, and
        the text a tracked change deleted struck where it was (``text:change``)."""
        style = (
            element.getAttrNS(_ODF_TEXT, "style-name") if element.qname[0] == _ODF_TEXT else None
        )
        struck = struck or style in self.struck
        out: list[str] = []
        for child in element.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.append(strike(child.data) if struck else child.data)
                continue
            q = child.qname
            if q == (_ODF_TEXT, "line-break"):
                out.append("\n")
            elif q == (_ODF_TEXT, "tab"):
                out.append("\t")
            elif q == (_ODF_TEXT, "s"):
                out.append(" " * int(child.getAttrNS(_ODF_TEXT, "c") or 1))
            elif q == (_ODF_DRAW, "control"):
                out.append(self.boxes.get(child.getAttrNS(_ODF_DRAW, "control") or "", ""))
            elif q == (_ODF_TEXT, "change"):
                out.append(strike(self.deleted.get(child.getAttrNS(_ODF_TEXT, "change-id"), "")))
            else:
                out.append(self.text(child, struck))
        return "".join(out)


def _odf_deletions(doc: Any) -> dict[str, str]:
    """The text each tracked deletion of an OpenDocument text took out, by its change's id
    (``text:tracked-changes`` of the body's text, its ``text:changed-region``s)."""
    from odf import teletype

    out: dict[str, str] = {}
    for tracked in getattr(getattr(doc, "text", None), "childNodes", []):
        if tracked.qname != (_ODF_TEXT, "tracked-changes"):
            continue
        for region in tracked.childNodes:
            key = region.getAttrNS(_ODF_TEXT, "id") or region.getAttrNS(_ODF_XML, "id")
            for change in region.childNodes:
                if change.qname == (_ODF_TEXT, "deletion") and key:
                    paras = [c for c in change.childNodes if c.qname in _ODF_PARAS]
                    out[key] = " ".join(teletype.extractText(c) for c in paras)
    return out


_ODF_PARAS = ((_ODF_TEXT, "p"), (_ODF_TEXT, "h"))


def _odf_line_through(props: Any) -> bool:
    style = props.getAttrNS(_ODF_STYLE, "text-line-through-style")
    return bool(style) and style != "none"


def _odf_checkbox_class() -> Any:
    from odf.form import Checkbox

    return Checkbox


@dataclass(frozen=True)
class PdfBox:
    """An AcroForm checkbox or radio button of a PDF page: its state, its rectangle (x0, y0,
    x1, y1) and its field's name (the tooltip ``/TU``, else ``/T``)."""

    ticked: bool
    rect: tuple[float, float, float, float]
    name: str


_PUSHBUTTON = 1 << 16


def inherited(annot: Any, key: str) -> Any:
    node, depth = annot, 0
    while node is not None and depth < 20:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node, depth = (parent.get_object() if parent is not None else None), depth + 1
    return None


def pdf_boxes(page: Any) -> list[PdfBox]:
    """The checkboxes and radio buttons among a page's widget annotations."""
    annots = page.get("/Annots")
    if annots is None:
        return []
    out: list[PdfBox] = []
    for ref in annots.get_object():
        a = ref.get_object()
        if a.get("/Subtype") != "/Widget" or inherited(a, "/FT") != "/Btn":
            continue
        if int(inherited(a, "/Ff") or 0) & _PUSHBUTTON:
            continue
        state = a.get("/AS")
        if state is None:  # no appearance state: the field's value against the widget's own
            on = [k for k in (a.get("/AP") or {}).get("/N") or {} if k != "/Off"]
            state = "/On" if str(inherited(a, "/V")) in on else "/Off"
        x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
        name = str(inherited(a, "/TU") or inherited(a, "/T") or "").strip()
        out.append(
            PdfBox(state != "/Off", (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), name)
        )
    return out


class Fragment(NamedTuple):
    x: float
    y: float
    text: str


def fragments(page: Any) -> list[Fragment]:
    from pypdf import mult

    out: list[Fragment] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            m = mult(tm, cm)
            out.append(Fragment(float(m[4]), float(m[5]), text.strip()))

    page.extract_text(visitor_text=visit)
    return out


_LABEL_REACH = 40.0
"""Points between a box and the start of its label on the right at most."""


def _label(b: PdfBox, fragments: list[Fragment]) -> tuple[str, bool] | None:
    """The text beside a box on its line, and whether the box comes before it (the label is
    on the right, else the nearest text on the left)."""
    x0, y0, x1, y1 = b.rect
    line = [f for f in fragments if y0 - 4 <= f.y <= y1 + 2]
    right = [f for f in line if x1 - 1 <= f.x <= x1 + _LABEL_REACH]
    if right:
        return min(right, key=lambda f: f.x).text, True
    left = [f for f in line if f.x < x0]
    return (max(left, key=lambda f: f.x).text, False) if left else None


def place_pdf_boxes(text: str, boxes: list[PdfBox], frags: list[Fragment]) -> str:
    """A page's layout text with a box character before each box's label; a box with no
    label on its right (a yes/no column) at its column of the line of the text on its left,
    else after that text; a box with no text beside it is added as a line of its own with
    its field's name. ``frags``: the page's text pieces (``fragments``)."""
    placer = _Placer(text.split("\n"), frags)
    extra: list[str] = []
    for b in sorted(boxes, key=lambda b: (-b.rect[3], b.rect[0])):
        if not placer.place(b, _label(b, frags)):
            extra.append(f"{box(b.ticked)} {b.name}".rstrip())
    return "\n".join(placer.lines + extra)


class _Placer:
    """Puts box characters into a page's layout lines, in reading order."""

    def __init__(self, lines: list[str], fragments: list[Fragment]) -> None:
        self.lines = lines
        self.row, self.col = 0, 0
        self.scale = _column_scale(fragments, lines)

    def place(self, b: PdfBox, label: tuple[str, bool] | None) -> bool:
        if label is None:
            return False
        text, before = label
        at = self._find(text, self.col if before else 0)
        if at is None:
            return False
        i, j = at
        mark = box(b.ticked)
        if before:
            return self._insert(i, j, mark + " ")
        if self.scale is not None:
            col = round(self.scale[0] * (b.rect[0] + b.rect[2]) / 2 + self.scale[1])
            if col > j + len(text) and self._put(i, col, mark):
                return True
        return self._insert(i, j + len(text), " " + mark)

    def _find(self, text: str, col: int) -> tuple[int, int] | None:
        for i in range(self.row, len(self.lines)):
            j = self.lines[i].find(text, col if i == self.row else 0)
            if j >= 0:
                return i, j
        return None

    def _insert(self, i: int, j: int, mark: str) -> bool:
        self.lines[i] = self.lines[i][:j] + mark + self.lines[i][j:]
        self.row, self.col = i, j + len(mark)
        return True

    def _put(self, i: int, col: int, mark: str) -> bool:
        """``mark`` over the blank at ``col`` (the line padded when shorter)."""
        line = self.lines[i].ljust(col + 2)
        if line[col - 1 : col + 2].strip():
            return False
        self.lines[i] = (line[:col] + mark + line[col + 1 :]).rstrip()
        self.row, self.col = i, col + 1
        return True


def _column_scale(fragments: list[Fragment], lines: list[str]) -> tuple[float, float] | None:
    """(a, b) of column ≈ a·x + b in the layout text, fitted on the fragments found there
    exactly once; None without two such fragments apart."""
    points: list[tuple[float, int]] = []
    for f in fragments:
        hits = [(ln.find(f.text), ln.count(f.text)) for ln in lines if f.text in ln]
        if len(hits) == 1 and hits[0][1] == 1:
            points.append((f.x, hits[0][0]))
    n = len(points)
    mx = sum(x for x, _ in points) / n if n else 0.0
    spread = sum((x - mx) ** 2 for x, _ in points)
    if n < 2 or spread < 1.0:
        return None
    my = sum(c for _, c in points) / n
    a = sum((x - mx) * (c - my) for x, c in points) / spread
    return a, my - a * mx


_VML_SHAPE = re.compile(r"<v:shape\b.*?</v:shape>", re.DOTALL | re.IGNORECASE)
_VML_CHECKBOX = re.compile(r"<x:ClientData\b[^>]*ObjectType=\"Checkbox\"", re.IGNORECASE)
_VML_CHECKED = re.compile(r"<x:Checked>\s*([12])\s*</x:Checked>", re.IGNORECASE)
_VML_ANCHOR = re.compile(r"<x:Anchor>\s*([\d\s,]+)</x:Anchor>", re.IGNORECASE)
_VML_TEXT = re.compile(r"<v:textbox\b[^>]*>(.*?)</v:textbox>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def vml_checkboxes(vml: str) -> list[str]:
    """The checkbox form controls of a spreadsheet's VML drawing (Excel keeps their state
    and label there; the drawing is often not well-formed XML) as lines "☒ label", from the
    top row down."""
    import html

    found: list[tuple[tuple[int, int], str]] = []
    for shape in _VML_SHAPE.findall(vml):
        if not _VML_CHECKBOX.search(shape):
            continue
        checked = _VML_CHECKED.search(shape)  # 1 ticked, 2 mixed (counted as not ticked)
        ticked = checked is not None and checked.group(1) == "1"
        text = _VML_TEXT.search(shape)
        label = " ".join(html.unescape(_TAG.sub(" ", text.group(1))).split()) if text else ""
        anchor = _VML_ANCHOR.search(shape)
        numbers = [int(n) for n in re.findall(r"\d+", anchor.group(1))] if anchor else []
        place = (numbers[2], numbers[0]) if len(numbers) >= 3 else (1 << 30, 0)
        found.append((place, f"{box(ticked)} {label}".rstrip()))
    return [line for _, line in sorted(found, key=lambda f: f[0])]
