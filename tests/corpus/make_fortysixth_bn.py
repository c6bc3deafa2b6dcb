"""Regenerate the forty-sixth-round held-out part, prefix ``bn`` (tests/corpus/fortysixth/
bn001-… to bn042-…), from its case specs (fortysixth_bn_*.py):

    .venv/bin/python -m tests.corpus.make_fortysixth_bn

It writes only ``bn###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish) or
mixed with English; freelancers, universities and a research institute, towns and a town's
cultural centre, regional TV; agencies, an IT contractor, a parent company, a fixer and
faculties writing for the applicant; terse notes and long formal letters. Addresses come as
ranges ('bis', 'až', dashes, shortened ends), CIDR blocks (/30, /31, /32, IPv6 /126 and
/127), netmasks, 'respectively'/'respectivement', uncompressed IPv6, replaced, temporary and
internal (NAT) hosts. Requests are declined, withdrawn, conditional, left for a later
election or for filming only. Six data messages carry their application in a file. Contact
names that read either way round, a surname written first and a person named by initial in
one place and in full in another.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysixth_bn_1, fortysixth_bn_2, fortysixth_bn_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bn",
    out=Path(__file__).parent / "fortysixth",
    n0=13400,
    case_lists=(fortysixth_bn_1.CASES, fortysixth_bn_2.CASES, fortysixth_bn_3.CASES),
    noun="forty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
