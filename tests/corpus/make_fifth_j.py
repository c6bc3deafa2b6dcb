"""Regenerate the fifth-round held-out set, prefix ``j`` (tests/corpus/fifth/j001-… to
j042-…), from its case specs (fifth_j_*.py):

    .venv/bin/python -m tests.corpus.make_fifth_j

It writes only ``j###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments and forms (DOCX/PDF/XLSX/ODT/RTF), data-box messages with
and without attachments, cover e-mails that say little, and covers that differ from their
attachment. They were written by hand apart from the extraction rules: score them only at the
end of the fifth round of rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifth_j_1, fifth_j_2, fifth_j_3
from tests.corpus.parts import Part

PART = Part(
    prefix="j",
    out=Path(__file__).parent / "fifth",
    n0=1000,
    case_lists=(fifth_j_1.CASES, fifth_j_2.CASES, fifth_j_3.CASES),
    noun="fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
