"""Regenerate the twentyninth-round held-out part, prefix ``wc`` (tests/corpus/twentyninth/
wc001-… to wc042-…), from its case specs (twentyninth_wc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyninth_wc

It writes only ``wc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish,
Italian, Finnish) or mixed English, freelancers, universities and an institute, municipalities,
agencies and IT contractors writing for a medium, terse notes and long letters; addresses as
ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request
types declined, withdrawn, conditional, left for a later election or filming only; and data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyninth_wc_1, twentyninth_wc_2, twentyninth_wc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="wc",
    out=Path(__file__).parent / "twentyninth",
    n0=8300,
    case_lists=(twentyninth_wc_1.CASES, twentyninth_wc_2.CASES, twentyninth_wc_3.CASES),
    noun="twentyninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
