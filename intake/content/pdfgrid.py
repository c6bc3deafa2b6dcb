"""Ruled PDF tables as grids: the cells a table's drawn lines enclose (``pdfplumber``), each
cell's wrapped lines joined into one, put in place of the table's lines in the page's layout
text as tab-separated rows - the same shape a DOCX, HTML or XLSX table takes.

A PDF keeps no table structure, only positions; a table drawn with a grid keeps its cells'
bounds, so a cell wrapped onto several lines (a narrow address column: "2001:db8:5c0:1:" /
":15") and a role cell taller than its neighbours stay in their row whatever their vertical
alignment. A table without drawn lines is left to the layout text (``intake.extraction.layout``).
"""

from __future__ import annotations

import ipaddress
import logging
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from intake.content.wraps import glued_address

log = logging.getLogger(__name__)

Grid = list[list[str]]

_HEXISH = re.compile(r"[0-9A-Fa-f:.]*[.:][0-9A-Fa-f:.]*")
"""A token of an address or a piece of one: hex digits with a dot or colon."""
_HEX_START = re.compile(r"[0-9A-Fa-f:.]")
_OCTETS_ON = re.compile(r"\d{0,2}\.\d{1,3}\.")


def join_cell(text: str | None, broken: Collection[int] = ()) -> str:
    """A cell's wrapped lines as one line: pieces of one token (an address, a host name, a
    range wrapped mid-way) glued, words apart by a space. ``broken``: the (0-based, among
    the non-empty lines) lines the cell broke inside a word - see ``_broken_lines``."""
    out = ""
    pieces = [p.strip() for p in (text or "").splitlines()]
    for n, piece in enumerate(p for p in pieces if p):
        if out and not (_glued(out, piece) or glued_address(out, piece.split()[0])):
            out += _broken_join(out, piece) if n - 1 in broken else " "
        out += piece
    return out


BROKEN_WORD = "\u2060"
"""Put (a word joiner) where a cell's line broken inside a word of letters is glued to the
next: the geometry says the word was too long for the cell, but a whole word that happens to
fill the cell looks the same ("Jihočeský" / "deník"), so a value holding it is unsure
(``intake.extraction.extract``)."""
_MACHINE = re.compile(r"[\d@]")


def _broken_join(before: str, piece: str) -> str:
    """What goes between a cell's line that fills the cell and its next line: a space
    between two whole addresses, after a comma or semicolon (a list goes on after a space),
    before a capital after a small letter and before an abbreviation; nothing inside a
    token of digits, dots or an at sign (an e-mail, a host, an address, a number: no word
    of a language); the word joiner between letters."""
    last, head = before.split()[-1], piece.split()[0]
    if _whole(last) and _whole(head):
        return " "  # two whole addresses
    if last[-1] in ",;" or (last[-1].islower() and head[0].isupper()):
        return " "  # a list goes on after a space; no word goes on in capitals
    if _MACHINE.search(last + head) or head[0] in ".:" or "." in last[:-1]:
        return ""
    if "." in head:
        return " "  # an abbreviation ("s.r.o.", "a.s.") starts a word of its own
    return BROKEN_WORD


def _glued(prev: str, nxt: str) -> bool:
    """Whether a cell's line goes on with the same token on the next line: an address (or
    a piece of one, also after a range's dash) goes on with hex digits, a dot or colon
    ("2001:db" / "8:a0::2", "198.51.100." / "45", "…70–19" / "8.51.100.72"), a dash or
    slash written onto a word goes on ("volby-" / "prod"), an e-mail's domain goes on
    ("jan@zpravy-ji" / "hlava.example"); two whole addresses are two.
    A word processor breaks a line inside a word only when it is too long for its cell."""
    last, head = prev.split()[-1], nxt.split()[0]
    tail = _DASH.split(last)[-1]
    if _whole(last) and _whole(head):
        return False
    if tail and _HEXISH.fullmatch(tail) and _HEX_START.match(head):
        return True
    if tail.isdigit() and len(tail) <= 3 and _OCTETS_ON.match(head):
        return True  # "…, 20" / "3.0.113.202": an octet broken in two
    if len(last) > 1 and last[-1] in "-–/":
        return True
    if "@" in last and "." not in last.rsplit("@", 1)[1] and _DOMAIN_ON.fullmatch(head):
        return True  # "vavrik@moravsky-ku" / "ryr.example": an e-mail's domain goes on
    return head[0] in ":." and _HEXISH.fullmatch(head) is not None


_DASH = re.compile(r"[-–]")
_DOMAIN_ON = re.compile(r"[\w-]*(?:\.[\w-]+)+[,;]?")


