"""Regenerate the twentyfourth-round held-out part, prefix ``rb`` (tests/corpus/twentyfourth/
rb001-… to rb042-…), from its case specs (twentyfourth_rb_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfourth_rb

It writes only ``rb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, [x]/[ ] brackets and ANO/NE columns, tables with role columns, row headers and
merged role cells, cover notes that correct or withdraw something in the attached file,
letterheads, footers and signature blocks carrying the IČO and data-box ID, and data messages
with the application only in the annotation, only in the attached file, or in both. They were
written by hand apart from the extraction rules: score them only at the end of the round,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfourth_rb_1, twentyfourth_rb_2, twentyfourth_rb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="rb",
    out=Path(__file__).parent / "twentyfourth",
    n0=6700,
    case_lists=(twentyfourth_rb_1.CASES, twentyfourth_rb_2.CASES, twentyfourth_rb_3.CASES),
    noun="twentyfourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
