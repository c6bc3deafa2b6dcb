"""Regenerate the thirty-first-round held-out part, prefix ``yc`` (tests/corpus/thirtyfirst/
yc001-… to yc042-…), from its case specs (thirtyfirst_yc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfirst_yc

It writes only ``yc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in German, Polish,
Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish and Finnish or in mixed English,
freelancers, universities, municipalities, agencies and IT contractors writing for a medium,
terse notes and long letters; addresses as ranges, CIDR blocks, netmasks and order words, IPv6,
replaced, temporary and internal hosts; request types declined, withdrawn, conditional, for a
later election or for filming only; and data messages. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfirst_yc_1, thirtyfirst_yc_2, thirtyfirst_yc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="yc",
    out=Path(__file__).parent / "thirtyfirst",
    n0=8900,
    case_lists=(thirtyfirst_yc_1.CASES, thirtyfirst_yc_2.CASES, thirtyfirst_yc_3.CASES),
    noun="thirty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
