"""Regenerate the fifty-ninth-round held-out part, prefix ``df`` (tests/corpus/fiftyninth/
df001-… to df042-…), from its case specs (fiftyninth_df_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyninth_df

It writes only ``df###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data messages: PDF/DOCX/ODT/XLSX/RTF/TXT files and
forwarded .eml attachments behind a short cover mail or an empty body; forms with ☑/☒/☐ boxes,
[x]/[ ] marks and ANO/NE columns; tables with role columns, row headers, merged cells (an XLSX
with role cells merged across three rows) and a nested address table; a three-sheet workbook;
documents with letterheads, page headers and footers; eleven data messages with the application
in the annotation, in the file or both (a town's box for its TV channel, freelancers' boxes);
cover notes that change the file; signature blocks with IČO and data-box IDs. Written by hand
apart from the extraction rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyninth_df_1, fiftyninth_df_2, fiftyninth_df_3
from tests.corpus.parts import Part

PART = Part(
    prefix="df",
    out=Path(__file__).parent / "fiftyninth",
    n0=17200,
    case_lists=(fiftyninth_df_1.CASES, fiftyninth_df_2.CASES, fiftyninth_df_3.CASES),
    noun="fifty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
