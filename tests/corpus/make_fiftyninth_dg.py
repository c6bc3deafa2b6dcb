"""Regenerate the fifty-ninth-round held-out part, prefix ``dg`` (tests/corpus/fiftyninth/
dg001-… to dg042-…), from its case specs (fiftyninth_dg_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyninth_dg

It writes only ``dg###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Lithuanian, Slovenian, Hungarian, French, Spanish, Italian, Dutch,
Danish, Swedish, Finnish) or mixed with English; freelancers, universities and institutes,
municipalities and regional TV, agencies and IT contractors writing for a medium; terse notes
and long formal letters; addresses as ranges, CIDR blocks, netmasks, 'respectively', IPv6,
replaced, temporary or internal hosts; requests declined, withdrawn, conditional, for a later
election or for filming only; five data messages, each carrying a file. They were written by
hand apart from the extraction rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyninth_dg_1, fiftyninth_dg_2, fiftyninth_dg_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dg",
    out=Path(__file__).parent / "fiftyninth",
    n0=17300,
    case_lists=(fiftyninth_dg_1.CASES, fiftyninth_dg_2.CASES, fiftyninth_dg_3.CASES),
    noun="fifty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
