"""Regenerate the thirty-second-round held-out part, prefix ``zb`` (tests/corpus/thirtysecond/
zb001-… to zb042-…), from its case specs (thirtysecond_zb_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysecond_zb

It writes only ``zb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE or Yes/No columns, tables with role columns or row
headers, data messages with the application only in the annotation, only in the file or in
both, cover notes that change something in the attachment, and letterheads and signature
blocks with IČO and data-box IDs. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysecond_zb_1, thirtysecond_zb_2, thirtysecond_zb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="zb",
    out=Path(__file__).parent / "thirtysecond",
    n0=9100,
    case_lists=(thirtysecond_zb_1.CASES, thirtysecond_zb_2.CASES, thirtysecond_zb_3.CASES),
    noun="thirty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
