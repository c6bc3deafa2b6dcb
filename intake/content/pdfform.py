"""A PDF form's filled-in values (AcroForm text and choice fields) as text beside their labels.

A fillable PDF keeps what the applicant typed in its form fields (the field's ``/V``), not in
the page's text: the page has only the labels. Each filled field of a page is written into the
page's layout text in reading order: after the label on its left on the same line ("IČO" then
the number, as a typed form reads), else as a line "label: value" below the label right above
the field, else (no text beside it) as a line of the field's own name (its tooltip ``/TU``,
else its name ``/T``) and its value, after the text above it. Check boxes and radio buttons
are ``intake.content.marks``'s (``pdf_boxes``). Hidden and password fields and push buttons
are left out; an XFA form's data is not read (only AcroForm values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from intake.content.marks import Fragment, inherited

_HIDDEN = 1 << 1  # annotation flag /F: not shown, not printed
_PASSWORD = 1 << 13  # text field flag /Ff
_MULTI_LINES = re.compile(r"\s*[\r\n]+\s*")


@dataclass(frozen=True)
class PdfField:
    """A filled text or choice field's widget on a page: its value (its lines joined by ", "),
    its rectangle (x0, y0, x1, y1) and its field's name (``/TU``, else ``/T`` made readable)."""

    value: str
    rect: tuple[float, float, float, float]
    name: str


def pdf_fields(page: Any) -> list[PdfField]:
    """The filled text and choice fields among a page's widget annotations, one per field
    and value (a field shown by two widgets on a page counts once)."""
    annots = page.get("/Annots")
    if annots is None:
        return []
    out: list[PdfField] = []
    seen: set[tuple[str, str]] = set()
    for ref in annots.get_object():
        a = ref.get_object()
        if a.get("/Subtype") != "/Widget" or int(a.get("/F") or 0) & _HIDDEN:
            continue
        kind = inherited(a, "/FT")
        if kind not in ("/Tx", "/Ch"):
            continue
        if kind == "/Tx" and int(inherited(a, "/Ff") or 0) & _PASSWORD:
            continue
        value = _value(a, kind)
        name = field_name(a)
        if not value or (name, value) in seen:
            continue
        seen.add((name, value))
        x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
        out.append(PdfField(value, (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), name))
    return out


def _value(a: Any, kind: str) -> str:
    raw = inherited(a, "/V")
    if raw is None:
        return ""
    raw = raw.get_object() if hasattr(raw, "get_object") else raw
    values = list(raw) if isinstance(raw, list) else [raw]
    if kind == "/Ch":  # an option's export value shown as its display text
        shown = _option_texts(inherited(a, "/Opt"))
        values = [shown.get(_text(v), v) for v in values]
    texts = [_MULTI_LINES.sub(", ", _text(v)).strip(" ,") for v in values]
    return ", ".join(t for t in texts if t)


def _option_texts(opt: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for o in opt.get_object() if opt is not None else []:
        o = o.get_object() if hasattr(o, "get_object") else o
        if isinstance(o, list) and len(o) == 2:
            out[_text(o[0])] = _text(o[1])
    return out


def _text(v: Any) -> str:
    """A PDF string or name as text (a name without its slash); a stream or a dictionary
    (rich text, an unreadable value) as nothing."""
    if isinstance(v, str):
        return v[1:] if v.startswith("/") and type(v).__name__ == "NameObject" else v
    return ""


_NAME_PARTS = re.compile(r"\[\d+\]|[_.\-]+")
_CAMEL = re.compile(r"(?<=[a-zà-ž])(?=[A-ZÀ-Ž])")


def field_name(a: Any) -> str:
    """A field's name to read as its label: its tooltip, else its partial name with the
    parts of a generated name (``form1[0].page1[0].prodIP[0]``) and the joints of a
    programmer's name (``ip_prod``, ``ipProd``) as spaces."""
    tip = _text(inherited(a, "/TU")).strip()
    if tip:
        return " ".join(tip.split())
    name = _text(inherited(a, "/T"))
    last = _NAME_PARTS.sub(" ", name.rsplit(".", 1)[-1] if "[" in name else name)
    return " ".join(_CAMEL.sub(" ", last).split())


_ABOVE_REACH = 28.0
"""Points between a field's top and the baseline of a label above it at most."""


def place_pdf_fields(text: str, fields: list[PdfField], fragments: list[Fragment]) -> str:
    """A page's layout text with each field's value after its label (see the module)."""
    lines = text.split("\n")
    added: list[tuple[int, int, str]] = []  # (after line, order, text)
    row = 0
    for n, fd in enumerate(sorted(fields, key=lambda fd: (-fd.rect[3], fd.rect[0]))):
        left = _left_label(fd, fragments)
        at = _find(lines, left.text, row) if left else None
        if left is not None and at is not None:
            i, j = at
            end = j + len(left.text)
            if fd.value not in lines[i][end:]:
                lines[i] = f"{lines[i][:end]}   {fd.value}{lines[i][end:]}"
            row = i
            continue
        above = _label_above(fd, fragments)
        at = _find(lines, above.text, 0) if above else None
        if above is not None and at is not None:
            label = above.text.strip().rstrip(":").strip()
            added.append((at[0], n, f"{label}: {fd.value}"))
            continue
        added.append((_line_above(fd, fragments, lines), n, f"{fd.name}: {fd.value}".lstrip(": ")))
    for i, _, line in sorted(added, reverse=True):
        lines.insert(i + 1, line)
    return "\n".join(lines)


def _left_label(fd: PdfField, fragments: list[Fragment]) -> Fragment | None:
    x0, y0, _, y1 = fd.rect
    line = [f for f in fragments if y0 - 4 <= f.y <= y1 + 2 and f.x < x0]
    return max(line, key=lambda f: f.x) if line else None


def _label_above(fd: PdfField, fragments: list[Fragment]) -> Fragment | None:
    x0, _, x1, y1 = fd.rect
    above = [f for f in fragments if y1 - 2 < f.y <= y1 + _ABOVE_REACH and x0 - 20 <= f.x < x1]
    return min(above, key=lambda f: (f.y, abs(f.x - x0))) if above else None


def _find(lines: list[str], text: str, row: int) -> tuple[int, int] | None:
    for i in [*range(row, len(lines)), *range(row)]:
        j = lines[i].find(text)
        if j >= 0:
            return i, j
    return None


def _line_above(fd: PdfField, fragments: list[Fragment], lines: list[str]) -> int:
    """The layout line of the nearest text above the field's middle (-1: none, the top)."""
    middle = (fd.rect[1] + fd.rect[3]) / 2
    above = sorted((f for f in fragments if f.y > middle), key=lambda f: f.y)
    for f in above:
        at = _find(lines, f.text, 0)
        if at is not None:
            return at[0]
    return -1
