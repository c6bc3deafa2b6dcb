"""Regenerate the fiftieth-round held-out part, prefix ``by`` (tests/corpus/fiftieth/
by001-… to by042-…), from its case specs (fiftieth_by_*.py):

    .venv/bin/python -m tests.corpus.make_fiftieth_by

It writes only ``by###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments (one carrying its own DOCX) behind a short cover mail or an empty
body; forms with ☒/☐/☑ boxes, [x]/[ ] marks and ANO/NE (Ja/Nein) columns, several with their
template hints left in ("sem uveďte IP adresu", "example: 192.0.2.1", "vyplňte"); documents
with reviewer notes ("[pozn.: doplnit]", "(ověřit s IT)"); tables with role columns, row
headers, merged headings and a nested table; workbooks with several sheets, notes columns and
totals rows; documents with letterheads, page headers and footers; applications written on
another authority's form (interior ministry, a regional authority, the telecoms office)
adapted for ČSÚ; twelve data messages with the application in the annotation, in the file or
split between them, three of them with an older and a newer version of the application;
cover notes that change the attachment (a test address, a phone, a withdrawn filming request,
an added backup address); signature blocks with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftieth_by_1, fiftieth_by_2, fiftieth_by_3
from tests.corpus.parts import Part

PART = Part(
    prefix="by",
    out=Path(__file__).parent / "fiftieth",
    n0=14500,
    case_lists=(fiftieth_by_1.CASES, fiftieth_by_2.CASES, fiftieth_by_3.CASES),
    noun="fiftieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
