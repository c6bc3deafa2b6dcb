"""Plain text from bodies and documents: HTML (safely, no script/style), PDF, DOCX, ODT,
XLSX/ODS tables, RTF; Czech legacy charsets (windows-1250, ISO-8859-2) told apart.

Tables keep their structure in plain text, so the IP finder can read roles from a column
heading, a row heading or a spanning cell: one row per line, cells separated by a tab; a cell
spanning rows or columns (HTML ``rowspan``/``colspan``, merged DOCX/XLSX cells) is repeated in
every row and column it covers unless it holds an address; a table nested in a cell follows
its row as rows of its own. PDF text keeps the page layout, so a table comes out as columns
aligned with spaces (the IP finder reads those by position; wrapped cells stay in their column).
Checkboxes and struck-out text are rendered as ``intake.content.marks`` describes.
"""

from __future__ import annotations

import html as html_lib
import io
import ipaddress
import logging
import re
import warnings
import zipfile
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from intake.content import formats as f
from intake.content.marks import (
    OdfMarks,
    box,
    docx_has_marks,
    docx_paragraph,
    fragments,
    pdf_boxes,
    place_pdf_boxes,
    rtf_strike_marked,
    rtf_struck,
    strike,
    vml_checkboxes,
)
from intake.content.pdfform import pdf_fields, place_pdf_fields
from intake.content.pdfgrid import page_grids, with_grids
from intake.content.pdfstrike import STRIKE_HINT, struck_runs_of, with_strokes
from intake.content.wraps import glued_address
from mail.containers import parsed_html, soup_text

if TYPE_CHECKING:
    from bs4 import Tag
    from docx.blkcntnr import BlockItemContainer
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable
    from pypdf import PageObject

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
    soup = parsed_html(html)  # the message's parse read this body already (mostly)
    for tag in _tags(soup, _HIDDEN_TAGS):
        tag.extract()  # (not decompose: taking each element of the subtree apart costs more)
    _html_marks(soup)
    if "<dd" in html or "<DD" in html:
        _definitions(soup)
    _image_details(soup)
    _mailto_targets(soup)
    for table in reversed(_tags(soup, ("table",))):
        table.replace_with("\n" + "\n".join(_html_rows(table)) + "\n")
    # innermost first: a quote nested in a quote (the office's question quoting the
    # application) keeps its own depth ("> > …"), as a plain-text reply marks it
    for bq in reversed(_tags(soup, ("blockquote",))):
        lines = bq.get_text("\n").splitlines()
        bq.replace_with("\n" + "\n".join("> " + ln for ln in lines) + "\n")
    text = soup_text(soup, (), _BLOCK_SET)  # <br> a line break, blocks on lines of their own
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \r\f\v]+", " ", ln).strip(" ") for ln in text.split("\n")]
    # a table row keeps its leading empty cells (the corner of a header row over a column of
    # row labels): without them the header's names would sit over the wrong columns
    lines = [
        ln.rstrip("\t").strip() if "\t" not in ln.strip("\t") else ln.strip(" ").rstrip("\t")
        for ln in lines
    ]
    out = "\n".join(lines).replace(_EMPTY_CELL, "")
    return re.sub(r"\n{3,}", "\n\n", out).strip("\n") + "\n"  # a first row keeps its corner


def _definitions(soup: Tag) -> None:
    """A definition list's term and its one description on one line, a colon between ("IČO:
    12345678"), as a form typed out writes a label and its value; a description of several
    lines (or more descriptions of one term) stays a block of its own."""
    from bs4 import NavigableString, Tag

    for dt in _tags(soup, ("dt",)):
        dd = dt.next_sibling
        while isinstance(dd, NavigableString) and not dd.strip():
            dd = dd.next_sibling
        if not isinstance(dd, Tag) or dd.name != "dd":
            continue
        term, value = (" ".join(t.get_text(" ").split()) for t in (dt, dd))
        if not term or not value or _tags(dd, _BLOCK_SET) or len(value) > 200:
            continue
        colon = ":" if term[-1:].isalnum() or term[-1:] == ")" else ""
        dd.extract()
        dt.replace_with(f"\n{term}{colon} {value}\n")


_DETAILS = re.compile(r"@[\w-]+\.\w|\+?\d(?:[ /-]?\d){8}")
"""A phone number (nine digits or more) or an e-mail address in an image's alt text (not
digits joined by dots: an IP address in a screenshot's alt text is no signature's detail)."""


