"""Regenerate the twentyninth-round held-out part, prefix ``wb`` (tests/corpus/twentyninth/
wb001-… to wb042-…), from its case specs (twentyninth_wb_*.py):

    .venv/bin/python -m tests.corpus.make_twentyninth_wb

It writes only ``wb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind a short cover mail or an empty one, forms with ticked and
unticked boxes and ANO/NE or Yes/No columns, tables with role columns or row headers, data
messages with the application only in the annotation, only in the attached file or in both,
cover notes that change the attachment, letterheads and signatures with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyninth_wb_1, twentyninth_wb_2, twentyninth_wb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="wb",
    out=Path(__file__).parent / "twentyninth",
    n0=8200,
    case_lists=(twentyninth_wb_1.CASES, twentyninth_wb_2.CASES, twentyninth_wb_3.CASES),
    noun="twentyninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
