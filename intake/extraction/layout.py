"""Tables laid out with spaces (PDF text in layout mode): the rows of a table whose addresses
sit in one column, each row's cells read as one line.

A PDF keeps no table structure, only positions. A table row is as tall as its tallest cell:
an address cell of three lines beside a one-line role cell, or an address wrapped inside a
narrow cell ("2001:db8:120:" / "5::a"), gives several text lines, and the role cell stands
on the first, middle or last of them as the table aligns its cells (top, middle, bottom).
This module finds such runs of lines, joins the pieces of a wrapped address, and splits the
run into rows under each alignment the lines allow; the caller learns whether the reading
is unambiguous. Pure functions on lines of text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

_CHUNK = re.compile(r"\S+(?: \S+)*")
"""A cell's text on one line: words apart by single spaces (cells are two or more apart)."""
_ADDRESSISH = re.compile(r"^[0-9A-Fa-f:.][0-9A-Fa-f:.,/–\- ]*$")
_DIGIT = re.compile(r"\d")


_MAX_ROWS = 200
"""Runs with more role cells than this are not split by the middle alignment."""


class Align(StrEnum):
    TOP = "top"
    BOTTOM = "bottom"
    MIDDLE = "middle"


@dataclass(frozen=True)
class Row:
    """One table row of a run: physical lines ``first`` to ``last`` (0-based, into the lines
    given), its text as one line (label, addresses and notes apart by tabs), and whether the
    reading is a guess (an address joined across lines, or alignments that disagree)."""

    first: int
    last: int
    text: str
    unsure: bool


@dataclass(frozen=True)
class _Line:
    address: str | None
    """The text in the address column, None when the line has none."""
    left: str
    right: str
    wrapped: bool = False
    """The address cell's text goes on in the address column below its address ("(primární,"
    / "Jihlava)"): a note of the cell above, not the start of other text."""


