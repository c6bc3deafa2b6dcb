"""Regenerate the nineteenth-round held-out part, prefix ``mc`` (tests/corpus/nineteenth/
mc001-… to mc042-…), from its case specs (nineteenth_mc_*.py):

    .venv/bin/python -m tests.corpus.make_nineteenth_mc

It writes only ``mc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Danish,
Finnish) or in mixed English, freelancers, universities, institutes and a school,
municipalities, agencies and IT contractors writing for a medium, terse notes and long letters;
addresses as ranges, CIDR blocks, netmasks, order words ("bzw.", "respektive", "illetve",
"henholdsvis", "respectivement"), IPv6, replaced, temporary, internal and NAT hosts; request
types declined, withdrawn, conditional, meant for a later election, or filming only; and data
messages with the application in the annotation or only in a file. They were written by hand
apart from the extraction rules: score them only at the end of the round, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import nineteenth_mc_1, nineteenth_mc_2, nineteenth_mc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="mc",
    out=Path(__file__).parent / "nineteenth",
    n0=5300,
    case_lists=(nineteenth_mc_1.CASES, nineteenth_mc_2.CASES, nineteenth_mc_3.CASES),
    noun="nineteenth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
