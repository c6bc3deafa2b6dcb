"""Regenerate the fifty-second-round held-out part, prefix ``ch`` (tests/corpus/fiftysecond/
ch001-… to ch042-…), from its case specs (fiftysecond_ch_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysecond_ch

It writes only ``ch###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments (one carrying the PDF itself) behind a short cover mail or an empty
body; forms filled in by hand and scanned to text with ticks rendered as "V", "X", "✓" or "☒";
[x]/[ ] and ANO/NE forms; tables with role columns, row headers and merged cells; workbooks with
two and three sheets, helper columns and a "poznámka" column that withdraws a row; two-page
PDFs whose address table continues on page two without its header; ODT letters whose footer
names another contact than the body; ten data messages with the application in the annotation,
in the file or split between them, two of them sent by a parent company's box for a subsidiary
medium; applications attached twice, as PDF and DOCX that agree; cover notes and annotations
that change the attachment; signature blocks with IČO and data-box IDs. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysecond_ch_1, fiftysecond_ch_2, fiftysecond_ch_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ch",
    out=Path(__file__).parent / "fiftysecond",
    n0=15100,
    case_lists=(fiftysecond_ch_1.CASES, fiftysecond_ch_2.CASES, fiftysecond_ch_3.CASES),
    noun="fifty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
