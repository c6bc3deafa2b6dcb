"""Regenerate the twentieth-round held-out part, prefix ``nb`` (tests/corpus/twentieth/
nb001-… to nb042-…), from its case specs (twentieth_nb_*.py):

    .venv/bin/python -m tests.corpus.make_twentieth_nb

It writes only ``nb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF, DOCX, ODT, XLSX, RTF, TXT and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked box characters, [x]/[ ] and ANO/NE columns; tables whose columns or row headers give
the roles; data messages with the application only in the annotation, only in the attached
file, or in both; cover notes that change what the attachment says; letterheads and signature
blocks with IČO and data-box IDs (and the office's own, in address blocks). They were written
by hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentieth_nb_1, twentieth_nb_2, twentieth_nb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="nb",
    out=Path(__file__).parent / "twentieth",
    n0=5500,
    case_lists=(twentieth_nb_1.CASES, twentieth_nb_2.CASES, twentieth_nb_3.CASES),
    noun="twentieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
