"""Regenerate the sixty-first-round held-out part, prefix ``dl`` (tests/corpus/sixtyfirst/dl001-…
to dl042-…), from its case specs (sixtyfirst_dl_*.py):

    .venv/bin/python -m tests.corpus.make_sixtyfirst_dl

It writes only ``dl###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: every case carries a file (PDF,
DOCX, ODT, ODS, XLSX, RTF, CSV, TXT, a saved .html form or a forwarded .eml); fifteen data
messages; cover mails that add to, correct or withdraw part of the file; forms with ☑/☒/☐,
[x]/[ ], ANO/NE and Yes/No columns; tables with row headers, column headers and merged role
cells; letterheads, sidebars and footers with the firm's identifiers. New this round: a DOCX
whose addresses sit in a sidebar text box (w:txbxContent), a DOCX with a reviewer's comment
(w:comment) saying an address is only for testing, a DOCX address table continued over a page
break as two tables with the header row repeated, a PDF laid out in two columns, a windows-1250
CSV with a role column, a web form saved as .html, an XLSX with struck-through "zrušeno" rows,
a data message carrying two applications of which the later replaces the earlier. The builders
of the new file kinds are in sixtyfirst_dl_common. Written by hand apart from the extraction
rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtyfirst_dl_1, sixtyfirst_dl_2, sixtyfirst_dl_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dl",
    out=Path(__file__).parent / "sixtyfirst",
    n0=17800,
    case_lists=(sixtyfirst_dl_1.CASES, sixtyfirst_dl_2.CASES, sixtyfirst_dl_3.CASES),
    noun="sixty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
