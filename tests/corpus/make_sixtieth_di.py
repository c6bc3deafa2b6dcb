"""Regenerate the sixtieth-round held-out part, prefix ``di`` (tests/corpus/sixtieth/di001-… to
di042-…), from its case specs (sixtieth_di_*.py):

    .venv/bin/python -m tests.corpus.make_sixtieth_di

It writes only ``di###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: every case carries a file (PDF,
DOCX, ODT, ODS, XLSX, RTF, TXT or a forwarded .eml, some inside the forwarded mail); fifteen
data messages; cover mails that add to, correct or withdraw part of the file; forms with
☑/☒/☐, [x]/[ ] and ANO/NE columns; tables with row headers, column headers and merged role
cells; letterheads and footers with the firm's identifiers. New this round: a DOCX with an
unaccepted tracked change (w:del/w:ins), DOCX forms filled in content controls (w:sdt, Word
checkbox controls, a placeholder still showing), a PDF whose values live in AcroForm fields, a
workbook with sheets "2022" and "2023", ODS spreadsheets, a data message "Žádost – viz příloha"
whose letter and form disagree, a scanned letter under a garbled OCR text layer. The builders
of the new file kinds are in sixtieth_di_common. Written by hand apart from the extraction
rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtieth_di_1, sixtieth_di_2, sixtieth_di_3
from tests.corpus.parts import Part

PART = Part(
    prefix="di",
    out=Path(__file__).parent / "sixtieth",
    n0=17500,
    case_lists=(sixtieth_di_1.CASES, sixtieth_di_2.CASES, sixtieth_di_3.CASES),
    noun="sixtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
