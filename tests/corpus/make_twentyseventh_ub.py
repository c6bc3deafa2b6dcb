"""Regenerate the twentyseventh-round held-out part, prefix ``ub`` (tests/corpus/twentyseventh/
ub001-… to ub042-…), from its case specs (twentyseventh_ub_*.py):

    .venv/bin/python -m tests.corpus.make_twentyseventh_ub

It writes only ``ub###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml applications behind a short cover mail or an empty body, forms with ticked and
unticked boxes, [x]/[ ] brackets and ANO/NE columns, tables with role columns, row headers and
merged cells, data messages with the application only in the annotation, only in the file or in
both, cover notes that change the attachment, and letterheads and signature blocks with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyseventh_ub_1, twentyseventh_ub_2, twentyseventh_ub_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ub",
    out=Path(__file__).parent / "twentyseventh",
    n0=7600,
    case_lists=(twentyseventh_ub_1.CASES, twentyseventh_ub_2.CASES, twentyseventh_ub_3.CASES),
    noun="twentyseventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
