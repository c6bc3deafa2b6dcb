"""Regenerate the fifty-eighth-round held-out part, prefix ``cz`` (tests/corpus/fiftyeighth/
cz001-… to cz042-…), from its case specs (fiftyeighth_cz_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyeighth_cz

It writes only ``cz###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ☒/☐, [x]/[ ]
and ANO/NE (TAK/NIE) columns; tables with role columns, row headers, merged and nested cells; a
workbook with one sheet per election round and others with several sheets; documents with
letterheads, page headers and footers (one whose only contact is its footer); a PDF whose
address table wraps long organisation names; an ODT signature table of three people with one
'kontaktní osoba'; twelve data messages with the application in the annotation, in the file or
both (a brand in the annotation and the legal entity in the file, a faculty's box applying for
its university); cover notes and annotations that change the attachment; signature blocks with
IČO (one only as IČ/DIČ) and data-box IDs. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyeighth_cz_1, fiftyeighth_cz_2, fiftyeighth_cz_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cz",
    out=Path(__file__).parent / "fiftyeighth",
    n0=16900,
    case_lists=(fiftyeighth_cz_1.CASES, fiftyeighth_cz_2.CASES, fiftyeighth_cz_3.CASES),
    noun="fifty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
