"""Regenerate the forty-third-round held-out part, prefix ``bd`` (tests/corpus/fortythird/
bd001-… to bd042-…), from its case specs (fortythird_bd_*.py):

    .venv/bin/python -m tests.corpus.make_fortythird_bd

It writes only ``bd###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish) or mixed
with English or Czech, freelancers, universities and institutes, towns and villages with their
own TV, an agency and IT contractors writing for a medium, terse notes beside long formal
letters; addresses as written ranges, CIDR blocks, netmasks, "respectively"/"resp."/
"respectivement", IPv6 (also uncompressed), replaced, temporary, cancelled and internal hosts;
requests declined, withdrawn, conditional, left for a later election or for filming only; five
data messages that each carry a file. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortythird_bd_1, fortythird_bd_2, fortythird_bd_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bd",
    out=Path(__file__).parent / "fortythird",
    n0=12500,
    case_lists=(fortythird_bd_1.CASES, fortythird_bd_2.CASES, fortythird_bd_3.CASES),
    noun="forty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
