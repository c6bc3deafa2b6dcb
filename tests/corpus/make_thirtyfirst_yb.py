"""Regenerate the thirty-first-round held-out part, prefix ``yb`` (tests/corpus/thirtyfirst/
yb001-… to yb042-…), from its case specs (thirtyfirst_yb_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfirst_yb

It writes only ``yb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind short or empty cover mails, forms with ticked and
unticked boxes, brackets and ANO/NE (Ja/Nein) columns, tables with role columns, row headers and
merged role cells, cover notes and annotations that change a value of their attachment,
letterheads and signature blocks with IČO and box IDs, and thirteen data messages with the
application in the annotation, in the file or in both. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfirst_yb_1, thirtyfirst_yb_2, thirtyfirst_yb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="yb",
    out=Path(__file__).parent / "thirtyfirst",
    n0=8800,
    case_lists=(thirtyfirst_yb_1.CASES, thirtyfirst_yb_2.CASES, thirtyfirst_yb_3.CASES),
    noun="thirty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
