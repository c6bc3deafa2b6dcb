"""Regenerate the sixteenth-round held-out part, prefix ``jb`` (tests/corpus/sixteenth/jb001-…
to jb042-…), from its case specs (sixteenth_jb_*.py):

    .venv/bin/python -m tests.corpus.make_sixteenth_jb

It writes only ``jb###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise attachments, forms and data-box messages. They were written by hand
apart from the extraction rules: score them only at the end of the rule work, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixteenth_jb_1, sixteenth_jb_2, sixteenth_jb_3
from tests.corpus.parts import Part

PART = Part(
    prefix="jb",
    out=Path(__file__).parent / "sixteenth",
    n0=4300,
    case_lists=(sixteenth_jb_1.CASES, sixteenth_jb_2.CASES, sixteenth_jb_3.CASES),
    noun="sixteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
