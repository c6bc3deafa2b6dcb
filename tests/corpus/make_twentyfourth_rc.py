"""Regenerate the twentyfourth-round held-out part, prefix ``rc`` (tests/corpus/twentyfourth/
rc001-… to rc042-…), from its case specs (twentyfourth_rc_*.py):

    .venv/bin/python -m tests.corpus.make_twentyfourth_rc

It writes only ``rc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Hungarian, French, Spanish, Norwegian, Italian) or mixed with English,
freelancers, universities and institutes, municipalities, agencies and IT contractors writing
for a medium, terse notes and long letters; addresses as ranges, CIDR blocks, netmasks, order
words and IPv6, replaced, temporary and internal hosts; request types declined, withdrawn,
conditional, deferred to a later election, or filming only; and data messages. They were
written by hand apart from the extraction rules: score them only at the end of the round, never
tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentyfourth_rc_1, twentyfourth_rc_2, twentyfourth_rc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="rc",
    out=Path(__file__).parent / "twentyfourth",
    n0=6800,
    case_lists=(twentyfourth_rc_1.CASES, twentyfourth_rc_2.CASES, twentyfourth_rc_3.CASES),
    noun="twentyfourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