def _image_details(soup: Tag) -> None:
    """An image whose alt text gives a phone number or an e-mail address (a signature drawn
    as a picture, "Jan Novák | editor | +420 731 …") as that text on a line of its own: the
    reader sees those details in the picture; an icon's alt ("tel", "logo") stays hidden."""
    for img in _tags(soup, ("img",)):
        alt = img.get("alt")
        if isinstance(alt, str) and _DETAILS.search(alt):
            img.replace_with("\n" + alt.strip() + "\n")


_MAILTO = re.compile(r"mailto:\s*([^?\s]+@[^?\s]+)", re.IGNORECASE)
_LIST_BOX = re.compile(r"unsub|odhl|abmeld|newsletter|no-?reply|remove|list|leave|bounce", re.IGNORECASE)
_YOURS = re.compile(
    r"(?<!\w)(?:v[aá][šs]\w*|your\w*|(?-i:Ihre?)|votre|vos|wasz\w*|vostr\w*|uw|jeres)(?!\w)",
    re.IGNORECASE,
)
"""A link's text naming the reader's own address or box ("vaši adresu", "your address", "Ihre
Adresse", "votre adresse"): the receiving office's, not the writer's."""


def _mailto_targets(soup: Tag) -> None:
    """A link to an address whose text is no address ("write to Emma", "E-mail"): the address
    after its text in brackets, as the reader sees it when pointing at the link; never a
    mailing list's (an unsubscribe or newsletter link) nor the reader's own ("your address")."""
    for a in _tags(soup, ("a",)):
        href = a.get("href")
        m = _MAILTO.match(href.strip()) if isinstance(href, str) else None
        text = a.get_text()
        if m is None or "@" in text or _LIST_BOX.search(m.group(1) + " " + text) or _YOURS.search(text):
            continue
        a.append(f" ({m.group(1)})")


_HIDDEN_TAGS = frozenset(("script", "style", "head", "title", "meta", "noscript", "template"))
_BLOCK_SET = frozenset(_BLOCK_TAGS)


def _tags(root: Tag, names: Collection[str]) -> list[Tag]:
    """``root.find_all(names)``: the elements under ``root`` named one of ``names``, in
    document order, with one walk and no filter objects (bs4's ``find_all`` builds a
    matcher at every call and costs several times the walk)."""
    from bs4 import Tag

    return [t for t in root.descendants if isinstance(t, Tag) and t.name in names]


_WORD = re.compile(r"\w{2,}")
_POORER = 0.25
"""Share of the rendered HTML's distinct words that the plain alternative may lack and still
be the same text (a signature image's alt text, a link's address written out); a stub ("see
the HTML version") or a plain part that dropped a table lacks most of them."""


def poorer_alternative(plain: str, html: str) -> bool:
    """Whether the plain-text alternative of a message lacks much of what its HTML
    alternative (``html``, the markup) shows. The two are one message in two renderings; a
    reader sees the HTML, so it is the one to read when the plain part is a stub or left
    content out. The markup's words are read without parsing it (tags, styles, scripts and
    comments dropped): most messages keep their plain part, and parsing is the slow part."""
    visible = html_lib.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", html)))
    html_words = set(_WORD.findall(visible.casefold()))
    if not html_words:
        return False
    missing = html_words - set(_WORD.findall(plain.casefold()))
    return len(missing) > _POORER * len(html_words)


_HIDDEN = re.compile(
    r"<!--.*?-->|<(style|script|head|title|template|noscript)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)
_TAG = re.compile(r"<[^>]*>")


_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)
_STRUCK_TAGS = ("s", "strike", "del")


def _html_marks(soup: Tag) -> None:
    """Checkboxes and radio buttons as box characters where they are, a form's text fields
    and drop-down lists as the values they show (a form saved from the browser); struck-out
    text (``<s>``, ``<strike>``, ``<del>``, an inline ``line-through`` style) struck."""
    from bs4 import NavigableString, Tag

    for tag in [t for t in soup.descendants if isinstance(t, Tag) and _html_marked(t)]:
        if tag.name == "input":
            kind = str(tag.get("type", "")).lower()
            mark = box(tag.has_attr("checked")) if kind in ("checkbox", "radio") else _input_value(tag)
            tag.replace_with(f"{_after_label(tag)} {mark} ")
            continue
        if tag.name == "select":
            tag.replace_with(f" {_selected(tag)} ")
            continue
        for s in tag.find_all(string=True):
            if type(s) is NavigableString:  # not a comment, which stays hidden
                s.replace_with(strike(str(s)))


_VALUE_INPUTS = frozenset(("", "text", "email", "tel", "number", "url", "date", "search"))
"""Inputs whose value a reader sees in the field (a form saved from the browser keeps what was
typed in the ``value`` attribute); not a hidden input, a password, a button."""


