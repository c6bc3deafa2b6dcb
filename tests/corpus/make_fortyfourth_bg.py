"""Regenerate the forty-fourth-round held-out part, prefix ``bg`` (tests/corpus/fortyfourth/
bg001-… to bg042-…), from its case specs (fortyfourth_bg_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfourth_bg

It writes only ``bg###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes (☒/☐/☑), [x]/[ ] marks and ANO/NE (Ja/Nein, TAK/NIE) columns; tables with role
columns, row headers, merged and nested cells; workbooks with two and three sheets; documents
with letterheads, page headers and footers; twelve data messages with the application in the
annotation, in the file or split between them (two from natural persons in business); cover
notes and annotations that change the attachment (a test address, the contact, a phone, a
withdrawn filming request, a superseded PDF); signature blocks with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfourth_bg_1, fortyfourth_bg_2, fortyfourth_bg_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bg",
    out=Path(__file__).parent / "fortyfourth",
    n0=12700,
    case_lists=(fortyfourth_bg_1.CASES, fortyfourth_bg_2.CASES, fortyfourth_bg_3.CASES),
    noun="forty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
