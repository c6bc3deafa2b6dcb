"""Regenerate the thirty-fourth-round held-out part, prefix ``cb`` (tests/corpus/thirtyfourth/
cb001-… to cb042-…), from its case specs (thirtyfourth_cb_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfourth_cb

It writes only ``cb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE columns, tables with role columns and row headers,
data messages with the application only in the annotation, only in the attached file or in both,
cover notes that change something in the attachment, and letterheads and signature blocks with
IČO and data-box IDs. They were written by hand apart from the extraction rules: score them only
at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfourth_cb_1, thirtyfourth_cb_2, thirtyfourth_cb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cb",
    out=Path(__file__).parent / "thirtyfourth",
    n0=9700,
    case_lists=(thirtyfourth_cb_1.CASES, thirtyfourth_cb_2.CASES, thirtyfourth_cb_3.CASES),
    noun="thirty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