def _input_value(tag: Tag) -> str:
    """The value a text field shows (``value``), never its placeholder (a grey hint, no value)."""
    value = tag.get("value")
    return " ".join(value.split()) if isinstance(value, str) else ""


def _after_label(tag: Tag) -> str:
    """A colon after the label a text field follows on its line ("Název [Alfa s.r.o.]" reads
    "Název: Alfa s.r.o."), as a form typed out writes it: none after a label that ends with a
    sign of its own, nor for a checkbox (its label follows it)."""
    from bs4 import NavigableString, Tag

    if str(tag.get("type", "")).lower() in ("checkbox", "radio"):
        return ""
    prev = tag.previous_sibling
    while isinstance(prev, NavigableString) and not prev.strip():
        prev = prev.previous_sibling
    if isinstance(prev, NavigableString):
        text = prev.strip()
    elif isinstance(prev, Tag) and prev.name in _LABEL_TAGS:
        text = prev.get_text().strip()
    else:
        return ""
    return ":" if text[-1:].isalnum() or text[-1:] == ")" else ""


_LABEL_TAGS = frozenset(("label", "span", "b", "strong", "em", "i"))


def _selected(tag: Tag) -> str:
    """The option a drop-down list shows: the one selected, else its first."""
    options = _tags(tag, ("option",))
    chosen = next((o for o in options if o.has_attr("selected")), options[0] if options else None)
    return " ".join(chosen.get_text(" ").split()) if chosen is not None else ""


def _html_marked(tag: Tag) -> bool:
    """A checkbox or radio button, a text field with a value, a drop-down list, or an element
    that strikes its text out (one pass)."""
    name = tag.name
    if name == "input":
        kind = str(tag.get("type", "")).lower()
        return kind in ("checkbox", "radio") or (kind in _VALUE_INPUTS and tag.has_attr("value"))
    if name == "select":
        return True
    if name in _STRUCK_TAGS:
        return True
    style = tag.get("style")
    if style is None:
        return False
    st = str(style)  # the literal test first: a style is rarely a strike, the pattern is slow
    return ("hrough" in st or "HROUGH" in st) and bool(_LINE_THROUGH.search(st))


_ADDRESS_LIKE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:")


def _span(value: str) -> int:
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _cell_text(cell: Tag) -> tuple[str, list[str]]:
    """A cell's own text on one line, and the lines of a table nested in it."""
    nested: list[str] = []
    own: list[str] = []
    for ln in cell.get_text("\n").splitlines():
        (nested if "\t" in ln else own).append(ln)
    return re.sub(r"\s+", " ", " ".join(own)).strip(), nested


def _html_rows(table: Tag) -> list[str]:
    """The rows of an HTML table as tab-separated lines, spanning cells filled in."""
    out: list[str] = []
    pending: dict[int, tuple[str, int]] = {}
    """column -> (text, rows still to cover) of cells spanning down from earlier rows"""
    for tr in _tags(table, ("tr",)):
        row: list[str] = []
        after: list[str] = []
        for cell in _tags_below(tr, ("td", "th")):
            while len(row) in pending:
                row.append(_take(pending, len(row)))
            text, nested = _cell_text(cell)
            after += nested
            fill = "" if _ADDRESS_LIKE.search(text) else text
            rows = _span(str(cell.get("rowspan", "1")))
            for i in range(_span(str(cell.get("colspan", "1")))):
                if rows > 1:
                    pending[len(row)] = (text if i == 0 else fill, rows - 1)
                row.append(text if i == 0 else fill)
        while len(row) in pending:
            row.append(_take(pending, len(row)))
        if line := _grid_row(row):
            # an empty first cell keeps its column ("" | A under "Prod | Test"), and so does a
            # lone address before empty cells: marked so the line's whitespace trimming leaves
            # their tabs (the mark is dropped there)
            lead = _EMPTY_CELL * (not row[0])
            out.append(lead + line + _EMPTY_CELL * line.endswith("\t"))
        out += after
    return out


def _spelled(cells: list[str]) -> bool:
    """A row of one character per cell ("P|r|o|d|…", "2|0|0|1|:|d|b|8|…"): a word or an
    address spelled across a grid, read as the text it spells (an empty cell a space)."""
    full = [c for c in cells if c]
    # (not a row of marks: "X|X|X|X|X|X" spells nothing)
    return (
        len(cells) >= 6
        and all(len(c) <= 1 for c in cells)
        and len(full) * 4 >= len(cells) * 3
        and len(set(full)) >= 3
    )


