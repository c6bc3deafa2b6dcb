"""Regenerate the thirty-seventh-round held-out part, prefix ``ai`` (tests/corpus/thirtyseventh/
ai001-… to ai042-…), from its case specs (thirtyseventh_ai_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyseventh_ai

It writes only ``ai###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing their own languages
(German, Polish, Slovak, Hungarian, French, Spanish, Swedish, Norwegian, Finnish …) or mixed
English, freelancers, universities and institutes, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters; addresses as ranges, CIDR blocks, netmasks,
order words and IPv6, replaced, temporary or internal hosts; request types declined, withdrawn,
conditional, left for a later election, or filming only; and data messages that each carry a
file. They were written by hand apart from the extraction rules: score them only at the end of
the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyseventh_ai_1, thirtyseventh_ai_2, thirtyseventh_ai_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ai",
    out=Path(__file__).parent / "thirtyseventh",
    n0=10700,
    case_lists=(thirtyseventh_ai_1.CASES, thirtyseventh_ai_2.CASES, thirtyseventh_ai_3.CASES),
    noun="thirty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
