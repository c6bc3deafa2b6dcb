"""Regenerate the thirty-fifth-round held-out part, prefix ``db`` (tests/corpus/thirtyfifth/
db001-… to db042-…), from its case specs (thirtyfifth_db_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfifth_db

It writes only ``db###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml files behind a short cover mail or an empty body, forms with ticked and
unticked boxes, bracket notation and ANO/NE columns, tables with role columns or row headers,
data messages with the application only in the annotation, only in the attached file or in
both, cover notes that change the attachment, and letterheads and signature blocks with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfifth_db_1, thirtyfifth_db_2, thirtyfifth_db_3
from tests.corpus.parts import Part

PART = Part(
    prefix="db",
    out=Path(__file__).parent / "thirtyfifth",
    n0=10000,
    case_lists=(thirtyfifth_db_1.CASES, thirtyfifth_db_2.CASES, thirtyfifth_db_3.CASES),
    noun="thirty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
