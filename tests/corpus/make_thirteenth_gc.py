"""Regenerate the thirteenth-round held-out part, prefix ``gc`` (tests/corpus/thirteenth/gc001-…
to gc042-…), from its case specs (thirteenth_gc_*.py):

    .venv/bin/python -m tests.corpus.make_thirteenth_gc

It writes only ``gc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language or mixed English, freelancers, institutes, municipalities and contractors writing for a
medium; addresses as blocks, netmasks, ranges, words and order, IPv6, corrected or internal ones;
requests declined, withdrawn or filming only. They were written by hand apart from the
extraction rules: score them only at the end of the thirteenth round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirteenth_gc_1, thirteenth_gc_2, thirteenth_gc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="gc",
    out=Path(__file__).parent / "thirteenth",
    n0=3500,
    case_lists=(thirteenth_gc_1.CASES, thirteenth_gc_2.CASES, thirteenth_gc_3.CASES),
    noun="thirteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
