"""Regenerate the fifty-first-round held-out part, prefix ``ce`` (tests/corpus/fiftyfirst/
ce001-… to ce042-…), from its case specs (fiftyfirst_ce_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfirst_ce

It writes only ``ce###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes, [x]/[ ] marks and ANO/NE (Ja/Nein, TAK/NIE) columns, three of them with ANO and
NE both ticked by mistake and explained in the cover; PDFs exported from a spreadsheet with the
column headers repeated on every page; DOCX documents whose text boxes and footnotes carry the
contact, the addresses or the IČO; tables with role columns, row headers and merged cells, a
three-sheet workbook; scanned-like TXT with OCR slips (O for 0, l for 1 in addresses and IČO);
twelve data messages, several from branches (odštěpné závody) of a company, with the
application in the annotation, in the file or split between them; cover notes and annotations
that change the attachment; signature blocks with IČO and data-box IDs. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfirst_ce_1, fiftyfirst_ce_2, fiftyfirst_ce_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ce",
    out=Path(__file__).parent / "fiftyfirst",
    n0=14800,
    case_lists=(fiftyfirst_ce_1.CASES, fiftyfirst_ce_2.CASES, fiftyfirst_ce_3.CASES),
    noun="fifty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
