"""Regenerate the twentyfirst-round held-out part, prefix ``oc`` (tests/corpus/twentyfirst/
oc001-… to oc042-…), from its case specs (twentyfirst_oc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfirst_oc

It writes only ``oc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Norwegian, Danish, Finnish) or in
English, freelancers, universities and institutes, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters; addresses as ranges, CIDR blocks, netmasks,
roles by order, IPv6, replaced, temporary or internal hosts; request types declined, withdrawn,
left for a later election, or filming only; and data messages. They were written by hand apart
from the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfirst_oc_1, twentyfirst_oc_2, twentyfirst_oc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="oc",
    out=Path(__file__).parent / "twentyfirst",
    n0=5900,
    case_lists=(twentyfirst_oc_1.CASES, twentyfirst_oc_2.CASES, twentyfirst_oc_3.CASES),
    noun="twentyfirst-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
