"""Regenerate the forty-fifth-round held-out part, prefix ``bj`` (tests/corpus/fortyfifth/
bj001-… to bj042-…), from its case specs (fortyfifth_bj_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfifth_bj

It writes only ``bj###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes (☒/☐/☑), [x]/[ ] marks, ANO/NE (Ja/Nein, TAK/NIE) columns and X grids; tables
with role columns, row headers, merged role cells and a nested contact table; a workbook with
three sheets and others with two; documents with letterheads, page headers and footers; twelve
data messages with the application in the annotation, in the file or split between them (three
from natural persons in business, two with two files); cover notes and annotations that change
the attachment (a test address, the contact, a phone, a withdrawn filming request, a superseded
file); signature blocks and footers with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfifth_bj_1, fortyfifth_bj_2, fortyfifth_bj_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bj",
    out=Path(__file__).parent / "fortyfifth",
    n0=13000,
    case_lists=(fortyfifth_bj_1.CASES, fortyfifth_bj_2.CASES, fortyfifth_bj_3.CASES),
    noun="forty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
