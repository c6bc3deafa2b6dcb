"""Regenerate the twentyfirst-round held-out part, prefix ``ob`` (tests/corpus/twentyfirst/
ob001-… to ob042-…), from its case specs (twentyfirst_ob_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfirst_ob

It writes only ``ob###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked box characters, [x]/[ ] and ANO/NE columns, tables with role columns or row headers,
data messages with the application only in the annotation, only in the attached file or in
both, cover notes that change something in the attachment, and letterheads and signature blocks
with IČO and data-box IDs. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfirst_ob_1, twentyfirst_ob_2, twentyfirst_ob_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ob",
    out=Path(__file__).parent / "twentyfirst",
    n0=5800,
    case_lists=(twentyfirst_ob_1.CASES, twentyfirst_ob_2.CASES, twentyfirst_ob_3.CASES),
    noun="twentyfirst-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