def _grid_row(cells: list[str]) -> str:
    """A table row as a tab-separated line, its empty last cells left out - except after a
    lone address, which keeps one tab: the row's first cell, not a row whose empty first
    cells were left out ("A<TAB>" under "Prod<TAB>Test")."""
    n = len(cells)
    if _spelled(cells):
        return "".join(c or " " for c in cells).strip()
    while cells and not cells[-1]:
        cells.pop()
    if len(cells) == 1 and n > 1 and _ADDRESS_LIKE.search(cells[0]):
        return cells[0] + "\t"
    return "\t".join(cells)


_EMPTY_CELL = "\ue000"
"""Stands before a table row's empty first cell until the text's lines are trimmed."""


def _tags_below(parent: Tag, names: Collection[str]) -> list[Tag]:
    """``parent.find_all(names, recursive=False)``: its children named one of ``names``."""
    from bs4 import Tag

    return [t for t in parent.children if isinstance(t, Tag) and t.name in names]


def _take(pending: dict[int, tuple[str, int]], col: int) -> str:
    text, left = pending.pop(col)
    if left > 1:
        pending[col] = (text, left - 1)
    return text if not _ADDRESS_LIKE.search(text) else ""


def _layout_lines(text: str) -> str:
    """Layout text with the spacing of prose collapsed; lines with wide gaps (table columns,
    indented cells) keep their positions."""
    out: list[str] = []
    for ln in text.splitlines():
        ln = ln.rstrip()
        # ``" ".join(ln.split())`` is ``re.sub(r"\s+", " ", ln).strip()``: ``\s`` of a str
        # pattern and ``str.split``/``str.strip`` take the same characters for white space
        # (``str.isspace``; a proof over every code point: ``test_content_layout_lines``)
        out.append(ln if "   " in ln else " ".join(ln.split()))
    return "\n".join(out)


def _layout_text(page: PageObject) -> str:
    """``str(page.extract_text(extraction_mode="layout"))``, its content stream read faster
    (``intake.content.pdfops``)."""
    from intake.content.pdfops import layout_text

    return layout_text(page)


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
            pages = [_layout_lines(_pdf_page(p)) for p in reader.pages]
    except TextExtractionError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise TextExtractionError(f"damaged PDF: {exc}") from exc
    hinted = [n for n, page in enumerate(pages) if STRIKE_HINT.search(page)]
    if hinted:
        # an option struck through by a drawn line: struck text, as in a DOCX
        struck = struck_runs_of(data, hinted)
        pages = [with_strokes(t, struck[n]) if struck.get(n) else t for n, t in enumerate(pages)]
    wrapped = [n for n, page in enumerate(pages) if _wrapped_address(page) or _wrapped_cell(page)]
    if wrapped:
        # a cell wrapped in a table of addresses: the ruled grid keeps each cell's lines together
        grids = page_grids(data, wrapped)
        pages = [with_grids(t, grids[n]) if n in grids else t for n, t in enumerate(pages)]
    return "\n".join(_rejoin_addresses(p) for p in pages)


def _rejoin_addresses(page: str) -> str:
    """The page with each e-mail address cut at a column's line end joined again: the
    piece at the same column start on the next line goes back to its line (into the gap
    before the next column when it fits), see ``intake.content.wraps``."""
    if "@" not in page:
        return page
    lines = page.split("\n")
    for i in range(len(lines) - 1):
        if "@" not in lines[i] + lines[i + 1] or "\t" in lines[i] + lines[i + 1]:
            continue
        for chunk in list(_CHUNK.finditer(lines[i])):
            below = _chunk_at(lines[i + 1], chunk.start())
            if below is None:
                continue
            above = _chunk_at(lines[i - 1], chunk.start()) if i else None
            before = f"{above.group(0) if above else ''} {chunk.group(0)}"  # the column's text
            head = below.group(0).split(" ", 1)[0]
            if glued_address(before, head):
                lines[i], lines[i + 1] = _moved(lines[i], chunk.end(), lines[i + 1], below.start(), head)
    return "\n".join(lines)


def _chunk_at(line: str, start: int) -> re.Match[str] | None:
    return next((m for m in _CHUNK.finditer(line) if abs(m.start() - start) <= 1), None)


