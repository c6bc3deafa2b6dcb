"""Regenerate the fifty-third-round held-out part, prefix ``ck`` (tests/corpus/fiftythird/
ck001-… to ck042-…), from its case specs (fiftythird_ck_*.py):

    .venv/bin/python -m tests.corpus.make_fiftythird_ck

It writes only ``ck###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ☒/☐ content
controls under 'zaškrtněte', [x]/[ ] marks, ANO/NE columns and an RTF whose wrong ANO/NE word
is struck through; tables with role columns, row headers, merged and nested cells, a workbook of
three sheets and one whose roles sit in a 'Pozn.' row below the table; a PDF letter with the
addresses in an image caption and a text table; documents with letterheads, page headers and
footers; ten data messages with the application in the annotation, in the file or split
between them, two of them annotated only 'viz příloha' with the file(s) described as two
documents; cover notes and annotations that change the attachment (a test address, the
contact, a phone, a withdrawn filming box); signature blocks with IČO and data-box ID, one with
the DIČ only; a Danish agency filling the Czech template in English. They were written by hand
apart from the extraction rules: score them only at the end of the round, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftythird_ck_1, fiftythird_ck_2, fiftythird_ck_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ck",
    out=Path(__file__).parent / "fiftythird",
    n0=15400,
    case_lists=(fiftythird_ck_1.CASES, fiftythird_ck_2.CASES, fiftythird_ck_3.CASES),
    noun="fifty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
