"""Regenerate the fortieth-round held-out part, prefix ``ar`` (tests/corpus/fortieth/
ar001-… to ar042-…), from its case specs (fortieth_ar_*.py):

    .venv/bin/python -m tests.corpus.make_fortieth_ar

It writes only ``ar###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing German, Polish,
Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Finnish, Italian and Dutch or mixing
English in, freelancers, universities and institutes, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words ('respectively' in several languages), IPv6, replaced, temporary
or internal hosts; request types declined, withdrawn, conditional, for a later election or
filming only; and data messages that each carry a file. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortieth_ar_1, fortieth_ar_2, fortieth_ar_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ar",
    out=Path(__file__).parent / "fortieth",
    n0=11600,
    case_lists=(fortieth_ar_1.CASES, fortieth_ar_2.CASES, fortieth_ar_3.CASES),
    noun="fortieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