def _moved(line: str, end: int, below: str, start: int, head: str) -> tuple[str, str]:
    """``head`` taken from ``below`` at ``start`` and written onto ``line`` at ``end``."""
    below = below[:start] + " " * len(head) + below[start + len(head) :]
    gap = len(line) - len(line[end:].lstrip(" ")) - end if line[end:].strip() else None
    if gap is None:
        return line[:end] + head, below.rstrip()
    if gap >= len(head) + 2:
        return line[:end] + head + line[end + len(head) :], below.rstrip()
    return line[:end] + head + line[end:], below.rstrip()


_ADDRESS_PIECE = re.compile(
    r"(?:^|(?<=\s))(?:\d{1,3}\.\d{1,3}\.[\d.]*|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]*:[0-9A-Fa-f]*)[,;]?(?= {2,}|$)",
    re.MULTILINE,
)


def _wrapped_address(text: str) -> bool:
    """Whether a cell's line in layout text holds a piece of an address that is no whole
    address ("2001:db8:c" / "1::a1", "203.0.11" / "3.209", "2001:db8:5c0:1:" / ":15"): an
    address wrapped in a table cell."""
    for m in _ADDRESS_PIECE.finditer(text):
        token = m.group(0).rstrip(",;")
        try:
            ipaddress.ip_address(token.removesuffix(".") if token.count(".") == 4 else token)
        except ValueError:
            return True  # (a whole address ending a sentence is no piece)
    return False


_COLUMN_ADDRESS = re.compile(
    r"(?<=\s{3})(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?=\s|$)"
)
_COLUMN_MARK = re.compile(r"(?<= {3})(?:[☐☒☑✓✔✗✘⊠xX]|\[ ?[xX]? ?\])$", re.MULTILINE)
"""A form's mark alone in a row's last column, after a wide gap."""
_KEY_VALUE = re.compile(r"@|\d(?:[ -]?\d){8}")
"""An e-mail or a phone number: a contact row's value."""
_CHUNK = re.compile(r"\S+(?: \S+)*")


def _wrapped_cell(text: str) -> bool:
    """Whether a table row with an address, e-mail or phone has a cell wrapped onto a line of
    its own: a neighbouring line whose text stands only at some of the row's column starts
    ("kontaktní osoba," above "Pavla Kučerová   kucerova@…   379 422 618"). A row whose last
    cell is a form's mark (a box, a tick, an X) counts too, its label wrapped at the line's
    start ("Povolení pořizovat zvukový a obrazový" above " záznam      ☒")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "   " not in line:
            continue
        mark = _COLUMN_MARK.search(line) is not None
        starts = [m.start() for m in _CHUNK.finditer(line)]
        if len(starts) < 2:
            continue
        if _broken_below(starts, lines[i + 1] if i + 1 < len(lines) else ""):
            return True
        if not (mark or _COLUMN_ADDRESS.search(line) or _KEY_VALUE.search(line)):
            continue
        for near in lines[max(i - 1, 0) : i] + lines[i + 1 : i + 2]:
            at = [m.start() for m in _CHUNK.finditer(near)]
            if 0 < len(at) < len(starts) and (mark or at != [0]) and all(
                any(abs(x - s) <= 1 for s in starts) for x in at
            ):
                return True
    return False


def _broken_below(starts: list[int], below: str) -> bool:
    """Whether the line below a row goes on with a small letter at one of the row's later
    column starts, alone on its line ("Žadatel   Zpravodajstv" above "   í Vysočina"): a
    word the cell broke (no word of a name starts so in a new line of its own)."""
    at = [m for m in _CHUNK.finditer(below)]
    return len(at) == 1 and at[0].group(0)[0].islower() and at[0].group(0)[0].isalpha() and any(
        abs(at[0].start() - s) <= 1 for s in starts[1:]
    )


def _pdf_page(page: PageObject) -> str:
    """A page's layout text, its form's checkboxes and radio buttons as box characters and
    its filled text and choice fields' values beside their labels (``intake.content.pdfform``)."""
    text = _layout_text(page)
    if page.get("/Annots") is None:
        return text
    try:
        boxes = pdf_boxes(page)
        fields = pdf_fields(page)
        if not boxes and not fields:
            return text
        frags = fragments(page)
        boxed = place_pdf_boxes(text, boxes, frags) if boxes else text
        return place_pdf_fields(boxed, fields, frags) if fields else boxed
    except Exception as exc:  # a malformed form field: the text without its form
        log.warning("PDF form fields not read: %s", type(exc).__name__)
        return text


