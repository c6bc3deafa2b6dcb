"""Regenerate the fifty-fourth-round held-out part, prefix ``cn`` (tests/corpus/fiftyfourth/
cn001-… to cn042-…), from its case specs (fiftyfourth_cn_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfourth_cn

It writes only ``cn###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ANO/NE,
IGEN/NEM, TAK/NIE and Ja/Nein columns, [x]/[ ] marks and a scanned PDF with hand-drawn ballot
marks (an X under ANO, a ✓ under NE); tables with role columns, row headers, a from/to address
range, a CIDR block and a netmask, merged and nested cells; workbooks with two and three
sheets; documents with letterheads, page headers and footers (an ODT letter with the IČO and
data-box ID in its footer, a DOCX contact table writing the surname first in capitals);
thirteen data messages with the application in the annotation, in the file or split between
them (two from natural persons in business, one sent from a publishing group's box for a
station with its own box ID, one from a holding's box for a subsidiary without a box); cover
notes and annotations that change the attachment (a test address no longer valid, a
replaced test address, a corrected phone, a new contact, a withdrawn filming request, a
superseded PDF); signature blocks with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfourth_cn_1, fiftyfourth_cn_2, fiftyfourth_cn_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cn",
    out=Path(__file__).parent / "fiftyfourth",
    n0=15700,
    case_lists=(fiftyfourth_cn_1.CASES, fiftyfourth_cn_2.CASES, fiftyfourth_cn_3.CASES),
    noun="fifty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
