"""Regenerate the twentysixth-round held-out part, prefix ``tb`` (tests/corpus/twentysixth/
tb001-… to tb042-…), from its case specs (twentysixth_tb_*.py):

    .venv/bin/python -m tests.corpus.make_twentysixth_tb

It writes only ``tb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body, forms with ticked and
unticked boxes, brackets and ANO/NE columns, tables with role columns, row headers and merged
cells, data messages with the application only in the annotation, only in the file or in both,
cover notes that change what the attachment says, and letterheads and signature blocks with
IČO and data-box IDs. They were written by hand apart from the extraction rules: score them only
at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentysixth_tb_1, twentysixth_tb_2, twentysixth_tb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="tb",
    out=Path(__file__).parent / "twentysixth",
    n0=7300,
    case_lists=(twentysixth_tb_1.CASES, twentysixth_tb_2.CASES, twentysixth_tb_3.CASES),
    noun="twentysixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
