"""Tables of people: a header row naming a name column, and rows of people below it (an
XLSX sheet or a table read as tab-separated cells, cells apart by " | ", or a PDF/plain-text
table laid out with spaces). The contact is the row the table marks: a role cell that names
a contact, or a yes/tick in a column whose header names the contact.

Pure functions on lines of text; ``contact.py`` turns the row into the contact's hits.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

_NAME_HEADER = re.compile(
    r"^(?:(?:celé\s+|full\s+)?(?:jméno|jmeno|meno|name|osoba|person|příjmení|prijmeni|priezvisko|"
    r"surname|nom|nome|nombre|nome\s+e\s+cognome|név|nev|imię|imie|name\s+and\s+surname|jméno\s+a\s+příjmení|jmeno\s+a\s+prijmeni|"
    r"meno\s+a\s+priezvisko|pracovník|pracovnik|zaměstnanec|zamestnanec|employee|staff|člověk))$",
    re.IGNORECASE,
)
_ROLE_HEADER = re.compile(
    r"^(?:role|úloha|uloha|funkce|funkcia|function|pozice|pozícia|pozicia|position|title|job|"
    r"ruolo|funzione|rôle|fonction|cargo|funktion|rolle|funkcja|stanowisko|beosztás|szerep|"
    r"zařazení|zarazeni|zaradenie|odpovědnost|zodpovednosť|responsibility|činnost|cinnost|"
    r"činnosť|úkol|ukol|úloha\s+ve\s+štábu|role\s+in\s+\w+|poznámka|poznamka|note|notes)$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"\b(?:kontakt\w*|contact\w*|vyřizuje|vyrizuje|vybavuje|point\s+of\s+contact|poc|"
    r"ansprechpart\w*|interlocut\w*|referente|kapcsolattart\w*)\b",
    re.IGNORECASE,
)
_NOT_NOW = re.compile(
    r"\b(?:dříve|drive|bývalý|byvaly|bývalá|byvala|bývalý|původní|puvodni|pôvodn\w*|former\w*|"
    r"previous\w*|old|odešel|odesel|odešla|odesla|odišiel|odišla|left|ne|nie|no|not|není|neni|"
    r"nie\s+je|náhradní|nahradni|zástup\w*|backup|deputy|substitute)\b",
    re.IGNORECASE,
)
"""Words of a role cell that say the person is not (or not first) the contact."""
_YES = frozenset(
    "ano áno yes y x ✓ ✔ ☑ ☒ ● • * true ja tak oui sí si sì igen 1 kontakt contact".split()
)
_NO = frozenset("ne nie no n - – ☐ ○ false nein nie non nem 0".split())
_SPLIT = re.compile(r"\t|\s\|\s|\s{2,}")
_OWN_ROLE = re.compile(r"^(?P<n>[^()\t|]+?)\s*(?:\((?P<b>[^()]+)\)|\s[-–—]\s+(?P<d>[^\d@]+)|,\s+(?P<c>[^\d@]+))$")
"""A name cell carrying its person's role: "Jan Malý (kontakt)", "Owen Pratt – contact",
"Eva Nová, kontaktní osoba"."""


def own_role(cell: str) -> tuple[str, str]:
    """The name of a cell and the role written in the cell after it (empty when none)."""
    m = _OWN_ROLE.match(cell.strip())
    if m is None:
        return cell, ""
    return m.group("n").strip(), (m.group("b") or m.group("d") or m.group("c") or "").strip()

_CHUNK = re.compile(r"\S+(?: \S+)*")
_HEADER_STEMS = (
    "jm", "meno", "name", "osob", "person", "příjm", "prijm", "priezv", "nom", "imi", "pracovn", "név", "nev",
    "zaměst", "zamest", "employ", "staff", "člověk",
)  # fmt: skip
"""A quick test before ``_NAME_HEADER``: one of these is in every header it matches."""
_TAB_OR_PIPE = re.compile(r"\t|\s\|\s")


@dataclass(frozen=True)
class PersonRow:
    """The marked row: the index of its line in the lines given, the text of its name cell,
    the whole row (cells apart by tabs, continuation lines joined), and whether the table
    marks no other row (the others are plainly not the contact) and no line of the table
    had to be joined to a row by a guess."""

    idx: int
    name: str
    text: str
    sole: bool
    others: tuple[str, ...]
    """The name cells of the table's other rows."""


