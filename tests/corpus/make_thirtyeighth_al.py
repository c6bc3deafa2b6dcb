"""Regenerate the thirty-eighth-round held-out part, prefix ``al`` (tests/corpus/thirtyeighth/
al001-… to al042-…), from its case specs (thirtyeighth_al_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyeighth_al

It writes only ``al###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Swedish, Danish) or mixed
with English, freelancers, universities and research institutes, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as written ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, deferred to a later election, or filming only; and data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyeighth_al_1, thirtyeighth_al_2, thirtyeighth_al_3
from tests.corpus.parts import Part

PART = Part(
    prefix="al",
    out=Path(__file__).parent / "thirtyeighth",
    n0=11000,
    case_lists=(thirtyeighth_al_1.CASES, thirtyeighth_al_2.CASES, thirtyeighth_al_3.CASES),
    noun="thirty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