def _chunks(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


def _address_chunk(chunks: list[tuple[int, str]]) -> tuple[int, str] | None:
    """The one address-like chunk of a line (None: none or several)."""
    found = [(x, c) for x, c in chunks if _ADDRESSISH.match(c) and _DIGIT.search(c)]
    return found[0] if len(found) == 1 else None


_LEADING_ADDRESS = re.compile(r"^[0-9A-Fa-f]*[.:][0-9A-Fa-f:.]*\d[0-9A-Fa-f:./]*[,;]?\s+\S")
"""A cell's line that opens with an address and goes on in words ("198.51.100.202 (veřejná);
interní stroj …"): an address line of the column, its note in the same cell."""
_GOES_ON = re.compile(r"^[^\W\d_A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
"""A cell's line opening in a small letter: the text of the line above goes on."""
_CLOSED = re.compile(r"[.!?:]$")


def _soft_wraps(run: list[_Line], width: int) -> set[int]:
    """Indexes ``i`` of the run whose address cell's text a soft wrap carries on to the next
    line: the next line goes on in words in the address column (a small letter, no address)
    and its first word would not have fitted on line ``i`` of a column ``width`` wide. A cell
    wraps inside its row, so the two lines are of one row."""
    out: set[int] = set()
    for i in range(len(run) - 1):
        cell, nxt = run[i].address, run[i + 1]
        if cell is None or not nxt.wrapped or _CLOSED.search(cell):
            continue
        head = nxt.right.split(" ", 1)[0]
        if _GOES_ON.match(head) and len(cell) + 1 + len(head) > width:
            out.add(i)
    return out


def _read_run(
    lines: Sequence[str], start: int
) -> tuple[int, list[_Line]] | None:
    """The lines from ``start`` that keep one address column at the same position (lines
    between them without an address: a role cell taller than its address cell); the column's
    position and the lines, or None when fewer than two address lines align."""
    first = _address_chunk(_chunks(lines[start]))
    if first is None or ("  " not in lines[start] and first[0] == 0):
        return None
    x = first[0]
    run: list[_Line] = []
    i = start
    while i < len(lines) and lines[i].strip():
        chunks = _chunks(lines[i])
        chunk = _address_chunk(chunks)
        if chunk is None and run and chunks and chunks[0][0] >= x - 1:
            # an address with its note in one cell, on a line of its own below a row's first
            # (a line with a label of its own, "ZRUŠENO:  A (starý server)", is no such line)
            chunk = chunks[0] if _LEADING_ADDRESS.match(chunks[0][1]) else None
        if chunk is not None and abs(chunk[0] - x) > 1:
            break
        sep = _separator_at(chunks, x) if chunk is None and run and run[-1].address else None
        if sep is not None:
            # a list of addresses wrapped in its cell with its comma on a line of its own
            # ("A" / "," / "B", the role cell wrapping beside it): the cell goes on below
            prev = run[-1]
            run[-1] = _Line(f"{prev.address}{sep[1]}", prev.left, prev.right, prev.wrapped)
            chunks = [c for c in chunks if c != sep]
        wrapped = chunk is None and any(abs(p - x) <= 1 for p, _ in chunks)
        left = " ".join(c for p, c in chunks if p < x - 1)
        # an address cell goes on below an address standing alone on its line (its role cell
        # lower, beside the cell's last lines); a form's next label and its value
        # ("Kontakt  Irena" below "Test  A") is no wrapped cell
        wraps = run and (run[-1].wrapped or (run[-1].address and not run[-1].left))
        if wrapped and (not wraps or left.endswith(":")):
            break  # other text in the address column: the table (or run) ends
        right = " ".join(c for p, c in chunks if p > x + 1 or (wrapped and p >= x - 1))
        run.append(_Line(chunk[1] if chunk else None, left, right, wrapped))
        i += 1
    run = _up_to_a_stray_line(run)
    return (x, run) if sum(ln.address is not None for ln in run) >= 2 else None


_SEPARATOR = frozenset((",", ";"))


def _separator_at(chunks: list[tuple[int, str]], x: int) -> tuple[int, str] | None:
    """The lone list separator standing in the address column at ``x`` on a line."""
    return next((c for c in chunks if abs(c[0] - x) <= 1 and c[1] in _SEPARATOR), None)


def _up_to_a_stray_line(run: list[_Line]) -> list[_Line]:
    """The run up to a line without an address that is not part of a neighbouring row's
    cell (a role cell taller than its address cell has a line with an address next to it);
    a heading between two lists ("Testovací:" above indented addresses, also beside notes
    on their right: a cell of a table ends with no colon) ends the run."""
    for i, ln in enumerate(run):
        if ln.address is not None or ln.wrapped:
            continue
        near = [run[j] for j in (i - 1, i + 1) if 0 <= j < len(run)]
        heading = ln.left.endswith(":") and not ln.right  # "Test only:" above its list
        if heading or not any(n.address is not None and (n.left or n.right) for n in near):
            run = run[:i]
            break
    while run and run[-1].address is None and not run[-1].wrapped:
        run = run[:-1]
    return run


def _wrapped_tail(
    run: list[_Line], is_label: Callable[[str], bool], complete: Callable[[str], bool]
) -> list[_Line]:
    """A run whose address cells wrap their notes in the address column, without the lines
    after its last row (the form's next rows: "Kontakt  Irena", "Telefon  226"): up to the
    last line with a whole address or a role cell."""
    keep = [
        i
        for i, ln in enumerate(run)
        if (ln.address and any(complete(t) for t in _TOKEN_SEP.split(ln.address)))
        or is_label(_role_cell(ln))
    ]
    return run[: keep[-1] + 1] if keep else run


def _role_cell(ln: _Line) -> str:
    """The text of a line that may name its row's use: not a wrapped address cell's note."""
    return ln.left if ln.wrapped else f"{ln.left} {ln.right}"


def _split_address(prev: str, nxt: str, complete: Callable[[str], bool]) -> bool:
    """Whether ``nxt`` goes on with the address ``prev`` ends with (one address wrapped in
    its cell: "2001:db8:4" / "410::10", "198.51.100.7" / "5/32", "203.0.113." / "45"), not a
    new address: one side is no whole address, and the two written together are one (or
    the start of one)."""
    if prev.endswith((",", ";")):
        return False
    last = _TOKEN_SEP.split(prev)[-1]
    head = _TOKEN_SEP.split(nxt, maxsplit=1)[0]
    if not last or not head or (complete(last) and complete(head)):
        return False
    joined = last + head
    return complete(joined) or bool(_V4_START.match(joined) or _V6_START.match(joined))


_TOKEN_SEP = re.compile(r"[\s,;–]+|(?<=\d)-(?=\d)")
_V4_START = re.compile(r"^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){1,3}$")
"""The first octets of an IPv4 address, up to a dot: more of it follows."""
_V6_START = re.compile(r"^[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){1,6}:$")
"""The first groups of an IPv6 address, up to a colon: more of it follows."""


def _joins(run: list[_Line], complete: Callable[[str], bool]) -> tuple[set[int], bool]:
    """Indexes ``i`` of the run whose cell goes on on the next address line (a list ending
    in a comma, or an address wrapped mid-way), and whether an address was wrapped."""
    out: set[int] = set()
    split = False
    idx = [i for i, ln in enumerate(run) if ln.address is not None]
    for a, b in zip(idx, idx[1:], strict=False):
        prev, nxt = run[a].address, run[b].address
        assert prev is not None and nxt is not None
        wrapped = _split_address(prev, nxt, complete)
        if wrapped or prev.endswith((",", ";")):
            out.update(range(a, b))
            split = split or wrapped
    return out, split


def _partitions(n: int, labels: list[int]) -> dict[Align, list[list[int]]]:
    """Row boundaries (each row's first line) of ``n`` lines whose role cells stand on the
    lines ``labels``, for each alignment that can place them so."""
    out: dict[Align, list[list[int]]] = {}
    if labels[0] == 0:
        out[Align.TOP] = [list(labels)]
    if labels[-1] == n - 1:
        out[Align.BOTTOM] = [[0] + [lab + 1 for lab in labels[:-1]]]
    middle = _middle(n, labels, 0, 0) if len(labels) <= _MAX_ROWS else []
    if middle:
        out[Align.MIDDLE] = middle
    return out


def _middle(n: int, labels: list[int], k: int, start: int) -> list[list[int]]:
    """Splits of lines ``start``… into rows ``k``… with each role cell in the middle of its
    row (at offset (rows - 1) // 2): at most two (whether the reading is unique is all that
    matters beyond the first), each state read once."""
    memo: dict[tuple[int, int], list[list[int]]] = {}

    def rest(k: int, start: int) -> list[list[int]]:
        if k == len(labels):
            return [[]] if start == n else []
        if (k, start) in memo:
            return memo[(k, start)]
        out: list[list[int]] = []
        offset = labels[k] - start
        for size in (2 * offset + 1, 2 * offset + 2) if offset >= 0 else ():
            nxt = start + size
            if nxt <= n and (k + 1 == len(labels) or labels[k + 1] >= nxt):
                out += [[start, *tail] for tail in rest(k + 1, nxt)]
        memo[(k, start)] = out[:2]
        return memo[(k, start)]

    return rest(k, start)


def _row_text(run: list[_Line], lo: int, hi: int, joins: set[int]) -> str:
    """A row's cells as one line: its label, its address text (pieces of one address joined
    without a space) and its notes, apart by tabs."""
    left = " ".join(ln.left for ln in run[lo:hi] if ln.left)
    right = " ".join(ln.right for ln in run[lo:hi] if ln.right)
    address = ""
    for i in range(lo, hi):
        piece = run[i].address
        if piece is None:
            continue
        glue = "" if not address or (i - 1 in joins and _glued(address, piece)) else " "
        address = f"{address}{glue}{piece}"
    return "\t".join((left, address, right)).rstrip("\t")


def _glued(prev: str, nxt: str) -> bool:
    """Two pieces of one address meet without a space (unless one side is a separator)."""
    return not (prev.endswith((",", ";", "–", "-")) or nxt.startswith(("–", "-")))


def table_rows(
    lines: Sequence[str],
    is_label: Callable[[str], bool],
    complete: Callable[[str], bool],
) -> list[Row]:
    """The rows of every run of ``lines`` with one address column and role cells beside it
    (``is_label``: text that names a use; ``complete``: a token that is a whole address).
    A run is read only when some alignment places every role cell in a row of its own and
    keeps each wrapped address in one row; the rows are unsure when an address was joined
    across lines or when the alignments that fit give a line different roles."""
    out: list[Row] = []
    i = floor = 0
    while i < len(lines):
        found = _read_run(lines, i) if "  " in lines[i] or lines[i][:1] == " " else None
        if found is None:
            i += 1
            continue
        x, run = found
        if any(ln.wrapped for ln in run):
            run = _wrapped_tail(run, is_label, complete)
        # notes above matter only when some address has no role cell on its own line
        bare = any(ln.address and not is_label(f"{ln.left} {ln.right}") for ln in run)
        top = _notes_above(lines, i, x, floor, is_label) if bare else i
        left = top == i and not is_label(f"{run[0].left} {run[0].right}")
        top = _cell_above(lines, i, x, floor, is_label) if left else top
        above = [" ".join(c for _, c in _chunks(lines[j])) for j in range(top, i)]
        run = [_Line(None, t, "") if left else _Line(None, "", t) for t in above] + run
        out += _rows(run, top, is_label, complete)
        i = floor = top + len(run)
    return out


def _notes_above(
    lines: Sequence[str], start: int, x: int, floor: int, is_label: Callable[[str], bool]
) -> int:
    """The first line of a run whose first row's note cell begins above its address: the
    lines right above ``start`` (down to ``floor``) with text only right of the address
    column at ``x`` ("school data centre, the" / "NAT pool of our ingest" above
    "Production  192.0.2.96/30  servers"); none when they name a use (a role cell's text)."""
    k = start
    while k > floor and lines[k - 1].strip():
        chunks = _chunks(lines[k - 1])
        if any(p <= x + 1 for p, _ in chunks):
            break
        k -= 1
    return start if any(is_label(lines[j]) for j in range(k, start)) else k


def _cell_above(
    lines: Sequence[str], start: int, x: int, floor: int, is_label: Callable[[str], bool]
) -> int:
    """The first line of a run whose first row's role cell begins above its address (the
    address at the foot of a taller cell): the nearest line above ``start`` that names a
    use, when it and every line down to ``start`` hold text only left of the address column
    at ``x``; else ``start``."""
    k = start
    while k > floor and start - k < 8 and lines[k - 1].strip():
        chunks = _chunks(lines[k - 1])
        if any(p + len(c) >= x - 1 for p, c in chunks):
            break
        k -= 1
        if is_label(lines[k]):
            return k
    return start


def _rows(
    run: list[_Line],
    offset: int,
    is_label: Callable[[str], bool],
    complete: Callable[[str], bool],
) -> list[Row]:
    labels = [i for i, ln in enumerate(run) if is_label(_role_cell(ln))]
    if not labels:
        return []
    joins, split = _joins(run, complete)
    width = max((len(ln.address) for ln in run if ln.address), default=0)
    joins |= _soft_wraps(run, width)
    fitting: list[tuple[Align, list[int]]] = []
    for align, options in _partitions(len(run), labels).items():
        for starts in options:
            if not any(s - 1 in joins for s in starts[1:]):
                if starts not in [f for _, f in fitting]:
                    fitting.append((align, starts))
    if not fitting:
        return []
    # a form's labels ("Test IP:") stand on their value's first line: the top reading is the
    # form's own, another alignment fits only by chance
    if fitting[0][0] is Align.TOP and all(run[i].left.endswith(":") for i in labels):
        fitting = fitting[:1]
    align, starts = fitting[0]
    # sure only as a plain table: each role cell on its row's first line, no other reading
    # that fits, no address wrapped; otherwise the first fitting reading (top, bottom,
    # middle) is a guess
    # a line with an address and a role cell of its own that names no use the reader knows
    # ("essai" below two "production" rows in a language it does not read) is a row of its
    # own whose use is unknown, not a part of the row above: its reading is a guess
    stray = any(ln.address and ln.left and i not in labels for i, ln in enumerate(run))
    unsure = split or stray or len(fitting) > 1 or align is not Align.TOP
    ends = [*starts[1:], len(run)]
    return [
        Row(offset + lo, offset + hi - 1, _row_text(run, lo, hi, joins), unsure)
        for lo, hi in zip(starts, ends, strict=True)
    ]