@dataclass(frozen=True)
class _Table:
    header: int
    starts: tuple[int, ...]
    """Where each column starts (character offsets for a space-aligned table, cell numbers
    for tab or pipe cells)."""
    by_offset: bool
    name_col: int
    role_col: int | None
    mark_col: int | None


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a tab or pipe row, numbered."""
    parts = _TAB_OR_PIPE.split(line.strip().strip("|"))
    return [(i, p.strip()) for i, p in enumerate(parts)]


def _space_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a row laid out with spaces, with the offset each starts at."""
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


def _header(lines: Sequence[str], i: int) -> _Table | None:
    line = lines[i]
    if not _SPLIT.search(line.strip()):
        return None
    tabbed = "\t" in line or " | " in line
    cells = _cells(line) if tabbed else _space_cells(line)
    labels = [c.strip(" *:|").strip() for _, c in cells]
    name_col = next((j for j, c in enumerate(labels) if _NAME_HEADER.match(c)), None)
    if name_col is None or len(cells) < 2:
        return None
    role_col = next((j for j, c in enumerate(labels) if _ROLE_HEADER.match(c)), None)
    mark_col = next(
        (j for j, c in enumerate(labels) if j != name_col and _CONTACT.search(c)), None
    )
    starts = tuple(s for s, _ in cells)
    return _Table(i, starts, not tabbed, name_col, role_col, mark_col)


def _columns(table: _Table, line: str) -> dict[int, str]:
    """The cells of a row by column (a space-aligned cell goes to the column it starts in,
    two characters of slack)."""
    if not table.by_offset:
        return {j: c for j, c in _cells(line) if c}
    out: dict[int, str] = {}
    for start, text in _space_cells(line):
        col = max((j for j, s in enumerate(table.starts) if s <= start + 2), default=0)
        out[col] = f"{out[col]} {text}" if col in out else text
    return out


@dataclass
class _Row:
    idx: int
    cells: dict[int, str]
    joined: bool = False
    """A line without a name cell was joined to the row (a guess of which row it is)."""


def _rows(lines: Sequence[str], table: _Table) -> list[_Row]:
    """The rows under the header up to an empty line; a line with no name cell continues a
    row (the next one when it ends with a comma or dash or no row has begun, else the one
    above): a PDF wraps a tall cell onto lines above and below its row's name."""
    rows: list[_Row] = []
    pending: dict[int, str] = {}
    for i in range(table.header + 1, min(len(lines), table.header + 60)):
        line = lines[i]
        if not line.strip():
            break
        cols = _columns(table, line)
        if table.name_col in cols:
            merged = {k: " ".join(filter(None, (pending.get(k), cols.get(k)))) for k in {*pending, *cols}}
            rows.append(_Row(i, merged, bool(pending)))
            pending = {}
        elif rows and not line.rstrip().endswith((",", "-", "–", "/")):
            for k, v in cols.items():
                rows[-1].cells[k] = f"{rows[-1].cells.get(k, '')} {v}".strip()
            rows[-1].joined = True
        else:
            for k, v in cols.items():
                pending[k] = f"{pending.get(k, '')} {v}".strip()
    return rows


_REMARKED = re.compile(r"(?P<m>[^\s,;(]+)\s*(?:\([^()]*\)|[,;]\s*.+|\s[-–—]\s*.+)")
"""A mark with a remark after it ("ne (štáb)", "ano – hlavní", "yes, primary")."""


def _mark(cell: str) -> str:
    """The mark of a cell: the cell, or the yes or no its remark follows."""
    m = _REMARKED.fullmatch(cell)
    return m.group("m") if m is not None and m.group("m") in (_YES | _NO) else cell


