"""Regenerate the forty-seventh-round held-out part, prefix ``bp`` (tests/corpus/fortyseventh/
bp001-… to bp042-…), from its case specs (fortyseventh_bp_*.py):

    .venv/bin/python -m tests.corpus.make_fortyseventh_bp

It writes only ``bp###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ticked and
unticked boxes (☒/☐/☑), [x]/[ ] marks and ANO/NE columns; bilingual forms (Název / Name,
IČO (ID No.)); tables with role and status columns, row headers, merged and nested cells;
workbooks with two and three sheets, the contact on the second sheet or the second page;
documents with letterheads, page headers and footers; eleven data messages with the application
in the annotation, in the file or split between them, four of them with a second file (a
doplnění or Nachtrag) that changes one value of the first (the contact's phone, the contact,
a test address, the contact's e-mail); cover notes and annotations that change the attachment
(a mistyped IPv4 or IPv6 address, a CIDR block, the contact, an unticked request, a phone);
signature blocks with IČO and data-box IDs. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyseventh_bp_1, fortyseventh_bp_2, fortyseventh_bp_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bp",
    out=Path(__file__).parent / "fortyseventh",
    n0=13600,
    case_lists=(fortyseventh_bp_1.CASES, fortyseventh_bp_2.CASES, fortyseventh_bp_3.CASES),
    noun="forty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
