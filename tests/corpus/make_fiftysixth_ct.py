"""Regenerate the fifty-sixth-round held-out part, prefix ``ct`` (tests/corpus/fiftysixth/
ct001-… to ct042-…), from its case specs (fiftysixth_ct_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysixth_ct

It writes only ``ct###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments (one with its own PDF inside) behind a short cover mail or an empty
body; forms with ☒/☐/☑ boxes, [x]/[ ] marks and ANO/NE (TAK/NIE, Ja/Nein) columns; tables with
role columns, row headers and merged cells (an ODT whose test addresses sit in a cell spanning
two rows, a workbook with a merged role column), workbooks with two and three sheets, an XLSX
with one row per address and a free-worded "účel" column; documents with letterheads, page
headers and footers (an RTF whose footer holds a law firm's IČO, a DOCX giving only the DIČ, an
English DOCX from a Czech subsidiary of a foreign group); twelve data messages with the
application in the annotation, in the file or split between them (an annotation that is only
"Naše č.j. 41/2022", two from natural persons in business, one naming a quoted trade name);
cover notes and annotations that change the attachment (a test address, the contact, an added
IPv6 address, a withdrawn filming request, a correcting PDF); signature blocks with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at
the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysixth_ct_1, fiftysixth_ct_2, fiftysixth_ct_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ct",
    out=Path(__file__).parent / "fiftysixth",
    n0=16300,
    case_lists=(fiftysixth_ct_1.CASES, fiftysixth_ct_2.CASES, fiftysixth_ct_3.CASES),
    noun="fifty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
