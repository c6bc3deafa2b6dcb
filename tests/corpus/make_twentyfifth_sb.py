"""Regenerate the twentyfifth-round held-out part, prefix ``sb`` (tests/corpus/twentyfifth/
sb001-… to sb042-…), from its case specs (twentyfifth_sb_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfifth_sb

It writes only ``sb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, [x]/[ ] brackets and ANO/NE columns, tables with role columns or row headers,
data messages with the application only in the annotation, only in the attached file or in both,
cover notes that change something in the attachment, and letterheads and signature blocks with
IČO and data-box IDs. They were written by hand apart from the extraction rules: score them only
at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfifth_sb_1, twentyfifth_sb_2, twentyfifth_sb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="sb",
    out=Path(__file__).parent / "twentyfifth",
    n0=7000,
    case_lists=(twentyfifth_sb_1.CASES, twentyfifth_sb_2.CASES, twentyfifth_sb_3.CASES),
    noun="twentyfifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