def _docx_table(table: DocxTable, out: list[str], marks: bool = False) -> None:
    """Rows as tab-separated lines; a merged cell repeated over the columns it spans unless it
    holds an address; a nested table's rows after the row that holds it. ``marks``: the
    part has checkboxes or struck runs, its paragraphs are read run by run."""
    for row in table.rows:
        cells: list[str] = []
        nested: list[DocxTable] = []
        seen: list[object] = []
        for c in row.cells:
            text = "\n".join(docx_paragraph(p._p) for p in c.paragraphs) if marks else c.text
            t = re.sub(r"\s+", " ", text).strip()
            if c._tc in seen:
                cells.append("" if _ADDRESS_LIKE.search(t) else t)
                continue
            seen.append(c._tc)
            nested += c.tables
            cells.append(t)
        if line := _grid_row(cells):
            out.append(line)
        for inner in nested:
            _docx_table(inner, out, marks)


def _docx_part(part: BlockItemContainer, out: list[str]) -> None:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    marks = docx_has_marks(part._element)
    boxes = _docx_boxes(part._element)
    for block in part.iter_inner_content():
        if isinstance(block, Paragraph):
            out.append(docx_paragraph(block._p) if marks else block.text)
            for box in boxes.get(block._p, ()):
                _docx_box(box, part, out)
        elif isinstance(block, Table):
            _docx_table(block, out, marks)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_boxes(root: Any) -> dict[Any, list[Any]]:
    """The text boxes (``w:txbxContent``: a sidebar, a shape, a frame) of a part's
    paragraphs, by the paragraph of ``root`` that anchors them; a DrawingML box's VML copy
    (``mc:Fallback``) is the same text and is left out, as is a box inside another box."""
    out: dict[Any, list[Any]] = {}
    for found in root.iter(_W + "txbxContent"):
        node, anchor, inner = found.getparent(), None, False
        while node is not None and node is not root:
            if node.tag == _MC_FALLBACK or node.tag == _W + "txbxContent":
                inner = True
                break
            if node.tag == _W + "p":
                anchor = node
            node = node.getparent()
        if anchor is not None and not inner and anchor.getparent() is root:
            out.setdefault(anchor, []).append(found)
    return out


def _docx_box(content: Any, part: BlockItemContainer, out: list[str]) -> None:
    """A text box's paragraphs and tables as lines of their own, after the paragraph that
    anchors it (python-docx's paragraph text leaves a box's runs out)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    marks = docx_has_marks(content)
    for child in content:
        if child.tag == _W + "p":
            out.append(docx_paragraph(child) if marks else Paragraph(child, part).text)
        elif child.tag == _W + "tbl":
            _docx_table(Table(child, part), out, marks)


_DOCX_READ = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
)
"""The parts whose XML the text is read from; every other part (styles, numbering,
settings, comments, properties, images …) stays an unparsed blob."""


def _docx_document(data: bytes) -> DocxDocument:
    """The document of a DOCX package, as ``docx.Document`` opens it but with only the
    parts in ``_DOCX_READ`` parsed (parsing the styles and the rest was most of the time),
    in the plain OPC package: python-docx's ``Package`` only adds the collection of image
    parts it gathers after loading (for adding pictures), a walk of every relationship."""
    from docx.opc.package import OpcPackage, Unmarshaller
    from docx.opc.part import Part, PartFactory

    def part(partname: Any, content_type: str, reltype: str, blob: bytes, package: Any) -> Part:
        if content_type in _DOCX_READ:
            return cast(Part, PartFactory(partname, content_type, reltype, blob, package))
        return Part.load(partname, content_type, blob, package)

    package = OpcPackage()
    Unmarshaller.unmarshal(_docx_package_reader(data), package, part)
    main = package.main_document_part
    if main.content_type != _DOCX_READ[0]:
        raise ValueError(f"not a Word file, content type is '{main.content_type}'")
    return main.document  # type: ignore[attr-defined,no-any-return]


def _docx_package_reader(data: bytes) -> Any:
    """``PackageReader.from_file`` of the package, the bytes of each part outside
    ``_DOCX_READ`` left unread (an empty blob, such a part is never parsed): inflating
    styles, themes, fonts and images was a third of the time. The walk, the relationships,
    the content types and every part's presence are as python-docx reads them, and a part
    in an encrypted or unusual ZIP member is still read (and fails as before); only a
    broken deflate stream in a part whose text is never read no longer makes the file
    damaged."""
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.pkgreader import PackageReader, _ContentTypeMap

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        reader = _DocxParts(zf)
        types = _ContentTypeMap.from_xml(reader.content_types_xml)
        reader.skip = lambda uri: _content_type(types, uri) not in (None, *_DOCX_READ)
        srels = PackageReader._srels_for(reader, PACKAGE_URI)
        parts = PackageReader._load_serialized_parts(reader, srels, types)
    return PackageReader(types, srels, parts)


def _content_type(types: Any, uri: Any) -> str | None:
    try:
        return cast(str, types[uri])
    except KeyError:  # python-docx raises it right after reading the part
        return None


class _DocxParts:
    """The physical package reader python-docx walks a package with (``_ZipPkgReader``),
    giving an empty blob for a part ``skip`` names when its member needs no password and is
    stored or deflated; a missing member raises ``KeyError`` as ``ZipFile.read`` does."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.skip: Callable[[Any], bool] = lambda uri: False

    @property
    def content_types_xml(self) -> bytes:
        return self.zf.read("[Content_Types].xml")

    def blob_for(self, pack_uri: Any) -> bytes:
        info = self.zf.getinfo(pack_uri.membername)
        plain = info.flag_bits & 0x1 == 0 and info.compress_type in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        )
        return b"" if plain and self.skip(pack_uri) else self.zf.read(info)

    def rels_xml_for(self, source_uri: Any) -> bytes | None:
        try:
            return self.zf.read(source_uri.rels_uri.membername)
        except KeyError:
            return None


