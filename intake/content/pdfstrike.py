"""Struck-out words of a PDF: a horizontal rule drawn through the middle of words (a form's
option struck by hand or by an editor), read from the drawn lines and thin rectangles
(``pdfplumber``) and written into the page's layout text as struck text
(``intake.content.marks``), the way a DOCX or HTML strike is.

Only read on pages whose text invites striking ("nehodící se škrtněte", "delete as
appropriate") or says something was struck: a rule across text elsewhere is an underline, a
table's border or a drawing more often than a stroke, and reading every page's drawing
would cost every PDF time."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Collection
from typing import Any

from intake.content.marks import strike

log = logging.getLogger(__name__)

STRIKE_HINT = re.compile(
    r"(?i)(?=[nšspdcgbtvzxr])(?:n[eě]hod[ií]c|nehodiac|(?:pře|pre|vy)[šs]krt|(?<!za)[šs]krt|pre[čc]iark|"
    r"(?:delete|strike|cross)\s+(?:out|through|as|whichever)|struck|crossed\s+out|"
    r"(?:durch)?streich|gestrichen|skre[śs]l|przekre[śs]l|barr(?:er|ez|é)|ray(?:er|ez)\s|tach(?:ar|e|ad))"
)
"""Words inviting or telling of a stroke across an option, in a PDF's text."""
_THIN = 1.6
"""A rectangle this low is a drawn line."""
_MIDDLE = (0.3, 0.78)
"""Where a stroke crosses a word: between these fractions of its height from the top (an
underline lies lower, an overline higher)."""
_COVER = 0.6
"""The share of a word's width a stroke covers at least."""


def _rules(page: Any) -> list[tuple[float, float, float]]:
    """(x0, x1, y) of each horizontal rule of a page: a line or a thin rectangle."""
    out = [
        (ln["x0"], ln["x1"], ln["top"]) for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.5
    ]
    out += [
        (r["x0"], r["x1"], (r["top"] + r["bottom"]) / 2)
        for r in page.rects
        if r["bottom"] - r["top"] <= _THIN and r["x1"] - r["x0"] > 2
    ]
    return out


def _struck(word: dict[str, Any], rules: list[tuple[float, float, float]]) -> bool:
    height = word["bottom"] - word["top"]
    low, high = word["top"] + _MIDDLE[0] * height, word["top"] + _MIDDLE[1] * height
    width = max(word["x1"] - word["x0"], 0.1)
    return any(
        low <= y <= high and (min(x1, word["x1"]) - max(x0, word["x0"])) / width >= _COVER
        for x0, x1, y in rules
    )


def _runs(page: Any) -> list[list[str]]:
    """The struck words of a page, in runs of neighbours on one line."""
    rules = _rules(page)
    if not rules:
        return []
    runs: list[list[str]] = []
    last: dict[str, Any] | None = None
    for word in page.extract_words():
        if not _struck(word, rules):
            last = None
            continue
        if last is not None and abs(word["top"] - last["top"]) < 2:
            runs[-1].append(word["text"])
        else:
            runs.append([word["text"]])
        last = word
    return runs


def struck_runs_of(data: bytes, pages: Collection[int]) -> dict[int, list[list[str]]]:
    """The struck words of the pages ``pages`` (0-based), in runs; empty when the file
    cannot be read this way."""
    import pdfplumber

    out: dict[int, list[list[str]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for n in sorted(pages):
                if n < len(pdf.pages):
                    out[n] = _runs(pdf.pages[n])
    except Exception as exc:  # a file pdfplumber cannot read: the text stays unstruck
        log.warning("PDF strokes not read: %s", type(exc).__name__)
        return {}
    return out


def with_strokes(text: str, runs: list[list[str]]) -> str:
    """The page's layout text with each struck run struck, where the run's words stand
    exactly once in it (a run found twice or not at all is left as it is)."""
    for run in runs:
        pattern = re.compile(r"(?<!\S)" + r"\s+".join(map(re.escape, run)) + r"(?!\S)")
        found = list(pattern.finditer(text))
        if len(found) == 1:
            m = found[0]
            text = text[: m.start()] + strike(m.group()) + text[m.end() :]
    return text
