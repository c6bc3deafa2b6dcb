"""Regenerate the thirty-third-round held-out part, prefix ``bb`` (tests/corpus/thirtythird/
bb001-… to bb042-…), from its case specs (thirtythird_bb_*.py):

    .venv/bin/python -m tests.corpus.make_thirtythird_bb

It writes only ``bb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments under a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE or Yes/No columns, tables with role columns or row
headers, data messages with the application only in the annotation, only in the attached file
or in both, cover notes that change what the attachment says, and letterheads and signature
blocks with IČO and data-box IDs. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtythird_bb_1, thirtythird_bb_2, thirtythird_bb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bb",
    out=Path(__file__).parent / "thirtythird",
    n0=9400,
    case_lists=(thirtythird_bb_1.CASES, thirtythird_bb_2.CASES, thirtythird_bb_3.CASES),
    noun="thirty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