def _docx(data: bytes) -> str:
    """Page headers first, then the body, then the footers (each with its tables)."""
    try:
        doc = _docx_document(data)
    except Exception as exc:
        raise TextExtractionError(f"damaged DOCX: {exc}") from exc
    head: list[str] = []
    body: list[str] = []
    foot: list[str] = []
    for section in doc.sections:
        if not section.header.is_linked_to_previous:
            _docx_part(section.header, head)
        if not section.footer.is_linked_to_previous:
            _docx_part(section.footer, foot)
    _docx_part(doc._body, body)
    return "\n".join([*[h for h in head if h.strip()], *body, *[f for f in foot if f.strip()]])


def _odf(data: bytes) -> str:
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load
    from odf.table import TableRow
    from odf.text import P

    try:
        doc = load(io.BytesIO(data))
    except Exception as exc:
        raise TextExtractionError(f"damaged OpenDocument file: {exc}") from exc
    out: list[str] = []
    extract = teletype.extractText
    marks: OdfMarks | None = None
    # a spreadsheet's tables are its sheets, named on their tabs; a text's tables are not
    sheets = "spreadsheet" in (doc.mimetype or "")

    def walk(node: object) -> None:
        for child in getattr(node, "childNodes", []):
            q = getattr(child, "qname", None)
            if q == (TABLENS, "table"):
                if sheets:
                    out.extend(_sheet_heading(child.getAttribute("name")))
                out.extend(_odf_rows(child.getElementsByType(TableRow), cell_text))
            elif q in ((TEXTNS, "p"), (TEXTNS, "h")):
                out.append(extract(child))
            elif q in ((TEXTNS, "tracked-changes"), (TABLENS, "tracked-changes")):
                continue  # what a change took out is struck where it was (``OdfMarks``)
            else:
                walk(child)

    def cell_text(cell: object) -> str:
        text = " ".join(extract(p) for p in cell.getElementsByType(P))  # type: ignore[attr-defined]
        return (strike(text) if marks and marks.struck_cell(cell) else text).strip()

    try:
        marks = OdfMarks(doc)
        extract = marks.text if marks else teletype.extractText
        walk(doc.body)
    except Exception as exc:
        raise TextExtractionError(f"unreadable OpenDocument content: {exc}") from exc
    return "\n".join(out)


def _odf_rows(rows: Iterable[object], cell_text: Callable[[object], str]) -> list[str]:
    """An OpenDocument table's rows as tab-separated lines: a cell spanning rows or columns
    (``number-rows-spanned``/``-columns-spanned``, the cells it covers written as covered
    cells) repeated in every cell it covers unless it holds an address; a repeated cell
    repeated (an empty one once)."""
    from odf.namespaces import TABLENS

    out: list[str] = []
    spans: dict[tuple[int, int], str] = {}
    """(row, column) -> the text of the cell spanning over it"""
    for r, row in enumerate(rows):
        cells: list[str] = []
        for node in getattr(row, "childNodes", []):
            ns, kind = getattr(node, "qname", (None, None))
            if ns != TABLENS or kind not in ("table-cell", "covered-table-cell"):
                continue
            rep = int(node.getAttribute("numbercolumnsrepeated") or 1)
            if kind == "covered-table-cell":
                for _ in range(min(rep, 100)):
                    cells.append(spans.pop((r, len(cells)), ""))
                continue
            text = cell_text(node)
            fill = "" if _ADDRESS_LIKE.search(text) else text
            down = _span(str(node.getAttribute("numberrowsspanned") or 1))
            across = _span(str(node.getAttribute("numbercolumnsspanned") or 1))
            for i in range(down):
                for j in range(across):
                    if i or j:
                        spans[(r + i, len(cells) + j)] = fill
            cells.extend([text] * min(rep, 1 if not text else rep))
        if line := _grid_row(cells):
            out.append(line)
    return out


