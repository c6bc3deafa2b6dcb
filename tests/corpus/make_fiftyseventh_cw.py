"""Regenerate the fifty-seventh-round held-out part, prefix ``cw`` (tests/corpus/fiftyseventh/
cw001-… to cw042-…), from its case specs (fiftyseventh_cw_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyseventh_cw

It writes only ``cw###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes (☒/☐/☑), [x]/[ ] marks and ANO/NE columns (a DOCX whose feed box is unticked
though its address table is filled in, an RTF "ANO / NE – nehodící se škrtněte" where only the
chosen word is left); tables with role columns, row headers and merged cells; workbooks with
several sheets (one whose first sheet is instructions with example addresses); a two-page PDF
whose "Příloha č. 1" carries the addresses; documents with letterheads, page headers and
footers; eleven data messages with the application in the annotation, in the file or split
between them (one carrying a superseded older version beside the application, one whose only
file is a power of attorney naming someone else); cover notes and annotations that change the
attachment; signature blocks with IČO (also spaced, or only a DIČ) and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyseventh_cw_1, fiftyseventh_cw_2, fiftyseventh_cw_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cw",
    out=Path(__file__).parent / "fiftyseventh",
    n0=16600,
    case_lists=(fiftyseventh_cw_1.CASES, fiftyseventh_cw_2.CASES, fiftyseventh_cw_3.CASES),
    noun="fifty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
