"""Regenerate the thirty-fifth-round held-out part, prefix ``dc`` (tests/corpus/thirtyfifth/
dc001-… to dc042-…), from its case specs (thirtyfifth_dc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfifth_dc

It writes only ``dc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish,
Dutch, Finnish) or in mixed English, freelancers, universities, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, left for a later election, or filming only; and data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfifth_dc_1, thirtyfifth_dc_2, thirtyfifth_dc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dc",
    out=Path(__file__).parent / "thirtyfifth",
    n0=10100,
    case_lists=(thirtyfifth_dc_1.CASES, thirtyfifth_dc_2.CASES, thirtyfifth_dc_3.CASES),
    noun="thirty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
