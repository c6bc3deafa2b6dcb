"""Regenerate the thirty-second-round held-out part, prefix ``zc`` (tests/corpus/thirtysecond/
zc001-… to zc042-…), from its case specs (thirtysecond_zc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysecond_zc

It writes only ``zc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish, Danish, Norwegian or mixed English, freelancers, universities
and an institute, municipalities, agencies and IT contractors writing for a medium, terse notes
and long letters; addresses as written ranges, CIDR blocks, netmasks, order words ('první …
druhá', 'resp.'), IPv6, replaced, temporary or internal hosts; request types declined, withdrawn,
conditional, left for a later election or filming only; and data messages that each carry a
file. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysecond_zc_1, thirtysecond_zc_2, thirtysecond_zc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="zc",
    out=Path(__file__).parent / "thirtysecond",
    n0=9200,
    case_lists=(thirtysecond_zc_1.CASES, thirtysecond_zc_2.CASES, thirtysecond_zc_3.CASES),
    noun="thirty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
