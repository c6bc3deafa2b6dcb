"""Regenerate the thirty-sixth-round held-out part, prefix ``ae`` (tests/corpus/thirtysixth/
ae001-… to ae042-…), from its case specs (thirtysixth_ae_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysixth_ae

It writes only ``ae###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE columns, tables with role columns or row headers,
data messages with the application only in the annotation, only in the attached file or in
both, cover notes that change something in the attachment, and letterheads and signature blocks
with IČO and data-box IDs. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysixth_ae_1, thirtysixth_ae_2, thirtysixth_ae_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ae",
    out=Path(__file__).parent / "thirtysixth",
    n0=10300,
    case_lists=(thirtysixth_ae_1.CASES, thirtysixth_ae_2.CASES, thirtysixth_ae_3.CASES),
    noun="thirty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