class _XlsxTraits(NamedTuple):
    merged: bool
    """A sheet has merged cells."""
    struck: bool
    """The styles have a struck font."""
    checkboxes: list[str]
    """The checkbox form controls, as lines (``marks.vml_checkboxes``)."""


def _xlsx_traits(data: bytes) -> _XlsxTraits:
    import zlib

    merged = struck = False
    boxes: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for info in z.infolist():
                name = info.filename
                if info.file_size >= 50_000_000:
                    continue
                if name == "xl/styles.xml":
                    struck = b"<strike" in z.read(info)
                elif name.startswith("xl/worksheets/") and not merged:
                    merged = b"<mergeCell " in z.read(info)
                elif name.startswith("xl/drawings/") and name.endswith(".vml"):
                    boxes += vml_checkboxes(z.read(info).decode("utf-8", "replace"))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, zlib.error):
        # a damaged member: no traits; the workbook reader then says what is wrong
        return _XlsxTraits(False, False, [])
    return _XlsxTraits(merged, struck, boxes)


def _xlsx(data: bytes) -> str:
    """Each sheet's rows as tab-separated lines under its name (``_sheet_heading``); a
    merged cell's value fills its whole range; a cell in a struck font struck; the checkbox
    form controls after the sheets, each as a box and its label."""
    import openpyxl

    traits = _xlsx_traits(data)
    try:
        # the full (slower) reader only when a sheet has merged cells to fill in
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=not traits.merged, data_only=True)
    except Exception as exc:
        raise TextExtractionError(f"damaged XLSX: {exc}") from exc
    out: list[str] = []
    try:
        for ws in wb.worksheets:
            out += _sheet_heading(ws.title)
            merged: dict[tuple[int, int], object] = {}
            for rng in getattr(ws, "merged_cells", None) or ():
                value = ws.cell(rng.min_row, rng.min_col).value
                for r in range(rng.min_row, min(rng.max_row, rng.min_row + 100) + 1):
                    for c in range(rng.min_col, min(rng.max_col, rng.min_col + 100) + 1):
                        merged[(r, c)] = value
            rows = _struck_rows(ws) if traits.struck else ws.iter_rows(values_only=True)
            for r, row in enumerate(rows, start=1):
                values = [merged.get((r, c), v) for c, v in enumerate(row, start=1)]
                cells = ["" if v is None else str(v).strip() for v in values]
                if line := _grid_row(cells):
                    out.append(line)
            out.append("")
    finally:
        wb.close()
    return "\n".join(out + traits.checkboxes)


_DEFAULT_SHEET = re.compile(
    r"(?:sheet|list|h[áa]rok|tabelle|feuil|foglio|hoja|arkusz|blad|tabulka|table|munkalap)"
    r"\s*\d*",
    re.IGNORECASE,
)
"""The name a spreadsheet program gives a new sheet ("List1", "Sheet2", "Hárok3"): no
heading."""


def _sheet_heading(title: str | None) -> list[str]:
    """A sheet's name as the line that heads its rows (an officer reads the tab "Test" as
    the heading of the rows on it), or nothing for a name the program gave."""
    title = (title or "").strip()
    if not title or _DEFAULT_SHEET.fullmatch(title):
        return []
    return [title]


def _struck_rows(ws: object) -> Iterable[tuple[object, ...]]:
    """A sheet's rows of values, the value of a cell in a struck font struck."""
    for row in ws.iter_rows():  # type: ignore[attr-defined]
        yield tuple(
            strike(str(c.value)) if c.value is not None and _struck_font(c) else c.value
            for c in row
        )


def _struck_font(cell: object) -> bool:
    font = getattr(cell, "font", None)
    return bool(font is not None and font.strike)


def _rtf(data: bytes) -> str:
    from striprtf.striprtf import rtf_to_text

    raw = data.decode("latin-1")
    m = re.search(r"\\ansicpg(\d+)", raw[:2000])
    encoding = f"cp{m.group(1)}" if m else "cp1250"
    struck = "\\strike" in raw
    try:
        text = str(rtf_to_text(rtf_strike_marked(raw) if struck else raw, encoding=encoding, errors="replace"))
        return rtf_struck(text) if struck else text
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
