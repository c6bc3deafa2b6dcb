"""Regenerate the twentythird-round held-out part, prefix ``qb`` (tests/corpus/twentythird/
qb001-… to qb042-…), from its case specs (twentythird_qb_*.py):

    .venv/bin/python -m tests.corpus.make_twentythird_qb

It writes only ``qb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments sent with a short cover mail or an empty body, forms with box
characters, brackets and ANO/NE columns, tables with role columns, row headers and merged
cells, data messages with the application only in the annotation, only in the attached file or
in both, cover notes that change what the attachment says, and letterheads and signature blocks
carrying IČO and data-box IDs. They were written by hand apart from the extraction rules: score
them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentythird_qb_1, twentythird_qb_2, twentythird_qb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="qb",
    out=Path(__file__).parent / "twentythird",
    n0=6400,
    case_lists=(twentythird_qb_1.CASES, twentythird_qb_2.CASES, twentythird_qb_3.CASES),
    noun="twentythird-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
