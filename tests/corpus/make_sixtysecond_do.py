"""Regenerate the sixty-second-round held-out part, prefix ``do`` (tests/corpus/sixtysecond/do001-…
to do042-…), from its case specs (sixtysecond_do_*.py):

    .venv/bin/python -m tests.corpus.make_sixtysecond_do

It writes only ``do###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: every case carries a file (PDF,
DOCX, ODT, ODS, XLSX, RTF, CSV, TXT, a saved .html form or a forwarded .eml); fifteen data
messages; cover mails that add to, correct or withdraw part of the file; forms with ☑/☒/☐,
[x]/[ ], ANO/NE and IGEN/NEM columns; tables with row headers, column headers and merged role
cells; letterheads and footers with the firm's identifiers. New this round: a DOCX whose check
boxes are Word content controls (w14:checkbox, checked and unchecked) and whose values sit in
plain-text content controls, DOCX footnotes and endnotes carrying part of the data, an XLSX
with an instructions sheet before the data, XLSX hidden rows and a hidden sheet holding last
year's addresses, a DOCX automatically numbered list of addresses with roles after them, XLSX
and ODS role cells merged across address rows, a UTF-16 text file with a BOM, a text file with
Mac CR line ends, an RTF table, and data messages carrying a signed PDF plus the same form as
DOCX (identical; different, the annotation naming the valid one). The builders of the new file
kinds are in sixtysecond_do_common. Written by hand apart from the extraction rules: score them
only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtysecond_do_1, sixtysecond_do_2, sixtysecond_do_3
from tests.corpus.parts import Part

PART = Part(
    prefix="do",
    out=Path(__file__).parent / "sixtysecond",
    n0=18100,
    case_lists=(sixtysecond_do_1.CASES, sixtysecond_do_2.CASES, sixtysecond_do_3.CASES),
    noun="sixty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
