"""Regenerate the eighteenth-round held-out part, prefix ``lb`` (tests/corpus/eighteenth/
lb001-… to lb042-…), from its case specs (eighteenth_lb_*.py):

    .venv/bin/python -m tests.corpus.make_eighteenth_lb

It writes only ``lb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages: PDF, DOCX, ODT, XLSX, RTF and
TXT files and forwarded .eml messages behind short or empty cover mails, forms with ticked and
unticked boxes and ANO/NE columns, tables with role columns or row headers, data messages with
the application only in the annotation, only in the attached file or in both, cover notes that
change what the attachment says, and letterheads and signature blocks with IČO and data-box
IDs. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighteenth_lb_1, eighteenth_lb_2, eighteenth_lb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="lb",
    out=Path(__file__).parent / "eighteenth",
    n0=4900,
    case_lists=(eighteenth_lb_1.CASES, eighteenth_lb_2.CASES, eighteenth_lb_3.CASES),
    noun="eighteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
