"""Regenerate the fifty-second-round held-out part, prefix ``ci`` (tests/corpus/fiftysecond/
ci001-… to ci042-…), from its case specs (fiftysecond_ci_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysecond_ci

It writes only ``ci###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language or mixed with English (German, Polish, Slovak, Hungarian, French, Spanish, Italian,
Dutch, Swedish, Portuguese, Romanian, Finnish, Danish, Norwegian) and an English speaker in
broken Czech; freelancers, universities and research groups asking for data for a study, a
municipality and a town's television filming in two districts, an IT contractor writing for a
medium; terse notes and long formal letters; addresses as ranges ("von .10 bis .14", "od … do",
"from … to", "do … ao", "de la … până la", dashes), CIDR blocks with stated exceptions, netmasks,
'respectively', IPv6 (full and compressed, a /126), replaced, internal and NAT hosts, the
previous election's approved addresses with one changed; requests declined, withdrawn,
conditional, deferred, for a by-election, a regional election or a later election only, and
filming only; six data messages, each with a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysecond_ci_1, fiftysecond_ci_2, fiftysecond_ci_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ci",
    out=Path(__file__).parent / "fiftysecond",
    n0=15200,
    case_lists=(fiftysecond_ci_1.CASES, fiftysecond_ci_2.CASES, fiftysecond_ci_3.CASES),
    noun="fifty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
