"""Regenerate the thirty-fourth-round held-out part, prefix ``cc`` (tests/corpus/thirtyfourth/
cc001-… to cc042-…), from its case specs (thirtyfourth_cc_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfourth_cc

It writes only ``cc###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Danish, Norwegian, Swedish and
Finnish senders writing English) or mixed English, freelancers, universities and institutes,
municipalities, agencies and IT contractors writing for a medium, terse notes and long letters;
addresses as ranges, CIDR blocks, netmasks, order words and IPv6, replaced, temporary and
internal hosts; request types declined, withdrawn, conditional, meant for a later election or
filming only. They were written by hand apart from the extraction rules: score them only at the
end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfourth_cc_1, thirtyfourth_cc_2, thirtyfourth_cc_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cc",
    out=Path(__file__).parent / "thirtyfourth",
    n0=9800,
    case_lists=(thirtyfourth_cc_1.CASES, thirtyfourth_cc_2.CASES, thirtyfourth_cc_3.CASES),
    noun="thirty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
