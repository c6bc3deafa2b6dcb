"""Regenerate the forty-second-round held-out part, prefix ``aw`` (tests/corpus/fortysecond/
aw001-… to aw042-…), from its case specs (fortysecond_aw_*.py):

    .venv/bin/python -m tests.corpus.make_fortysecond_aw

It writes only ``aw###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, [x]/[ ] and ANO/NE columns, tables with role columns or row headers, data
messages with the application in the annotation, in the file or both, cover notes that change
the attachment, letterheads and signature blocks with IČO and data-box IDs. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysecond_aw_1, fortysecond_aw_2, fortysecond_aw_3
from tests.corpus.parts import Part

PART = Part(
    prefix="aw",
    out=Path(__file__).parent / "fortysecond",
    n0=12100,
    case_lists=(fortysecond_aw_1.CASES, fortysecond_aw_2.CASES, fortysecond_aw_3.CASES),
    noun="forty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
