"""Regenerate the forty-ninth-round held-out part, prefix ``bw`` (tests/corpus/fortyninth/
bw001-… to bw042-…), from its case specs (fortyninth_bw_*.py):

    .venv/bin/python -m tests.corpus.make_fortyninth_bw

It writes only ``bw###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language or mixed with English and a few Czech words (German, Austrian and Swiss German,
Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish, Portuguese, Romanian,
Croatian, Slovenian, Lithuanian, Greek in Latin letters and in English); freelancers (one with a
trade name after a dash), universities and institutes applying for a faculty, municipalities, a
region and a town's TV, agencies and IT contractors writing for a medium, consortia of two media
where one applies, Czech regional newsrooms of foreign groups; terse notes next to long formal
letters; addresses as written ranges, shorthand, CIDR blocks (/30, /31, IPv6 /126), a netmask,
order words ('respectively', 'respektive', 'respectievelijk'), IPv6, replaced, temporary and
internal (NAT) hosts, servers described by their role in a sentence; request types declined,
withdrawn (filming or the feed), conditional, deferred to a later election, applied for a later
election as a whole, filming only; scope changing mid-letter or in a postscript; five data
messages each carrying a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyninth_bw_1, fortyninth_bw_2, fortyninth_bw_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bw",
    out=Path(__file__).parent / "fortyninth",
    n0=14300,
    case_lists=(fortyninth_bw_1.CASES, fortyninth_bw_2.CASES, fortyninth_bw_3.CASES),
    noun="forty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
