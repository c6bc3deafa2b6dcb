"""Regenerate the twentieth-round held-out part, prefix ``nc`` (tests/corpus/twentieth/
nc001-… to nc042-…), from its case specs (twentieth_nc_*.py):

    .venv/bin/python -m tests.corpus.make_twentieth_nc

It writes only ``nc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish,
Finnish, Italian) or mixing it with English, freelancers, universities and research institutes,
municipalities, agencies, IT contractors writing for a medium, terse notes and long letters;
addresses as CIDR blocks, netmasks, written ranges, roles given by order, IPv6, replaced,
temporary or internal hosts; request types declined, withdrawn, conditional, put off to a later
election, or filming only. They were written by hand apart from the extraction rules: score
them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentieth_nc_1, twentieth_nc_2, twentieth_nc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="nc",
    out=Path(__file__).parent / "twentieth",
    n0=5600,
    case_lists=(twentieth_nc_1.CASES, twentieth_nc_2.CASES, twentieth_nc_3.CASES),
    noun="twentieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
