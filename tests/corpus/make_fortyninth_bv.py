"""Regenerate the forty-ninth-round held-out part, prefix ``bv`` (tests/corpus/fortyninth/
bv001-… to bv042-…), from its case specs (fortyninth_bv_*.py):

    .venv/bin/python -m tests.corpus.make_fortyninth_bv

It writes only ``bv###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments (one carrying a workbook of its own) behind a short cover mail or an
empty body; forms with ticked and unticked boxes, [x]/[ ] marks and ANO/NE columns, and fields
filled in and then struck out or marked "zrušeno"/"neplatí"; forms filled partly in English;
tables with role columns, row headers, merged and nested cells; workbooks whose address rows
carry a status column (aktivní, vyřazeno, plánováno), one with three sheets; documents with
letterheads, page headers and footers, some of whose footers repeat the applicant with an old
address or phone; eleven data messages with the application in the annotation, in a file or
split between them, three whose first file is only a cover letter (one with three files), two
from natural persons in business; cover notes, replies and annotations that change the
attachment; signature blocks with IČO and data-box ID. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyninth_bv_1, fortyninth_bv_2, fortyninth_bv_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bv",
    out=Path(__file__).parent / "fortyninth",
    n0=14200,
    case_lists=(fortyninth_bv_1.CASES, fortyninth_bv_2.CASES, fortyninth_bv_3.CASES),
    noun="forty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
