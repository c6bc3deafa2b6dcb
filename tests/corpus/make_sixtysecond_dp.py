"""Regenerate the sixty-second-round held-out part, prefix ``dp`` (tests/corpus/sixtysecond/
dp001-… to dp042-…), from its case specs (sixtysecond_dp_*.py):

    .venv/bin/python -m tests.corpus.make_sixtysecond_dp

It writes only ``dp###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (Arabic and Hebrew right to left with their addresses, e-mails and phones embedded
left to right between bidi marks, Chinese in simplified and traditional characters and
Japanese with full-width punctuation around the addresses, Korean, Polish, Hungarian,
Croatian, Slovenian, Irish, Maltese, Albanian, Macedonian in Cyrillic, Ukrainian, Spanish,
Italian, French, Portuguese) or mixed with English; a Polish podcast that needs the feed and
also wants to film the count; an Italian correspondent and a Ukrainian freelancer each with a
foreign and a Czech phone; an IT contractor applying for its client radio; a town's press
office, student media, a polling agency, a blogger, a podcaster, regional TVs and agencies;
terse notes and long formal letters; addresses as ranges (short, en dash, IPv6), CIDR blocks,
a netmask, 'respectively' (odnosno, oziroma, resp.), roles given only by an asterisk, IPv6,
replaced, temporary or internal hosts; requests declined, withdrawn, conditional, deferred,
for a later election or for filming only; six data messages, each carrying a file. They were
written by hand apart from the extraction rules: score them only at the end of the round."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtysecond_dp_1, sixtysecond_dp_2, sixtysecond_dp_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dp",
    out=Path(__file__).parent / "sixtysecond",
    n0=18200,
    case_lists=(sixtysecond_dp_1.CASES, sixtysecond_dp_2.CASES, sixtysecond_dp_3.CASES),
    noun="sixty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
