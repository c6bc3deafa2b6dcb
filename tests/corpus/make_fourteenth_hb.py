"""Regenerate the fourteenth held-out part, prefix ``hb`` (tests/corpus/fourteenth/hb001-… to
hb042-…), from its case specs (fourteenth_hb_*.py):

    .venv/bin/python -m tests.corpus.make_fourteenth_hb

It writes only ``hb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the very end, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fourteenth_hb_1, fourteenth_hb_2, fourteenth_hb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="hb",
    out=Path(__file__).parent / "fourteenth",
    n0=3700,
    case_lists=(fourteenth_hb_1.CASES, fourteenth_hb_2.CASES, fourteenth_hb_3.CASES),
    noun="fourteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
