"""Regenerate the nineteenth-round held-out part, prefix ``mb`` (tests/corpus/nineteenth/
mb001-… to mb042-…), from its case specs (nineteenth_mb_*.py):

    .venv/bin/python -m tests.corpus.make_nineteenth_mb

It writes only ``mb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, [x]/[ ] brackets and ANO/NE columns, tables with role columns or row headers,
data messages with the application only in the annotation, only in the attached file or in
both, cover notes that change something in the attachment, and letterheads and signature blocks
with IČO and data-box IDs. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import nineteenth_mb_1, nineteenth_mb_2, nineteenth_mb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="mb",
    out=Path(__file__).parent / "nineteenth",
    n0=5200,
    case_lists=(nineteenth_mb_1.CASES, nineteenth_mb_2.CASES, nineteenth_mb_3.CASES),
    noun="nineteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
