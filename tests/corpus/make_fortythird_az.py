"""Regenerate the forty-third-round held-out part, prefix ``az`` (tests/corpus/fortythird/
az001-… to az042-…), from its case specs (fortythird_az_*.py):

    .venv/bin/python -m tests.corpus.make_fortythird_az

It writes only ``az###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes, [x]/[ ] and ANO/NE (Ja/Nein) columns; tables with role columns, row headers,
merged and nested cells; workbooks with several sheets; documents with letterheads, page headers
and footers; thirteen data messages with the application in the annotation, in the file or split
between them; cover notes and annotations that change the attachment (an address, the contact,
a phone, a withdrawn request, a superseded version); signature blocks with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortythird_az_1, fortythird_az_2, fortythird_az_3
from tests.corpus.parts import Part

PART = Part(
    prefix="az",
    out=Path(__file__).parent / "fortythird",
    n0=12400,
    case_lists=(fortythird_az_1.CASES, fortythird_az_2.CASES, fortythird_az_3.CASES),
    noun="forty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