def _marks_only(col: int, rows: Sequence[_Row]) -> bool:
    """Whether a column's cells are marks (yes, no, a tick, empty, a contact word)."""
    for r in rows:
        cell = _mark(r.cells.get(col, "").strip().lower().strip("."))
        if cell and cell not in _YES and cell not in _NO and not _CONTACT.fullmatch(cell):
            return False
    return True


def _marked(table: _Table, row: _Row) -> bool | None:
    """Whether the table marks the row as the contact's: True, False, or None (silent)."""
    if table.mark_col is not None:
        cell = row.cells.get(table.mark_col, "").strip().lower().strip(".")
        mark = _mark(cell)
        if mark in _YES or _CONTACT.search(cell):
            return not _NOT_NOW.search(cell) or cell in _YES
        return False if mark in _NO or not cell else None
    role = row.cells.get(table.role_col, "") if table.role_col is not None else ""
    own = own_role(row.cells.get(table.name_col, ""))[1]
    if _CONTACT.search(own):  # the role the name's own cell gives is the person's
        return not _NOT_NOW.search(own)
    others = " ".join(v for k, v in row.cells.items() if k != table.name_col)
    text = role if _CONTACT.search(role) else others
    if not _CONTACT.search(text):
        return False
    return not _NOT_NOW.search(text)


_TITLE_LINE = re.compile(r"^[\W_]*(?P<t>[^\t|:]{2,40}?)[\W_]*$")


def _titled(lines: Sequence[str], i: int) -> bool:
    """Whether the line above a table's header is a title of its own (a sheet's name, a
    heading) that names contacts: "Kontakt", "Kontaktní osoba", "Contact persons"."""
    if i == 0:
        return False
    m = _TITLE_LINE.match(lines[i - 1].strip())
    return m is not None and _CONTACT.fullmatch(m.group("t").split()[0]) is not None and len(m.group("t").split()) <= 3


def contact_row(lines: Sequence[str]) -> PersonRow | None:
    """The row of a table of people that the table marks as the contact's, the first such
    table only; ``sole`` is False when more rows are marked or a row's mark is unclear."""
    for i, line in enumerate(lines):
        low = line.lower()
        if not any(w in low for w in _HEADER_STEMS):
            continue
        table = _header(lines, i)
        if table is None:
            continue
        rows = _rows(lines, table)
        if _titled(lines, i) and table.role_col is None and table.mark_col is None and rows:
            # a table under its own title naming the contact ("Kontakt", "Contact person",
            # a sheet so named): its people are the contacts, the first one when several
            row = rows[0]
            text = "\t".join(row.cells[k] for k in sorted(row.cells))
            others = tuple(r.cells.get(table.name_col, "") for r in rows[1:])
            sole = len(rows) == 1 and not row.joined
            return PersonRow(row.idx, own_role(row.cells.get(table.name_col, ""))[0], text, sole, others)
        if table.role_col is None and table.mark_col is None and not _CONTACT.search(line) and not any(
            _CONTACT.search(own_role(r.cells.get(table.name_col, ""))[1]) for r in rows
        ):
            continue
        if len(rows) < 2:
            continue
        if table.mark_col is not None and not _marks_only(table.mark_col, rows):
            # a column headed "Kontakt" holding phones or addresses marks nobody
            table = dataclasses.replace(table, mark_col=None)
        marks = [_marked(table, r) for r in rows]
        chosen = [r for r, m in zip(rows, marks, strict=True) if m]
        if not chosen:
            continue
        row = chosen[0]
        text = "\t".join(row.cells[k] for k in sorted(row.cells))
        sole = len(chosen) == 1 and None not in marks and not any(r.joined for r in rows)
        others = tuple(r.cells.get(table.name_col, "") for r in rows if r is not row)
        name = own_role(row.cells.get(table.name_col, ""))[0]
        return PersonRow(row.idx, name, text, sole, others)
    return None
