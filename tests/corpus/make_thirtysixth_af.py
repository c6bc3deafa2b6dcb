"""Regenerate the thirty-sixth-round held-out part, prefix ``af`` (tests/corpus/thirtysixth/
af001-… to af042-…), from its case specs (thirtysixth_af_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysixth_af

It writes only ``af###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Danish, Swedish, Norwegian,
Finnish) or mixed with English, freelancers, universities, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters; addresses as ranges, CIDR blocks,
netmasks and order words, IPv6, replaced, temporary and internal hosts; request types declined,
withdrawn, conditional, left for a later election or filming only; and data messages that each
carry a file. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysixth_af_1, thirtysixth_af_2, thirtysixth_af_3
from tests.corpus.parts import Part

PART = Part(
    prefix="af",
    out=Path(__file__).parent / "thirtysixth",
    n0=10400,
    case_lists=(thirtysixth_af_1.CASES, thirtysixth_af_2.CASES, thirtysixth_af_3.CASES),
    noun="thirty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
