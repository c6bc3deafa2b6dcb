"""Regenerate the thirty-ninth-round held-out part, prefix ``an`` (tests/corpus/thirtyninth/
an001-… to an042-…), from its case specs (thirtyninth_an_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyninth_an

It writes only ``an###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes, bracket notation and ANO/NE or yes/no columns; tables with role columns, row
headers, merged and nested cells; data messages with the application only in the annotation,
only in the attached file, or in both; cover notes and annotations that change something in the
attachment; letterheads, footers and signature blocks with IČO and data-box IDs. They were
written by hand apart from the extraction rules: score them only at the end of the round, never
tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyninth_an_1, thirtyninth_an_2, thirtyninth_an_3
from tests.corpus.parts import Part

PART = Part(
    prefix="an",
    out=Path(__file__).parent / "thirtyninth",
    n0=11200,
    case_lists=(thirtyninth_an_1.CASES, thirtyninth_an_2.CASES, thirtyninth_an_3.CASES),
    noun="thirty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
