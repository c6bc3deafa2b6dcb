"""Regenerate the fifteenth held-out part, prefix ``ib`` (tests/corpus/fifteenth/ib001-… to
ib042-…), from its case specs (fifteenth_ib_*.py):

    .venv/bin/python -m tests.corpus.make_fifteenth_ib

It writes only ``ib###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fifteenth_ib_1, fifteenth_ib_2, fifteenth_ib_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ib",
    out=Path(__file__).parent / "fifteenth",
    n0=4000,
    case_lists=(fifteenth_ib_1.CASES, fifteenth_ib_2.CASES, fifteenth_ib_3.CASES),
    noun="fifteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
