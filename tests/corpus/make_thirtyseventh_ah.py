"""Regenerate the thirty-seventh-round held-out part, prefix ``ah`` (tests/corpus/thirtyseventh/
ah001-… to ah042-…), from its case specs (thirtyseventh_ah_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyseventh_ah

It writes only ``ah###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE columns, tables with role columns and row headers,
data messages with the application only in the annotation, only in the attached file or in
both, cover notes that change something in the attachment, and letterheads and signature blocks
with IČO and data-box IDs. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyseventh_ah_1, thirtyseventh_ah_2, thirtyseventh_ah_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ah",
    out=Path(__file__).parent / "thirtyseventh",
    n0=10600,
    case_lists=(thirtyseventh_ah_1.CASES, thirtyseventh_ah_2.CASES, thirtyseventh_ah_3.CASES),
    noun="thirty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
