"""Regenerate the third-round held-out cases written by hand "e" (tests/corpus/fresh/e001-… to
e042-…) from their case specs (fresh_e_*.py):

    .venv/bin/python -m tests.corpus.make_fresh_e

It writes only ``e###-*`` files, as tests/corpus/parts.py describes.

Written by hand apart from the extraction rules: the labels are how a careful officer reads
each application (tests/corpus/LABELS.md), never what a program makes of it. Scored only at
the end of the rule work (``python -m tests.corpus.accuracy --set heldout``)."""

from __future__ import annotations

from tests.corpus import fresh_e_1, fresh_e_2, fresh_e_3
from tests.corpus.loader import FRESH_DIR
from tests.corpus.parts import Part

PART = Part(
    prefix="e",
    out=FRESH_DIR,
    n0=500,
    case_lists=(fresh_e_1.CASES, fresh_e_2.CASES, fresh_e_3.CASES),
    noun="cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
