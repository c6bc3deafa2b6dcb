"""Regenerate the thirty-eighth-round held-out part, prefix ``ak`` (tests/corpus/thirtyeighth/
ak001-… to ak042-…), from its case specs (thirtyeighth_ak_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyeighth_ak

It writes only ``ak###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF, TXT
and forwarded .eml attachments behind a short cover mail or an empty body, forms with box
characters, brackets and ANO/NE or YES/NO columns, tables with role columns, row headers and
merged cells, data messages with the application only in the annotation, only in the file or in
both, cover notes that change the attachment, and letterheads and signatures with IČO and
data-box IDs. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyeighth_ak_1, thirtyeighth_ak_2, thirtyeighth_ak_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ak",
    out=Path(__file__).parent / "thirtyeighth",
    n0=10900,
    case_lists=(thirtyeighth_ak_1.CASES, thirtyeighth_ak_2.CASES, thirtyeighth_ak_3.CASES),
    noun="thirty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
