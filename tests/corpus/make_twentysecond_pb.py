"""Regenerate the twentysecond-round held-out part, prefix ``pb`` (tests/corpus/twentysecond/
pb001-… to pb042-…), from its case specs (twentysecond_pb_*.py):

    .venv/bin/python -m tests.corpus.make_twentysecond_pb

It writes only ``pb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments under a short cover mail or an empty body; forms with ticked and
unticked boxes, bracket notation and ANO/NE columns; tables with role columns, row headers,
merged and spanning cells; data messages with the application only in the annotation, only in
the attached file or in both; cover notes that change something in the attachment; letterheads
and signature blocks with IČO and data-box IDs. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysecond_pb_1, twentysecond_pb_2, twentysecond_pb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="pb",
    out=Path(__file__).parent / "twentysecond",
    n0=6100,
    case_lists=(twentysecond_pb_1.CASES, twentysecond_pb_2.CASES, twentysecond_pb_3.CASES),
    noun="twentysecond-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
