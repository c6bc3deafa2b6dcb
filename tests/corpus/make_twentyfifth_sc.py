"""Regenerate the twentyfifth-round held-out part, prefix ``sc`` (tests/corpus/twentyfifth/
sc001-… to sc042-…), from its case specs (twentyfifth_sc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfifth_sc

It writes only ``sc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Norwegian, Swedish) or in mixed
English, freelancers, universities and institutes, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters; addresses as ranges, CIDR blocks, netmasks,
order words, IPv6, replaced, temporary or internal hosts; request types declined, withdrawn,
conditional, for a later election or filming only; and six data messages. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfifth_sc_1, twentyfifth_sc_2, twentyfifth_sc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="sc",
    out=Path(__file__).parent / "twentyfifth",
    n0=7100,
    case_lists=(twentyfifth_sc_1.CASES, twentyfifth_sc_2.CASES, twentyfifth_sc_3.CASES),
    noun="twentyfifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
