"""Regenerate the thirtieth-round held-out part, prefix ``xc`` (tests/corpus/thirtieth/
xc001-… to xc042-…), from its case specs (thirtieth_xc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtieth_xc

It writes only ``xc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Norwegian) or
mixed with English, freelancers, universities and institutes, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words ("respectivement", "respectively"), IPv6, replaced, temporary or
internal (NAT-ed) hosts; request types declined, withdrawn, conditional, left for a later
election or filming only; and data messages that each carry a file. They were written by hand
apart from the extraction rules: score them only at the end of the round, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtieth_xc_1, thirtieth_xc_2, thirtieth_xc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="xc",
    out=Path(__file__).parent / "thirtieth",
    n0=8600,
    case_lists=(thirtieth_xc_1.CASES, thirtieth_xc_2.CASES, thirtieth_xc_3.CASES),
    noun="thirtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
