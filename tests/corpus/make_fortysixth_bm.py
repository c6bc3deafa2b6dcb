"""Regenerate the forty-sixth-round held-out part, prefix ``bm`` (tests/corpus/fortysixth/
bm001-… to bm042-…), from its case specs (fortysixth_bm_*.py):

    .venv/bin/python -m tests.corpus.make_fortysixth_bm

It writes only ``bm###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes (☑/☒/☐), [x]/[ ] marks and ANO/NE (Ja/Nein, YES/NO) columns, and form lines
whose label words share a cell or line with the value ("Název a IČO: …", "Name / ID: …",
"Žadatel (název, IČO): …"); tables with role columns (záloha, vývoj), row headers, merged,
rowspan and nested cells; workbooks with two and three sheets; documents with letterheads,
page headers and footers; eleven data messages with the application in the annotation, in the
file or split between them (three from natural persons in business); cover notes and
annotations in Czech, Slovak, English, German and Polish that withdraw, add or change something
in the attachment (a test address, a production address, a filming or feed request, the
contact, a phone, a mistyped address, a superseded PDF); signature blocks with IČO and data-box
IDs. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysixth_bm_1, fortysixth_bm_2, fortysixth_bm_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bm",
    out=Path(__file__).parent / "fortysixth",
    n0=13300,
    case_lists=(fortysixth_bm_1.CASES, fortysixth_bm_2.CASES, fortysixth_bm_3.CASES),
    noun="forty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
