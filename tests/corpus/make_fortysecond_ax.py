"""Regenerate the forty-second-round held-out part, prefix ``ax`` (tests/corpus/fortysecond/
ax001-… to ax042-…), from its case specs (fortysecond_ax_*.py):

    .venv/bin/python -m tests.corpus.make_fortysecond_ax

It writes only ``ax###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own language
(German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Italian) or mixed with
English, freelancers, universities and institutes, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters; addresses as ranges, CIDR blocks, netmasks,
order words and IPv6, replaced, temporary or internal hosts; request types declined, withdrawn,
conditional, for a later election or filming only; and data messages that each carry a file. They
were written by hand apart from the extraction rules: score them only at the end of the round,
never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysecond_ax_1, fortysecond_ax_2, fortysecond_ax_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ax",
    out=Path(__file__).parent / "fortysecond",
    n0=12200,
    case_lists=(fortysecond_ax_1.CASES, fortysecond_ax_2.CASES, fortysecond_ax_3.CASES),
    noun="forty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