def _whole(token: str) -> bool:
    try:
        ipaddress.ip_address(token.rstrip(",;"))
    except ValueError:
        return False
    return True


Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in points from the page's top left (pdfplumber's convention)."""
_MAX_EDGES = 2000
"""Rules read on one page at most (the cells found are quadratic in them)."""
_MAX_CELLS = 1000
"""Cells of one table at most (each line of its layout text is looked up in them)."""
_THIN = 2.0
"""A drawn path this thin is a rule (a cell's border), not an area."""


def page_grids(data: bytes, pages: Collection[int]) -> dict[int, list[Grid]]:
    """The ruled tables of the pages ``pages`` (0-based; rows of joined cell texts, tables
    of one row or one column left out). Empty when the file cannot be read this way.

    pdfium (``pypdfium2``) gives the drawn paths and the text inside a box; pdfplumber's
    table finder turns the rules into cells and tables."""
    import pypdfium2 as pdfium

    out: dict[int, list[Grid]] = {}
    try:
        pdf = pdfium.PdfDocument(data)
        try:
            for n in sorted(pages):
                if n < len(pdf):
                    out[n] = _grids(pdf[n])
        finally:
            pdf.close()
    except Exception as exc:  # a file pdfium cannot read: the layout text stays
        log.warning("PDF tables not read: %s", type(exc).__name__)
        return {}
    return out


def _grids(page: Any) -> list[Grid]:
    import pypdfium2.raw as pdfium_c
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    height = page.get_height()
    edges: list[dict[str, Any]] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = obj.get_bounds()
        edges += _edges((left, height - top, right, height - bottom))
        if len(edges) > _MAX_EDGES:
            return []  # a drawing, not a form's table: the layout text stays
    if len(edges) < 4:
        return []
    edges = merge_edges(edges, 3, 3, 3, 3)
    tables = cells_to_tables(intersections_to_cells(edges_to_intersections(edges, 3, 3)))
    tables = [t for t in tables if len(t) <= _MAX_CELLS]
    text = page.get_textpage()
    try:
        chars = _chars(text, height)
        grids = [
            _rows(cells, lambda b: text.get_text_bounded(b[0], height - b[3], b[2], height - b[1]), chars)
            for cells in tables
        ]
    finally:
        text.close()
    return [g for g in grids if len(g) >= 2 and max(map(len, g)) >= 2]


def _edges(box: Box) -> list[dict[str, Any]]:
    """The rules a drawn path gives: a thin one is one rule, a box its four sides."""
    x0, top, x1, bottom = box
    if x1 - x0 < _THIN:
        return [_edge("v", (x0 + x1) / 2, top, (x0 + x1) / 2, bottom)]
    if bottom - top < _THIN:
        return [_edge("h", x0, (top + bottom) / 2, x1, (top + bottom) / 2)]
    return [
        _edge("h", x0, top, x1, top), _edge("h", x0, bottom, x1, bottom),
        _edge("v", x0, top, x0, bottom), _edge("v", x1, top, x1, bottom),
    ]


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {
        "orientation": orientation, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
        "width": x1 - x0, "height": bottom - top, "object_type": "line",
    }


def _rows(cells: list[Box], text_in: Callable[[Box], str], chars: Sequence[Char] = ()) -> Grid:
    """A table's cells as rows: one row per distinct cell top, each with the cells that
    cover it left to right - a cell spanning rows is in every row it spans."""
    texts = {}
    for c in cells:
        text = text_in(c)
        texts[c] = join_cell(text, _broken_lines(text, c, chars) if "\n" in text.strip() else ())
    tops = sorted({round(c[1], 1) for c in cells})
    rows: Grid = []
    for y in tops:
        row = sorted((c for c in cells if c[1] - 0.5 <= y < c[3] - 0.5), key=lambda c: c[0])
        rows.append([texts[c] for c in row])
    return rows


Char = tuple[str, Box]
"""A character of the page and its box (its advance across, the line's height down)."""
_SLACK = 1.0
"""Points a line's next character may fall short of the cell's text width and the line still
be taken as filling it: pdfium's loose boxes are the font's advances (measured 0.0-0.1 pt off
on ReportLab's tables), but a cell drawn as a stroked box has its stroke in its bounds (measured
0.5-1.0 pt)."""


def _chars(text: Any, height: float) -> list[Char]:
    """The page's characters with their boxes; the text read once when pdfium gives one
    character per index (no character outside the Basic Multilingual Plane), else one by one."""
    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    out: list[Char] = []
    count = text.count_chars()
    whole = text.get_text_range(0, count) if count else ""
    one_per_index = len(whole) == count
    # ``text.get_charbox(i, loose=True)`` without its wrapper: the same call of pdfium, one
    # rectangle filled again for each character (its values are read before the next call)
    rect = pdfium_c.FS_RECTF()
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    handle = text.raw  # what ctypes reads from the wrapper's ``_as_parameter_`` at every call
    for i in range(count):
        if not loose_box(handle, i, rect):
            raise PdfiumError("Failed to get charbox.")
        left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
        ch = whole[i] if one_per_index else text.get_text_range(i, 1)
        out.append((ch, (left, height - top, right, height - bottom)))
    return out


def _broken_lines(text: str, cell: Box, chars: Sequence[Char]) -> set[int]:
    """The lines of a cell (0-based, among its non-empty lines) that a renderer broke inside
    a word: a line of one token that fills the cell's text width, so that the next line's
    first character would not have fitted after it. A renderer breaks inside a word only
    when the word is wider than the cell; a line ending at a word boundary leaves room the
    next word did not fit into, and a line of several words ended at a space.
    The cell's text width: its box less the padding its lines show on the left, taken
    again on the right. Empty when the characters do not give the cell's lines as the text
    does (nothing is glued on a guess)."""
    lines = _char_lines(cell, chars)
    pieces = [p.strip() for p in text.splitlines() if p.strip()]
    if [t.strip() for t, _, _, _ in lines] != pieces or len(lines) < 2:
        return set()
    pad = min(left for _, left, _, _ in lines) - cell[0]
    limit = cell[2] - max(pad, 0.0)
    out = set()
    for n, ((line, _, right, _), (_, _, _, first)) in enumerate(zip(lines, lines[1:], strict=False)):
        if " " not in line.strip() and right + first > limit - _SLACK:
            out.add(n)
    return out


def _char_lines(cell: Box, chars: Sequence[Char]) -> list[tuple[str, float, float, float]]:
    """The cell's lines from its characters (those whose middle lies in the cell): each
    line's text, left and right (spaces left out) and its first character's width."""
    x0, top, x1, bottom = cell
    lines: list[tuple[str, float, float, float]] = []
    cur: list[Char] = []
    for ch, box in [*chars, ("\n", (0.0, 0.0, 0.0, 0.0))]:
        mid_x, mid_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        if ch in "\r\n" or not (x0 <= mid_x <= x1 and top <= mid_y <= bottom):
            if cur:  # (most characters of a page lie outside the cell: nothing to end)
                inked = [(c, b) for c, b in cur if c.strip()]
                if inked:
                    first = inked[0][1]
                    lines.append(("".join(c for c, _ in cur), first[0], inked[-1][1][2], first[2] - first[0]))
                cur = []
            continue
        cur.append((ch, box))
    return lines


_WORDS = re.compile(r"\S+")


def with_grids(layout: str, grids: Sequence[Grid]) -> str:
    """The page's layout text with each grid's lines replaced by its rows (cells apart by
    tabs): the lines whose words all belong to the grid's cells, in one run that holds every
    cell's first word. A grid whose lines cannot be found so is left out."""
    lines = layout.split("\n")
    for grid in grids:
        cells = "\n".join(c.replace(" ", "\n") for row in grid for c in row)
        span = _table_lines(lines, cells, grid)
        if span is None:
            continue
        lo, hi = span
        rows = [_row_line(row) for row in grid]
        lines[lo:hi] = [r for r in rows if r.strip()]
    return "\n".join(lines)


_ADDRESS_LIKE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:")


def _row_line(row: Sequence[str]) -> str:
    """A grid row as a tab-separated line, its empty last cells left out - except after a
    lone address, which keeps one tab: the row's first cell, not a row whose empty first
    cells were left out."""
    line = "\t".join(row).rstrip("\t")
    if len(row) > 1 and "\t" not in line and _ADDRESS_LIKE.search(line):
        return line + "\t"
    return line


def _table_lines(lines: Sequence[str], cells: str, grid: Grid) -> tuple[int, int] | None:
    """The first and past-last line of the longest run of lines made only of pieces of the
    words of ``cells`` (a word wrapped in its cell shows as pieces on several lines)
    that holds the start of the grid's first row's first word and of its last row's (a
    wrapped word keeps its start on its first line)."""
    first = next((w[:4] for c in grid[0] for w in _WORDS.findall(c)), None)
    last = next((w[:4] for c in grid[-1] for w in _WORDS.findall(c)), None)
    if first is None or last is None:
        return None
    best: tuple[int, int] | None = None
    i = 0
    while i < len(lines):
        if not _inside(lines[i], cells):
            i += 1
            continue
        j = i
        while j < len(lines) and (_inside(lines[j], cells) or not lines[j].strip()):
            j += 1
        while not lines[j - 1].strip():
            j -= 1
        text = "\n".join(lines[i:j])
        if first in text and last in text and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
        i = j
    return best


def _inside(line: str, cells: str) -> bool:
    found = _WORDS.findall(line)
    return bool(found) and all(w in cells for w in found)
