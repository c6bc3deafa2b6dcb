"""Regenerate the twentyseventh-round held-out part, prefix ``uc`` (tests/corpus/twentyseventh/
uc001-… to uc042-…), from its case specs (twentyseventh_uc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyseventh_uc

It writes only ``uc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Danish, Italian, Finnish)
or in English, freelancers, universities and institutes, municipalities, an agency, IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR
blocks, netmasks, order words and IPv6, replaced, temporary or internal hosts; request types
declined, withdrawn, conditional, for a later election or filming only; six data messages.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyseventh_uc_1, twentyseventh_uc_2, twentyseventh_uc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="uc",
    out=Path(__file__).parent / "twentyseventh",
    n0=7700,
    case_lists=(twentyseventh_uc_1.CASES, twentyseventh_uc_2.CASES, twentyseventh_uc_3.CASES),
    noun="twentyseventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
