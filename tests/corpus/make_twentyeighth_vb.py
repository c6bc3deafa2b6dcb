"""Regenerate the twentyeighth-round held-out part, prefix ``vb`` (tests/corpus/twentyeighth/
vb001-… to vb042-…), from its case specs (twentyeighth_vb_*.py):

    .venv/bin/python -m tests.corpus.make_twentyeighth_vb

It writes only ``vb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind short cover mails or empty bodies, forms with ticked and
unticked box characters, [x]/[ ] brackets and ANO/NE or Yes/No columns, tables with role columns,
row headers and merged cells, data messages with the application only in the annotation, only
in the attached file or in both, cover notes and annotations that change something in the
attachment, and letterheads and signature blocks with IČO and data-box IDs. They were written
by hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyeighth_vb_1, twentyeighth_vb_2, twentyeighth_vb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="vb",
    out=Path(__file__).parent / "twentyeighth",
    n0=7900,
    case_lists=(twentyeighth_vb_1.CASES, twentyeighth_vb_2.CASES, twentyeighth_vb_3.CASES),
    noun="twentyeighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
