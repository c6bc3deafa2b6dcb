"""Regenerate the forty-eighth-round held-out part, prefix ``bs`` (tests/corpus/fortyeighth/
bs001-… to bs042-…), from its case specs (fortyeighth_bs_*.py):

    .venv/bin/python -m tests.corpus.make_fortyeighth_bs

It writes only ``bs###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body (one cover is only a
signature block); forms with ☒/☐/☑ boxes, [x]/[ ] and [X]/[ ] marks and ANO/NE (Ja/Nein,
TAK/NIE) columns; scanned forms turned to text or PDF with each label above its value or in two
columns; workbooks with one row per server (role, hostname, address, note: backup servers,
a retired server, IPv4 and IPv6 columns, a /30 block) and with two and three sheets, merged
cells and row headers; letters on letterhead whose page header and footer name other people
and numbers (directors, switchboards, bank accounts); twelve data messages (three from natural
persons in business) with the application in the annotation, in the file or split between
them, six of them with an annotation that only says "viz příloha"; cover notes, second files
and annotations that change the attachment (a test or production address, the contact, an
added or withdrawn filming request); signature blocks with IČO and data-box IDs.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyeighth_bs_1, fortyeighth_bs_2, fortyeighth_bs_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bs",
    out=Path(__file__).parent / "fortyeighth",
    n0=13900,
    case_lists=(fortyeighth_bs_1.CASES, fortyeighth_bs_2.CASES, fortyeighth_bs_3.CASES),
    noun="forty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
