"""Regenerate the eleventh held-out set's part with prefix ``eb`` (tests/corpus/eleventh/
eb001-… to eb042-…) from its case specs (eleventh_eb_*.py):

    .venv/bin/python -m tests.corpus.make_eleventh_eb

It writes only ``eb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments (DOCX, PDF, XLSX, ODT, RTF, TXT), forms and data-box
messages. They were written by hand apart from the extraction rules: score them only at the
end of the rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eleventh_eb_1, eleventh_eb_2, eleventh_eb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="eb",
    out=Path(__file__).parent / "eleventh",
    n0=2800,
    case_lists=(eleventh_eb_1.CASES, eleventh_eb_2.CASES, eleventh_eb_3.CASES),
    noun="eleventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
