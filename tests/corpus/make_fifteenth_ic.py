"""Regenerate the fifteenth held-out part, prefix ``ic`` (tests/corpus/fifteenth/ic001-… to
ic042-…), from its case specs (fifteenth_ic_*.py):

    .venv/bin/python -m tests.corpus.make_fifteenth_ic

It writes only ``ic###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording. They were written by hand apart from
the extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifteenth_ic_1, fifteenth_ic_2, fifteenth_ic_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ic",
    out=Path(__file__).parent / "fifteenth",
    n0=4100,
    case_lists=(fifteenth_ic_1.CASES, fifteenth_ic_2.CASES, fifteenth_ic_3.CASES),
    noun="fifteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
