"""Regenerate the forty-seventh-round held-out part, prefix ``bq`` (tests/corpus/fortyseventh/
bq001-… to bq042-…), from its case specs (fortyseventh_bq_*.py):

    .venv/bin/python -m tests.corpus.make_fortyseventh_bq

It writes only ``bq###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish) or mixed
with English; freelancers, bloggers and podcasters applying as natural persons under a project
or channel name; universities and institutes; towns, a village and regional or cable TV;
agencies, IT contractors, a fixer and a group's head office writing for the real applicant;
terse notes and long formal letters; addresses as ranges, CIDR blocks, netmasks, "respectively"
order words, IPv6, replaced, temporary and internal (NAT) hosts; corrections in Italian,
Spanish, French, Dutch and Swedish; requests declined, withdrawn, conditional, for a later
election or for filming only; five data messages each carrying a file. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyseventh_bq_1, fortyseventh_bq_2, fortyseventh_bq_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bq",
    out=Path(__file__).parent / "fortyseventh",
    n0=13700,
    case_lists=(fortyseventh_bq_1.CASES, fortyseventh_bq_2.CASES, fortyseventh_bq_3.CASES),
    noun="forty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
