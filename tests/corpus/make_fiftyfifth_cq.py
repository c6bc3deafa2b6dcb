"""Regenerate the fifty-fifth-round held-out part, prefix ``cq`` (tests/corpus/fiftyfifth/
cq001-… to cq042-…), from its case specs (fiftyfifth_cq_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfifth_cq

It writes only ``cq###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments (two of them carrying a file of their own) behind a short cover mail
or an empty body; forms with ticked and unticked boxes (☒/☐/☑), [x]/[ ] marks and ANO/NE
(Ja/Nein, TAK/NIE) columns, among them a PDF whose feed box is unticked although its address
rows are filled in; tables with role columns (a contacts sheet where only one row is the feed
contact), row headers, sequence-numbered rows, merged and nested cells; workbooks with two and
three sheets; documents with letterheads (one naming the parent group over its station), page
headers and footers (an RTF with the name abbreviated in its body and written in full in its
footer); ten data messages with the application in the annotation, in the file or split
between them (one annotated only "žádost", two from natural persons in business); cover notes
and annotations that change the attachment (a test address, the contact, a withdrawn filming
request, a superseded PDF); signature blocks with IČO and data-box IDs. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfifth_cq_1, fiftyfifth_cq_2, fiftyfifth_cq_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cq",
    out=Path(__file__).parent / "fiftyfifth",
    n0=16000,
    case_lists=(fiftyfifth_cq_1.CASES, fiftyfifth_cq_2.CASES, fiftyfifth_cq_3.CASES),
    noun="fifty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
