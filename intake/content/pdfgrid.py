"""Ruled PDF tables as grids: the cells a table's drawn lines enclose (``pdfplumber``), each
cell's wrapped lines joined into one, put in place of the table's lines in the page's layout
text as tab-separated rows - the same shape a DOCX, HTML or XLSX table takes.

A PDF keeps no table structure, only positions; a table drawn with a grid keeps its cells'
bounds, so a cell wrapped onto several lines (a narrow address column: "2001:db8:5c0:1:" /
":15") and a role cell taller than its neighbours stay in their row whatever their vertical
alignment. A table without drawn lines is left to the layout text (``intake.extraction.layout``).
"""

from __future__ import annotations

import io
import ipaddress
import logging
import re
from collections.abc import Collection, Sequence

log = logging.getLogger(__name__)

Grid = list[list[str]]

_HEXISH = re.compile(r"[0-9A-Fa-f:.]*[.:][0-9A-Fa-f:.]*")
"""A token of an address or a piece of one: hex digits with a dot or colon."""
_HEX_START = re.compile(r"[0-9A-Fa-f:.]")
_OCTETS_ON = re.compile(r"\d{0,2}\.\d{1,3}\.")


def join_cell(text: str | None) -> str:
    """A cell's wrapped lines as one line: pieces of one token (an address, a host name, a
    range wrapped mid-way) glued, words apart by a space."""
    out = ""
    for piece in (p.strip() for p in (text or "").splitlines()):
        if not piece:
            continue
        if out and not _glued(out, piece):
            out += " "
        out += piece
    return out


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


def page_grids(data: bytes, pages: Collection[int]) -> dict[int, list[Grid]]:
    """The ruled tables of the pages ``pages`` (0-based; rows of joined cell texts, tables
    of one row or one column left out). Empty when the file cannot be read this way."""
    import pdfplumber

    out: dict[int, list[Grid]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), pages=[n + 1 for n in sorted(pages)]) as pdf:
            for n, page in zip(sorted(pages), pdf.pages, strict=False):
                grids = [
                    [[join_cell(c) for c in row] for row in table]
                    for table in page.extract_tables()
                ]
                out[n] = [g for g in grids if len(g) >= 2 and max(map(len, g)) >= 2]
    except Exception as exc:  # pdfminer raises many types on odd files: the layout text stays
        log.warning("PDF tables not read: %s", type(exc).__name__)
        return {}
    return out


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
        rows = ["\t".join(row).rstrip("\t") for row in grid]
        lines[lo:hi] = [r for r in rows if r.strip()]
    return "\n".join(lines)


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
