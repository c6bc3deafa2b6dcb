"""Regenerate the thirtieth-round held-out part, prefix ``xb`` (tests/corpus/thirtieth/
xb001-… to xb042-…), from its case specs (thirtieth_xb_*.py):

    .venv/bin/python -m tests.corpus.make_thirtieth_xb

It writes only ``xb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments with a short cover mail or an empty body, forms with ticked and
unticked boxes, brackets and yes/no columns, tables with role columns or row headers, data
messages with the application only in the annotation, only in the attached file or in both,
cover notes that change their attachment, and letterheads and signature blocks with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtieth_xb_1, thirtieth_xb_2, thirtieth_xb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="xb",
    out=Path(__file__).parent / "thirtieth",
    n0=8500,
    case_lists=(thirtieth_xb_1.CASES, thirtieth_xb_2.CASES, thirtieth_xb_3.CASES),
    noun="thirtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
