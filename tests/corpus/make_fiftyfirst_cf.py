"""Regenerate the fifty-first-round held-out part, prefix ``cf`` (tests/corpus/fiftyfirst/
cf001-… to cf042-…), from its case specs (fiftyfirst_cf_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfirst_cf

It writes only ``cf###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish, Serbian
in Latin script, Estonian, Latvian) or mixed with English and a few Czech words, Ukrainian in
Latin transliteration or English, Bulgarian in English; freelancers working for several media
at once; universities, a students' association and municipalities running their own TV; PR
agencies and IT contractors writing for a medium; terse notes and long formal letters;
addresses as ranges, shortened last octets, CIDR blocks, netmasks, 'respectively', IPv6
(written in full or compressed), replaced, temporary and internal hosts, reverse-DNS names,
and the office's own server addresses named to say which feed is wanted; requests declined,
withdrawn, conditional, made for a later election or only for a second round, filming only;
six data messages, each with a file. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfirst_cf_1, fiftyfirst_cf_2, fiftyfirst_cf_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cf",
    out=Path(__file__).parent / "fiftyfirst",
    n0=14900,
    case_lists=(fiftyfirst_cf_1.CASES, fiftyfirst_cf_2.CASES, fiftyfirst_cf_3.CASES),
    noun="fifty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
