"""Regenerate the fortieth-round held-out part, prefix ``aq`` (tests/corpus/fortieth/
aq001-… to aq042-…), from its case specs (fortieth_aq_*.py):

    .venv/bin/python -m tests.corpus.make_fortieth_aq

It writes only ``aq###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF and
TXT attachments and forwarded .eml files with a short cover mail or an empty body; forms with
ticked and unticked box characters, [x]/[ ] brackets, ✔/✘ marks and ANO/NE columns; tables
with role columns, row headers, merged and nested cells; data messages with the application
only in the annotation, only in the attached file, or in both (the annotation correcting the
file); cover notes that change the attachment; letterheads and signature blocks with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at
the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortieth_aq_1, fortieth_aq_2, fortieth_aq_3
from tests.corpus.parts import Part

PART = Part(
    prefix="aq",
    out=Path(__file__).parent / "fortieth",
    n0=11500,
    case_lists=(fortieth_aq_1.CASES, fortieth_aq_2.CASES, fortieth_aq_3.CASES),
    noun="fortieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
