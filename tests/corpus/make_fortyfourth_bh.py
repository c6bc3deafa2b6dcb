"""Regenerate the forty-fourth-round held-out part, prefix ``bh`` (tests/corpus/fortyfourth/
bh001-… to bh042-…), from its case specs (fortyfourth_bh_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfourth_bh

It writes only ``bh###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Austrian and Swiss German, Polish, Slovak, Hungarian, French, Spanish,
Italian, Dutch and Flemish, Swedish) or mixing it with English; freelancers applying for
themselves (with and without an IČO, one with a trade name); universities, a research institute,
a town, a market town and a village; regional TV and radio; IT contractors and agencies writing
for a medium; three-line notes from a phone and long formal letters. Addresses come as ranges
('bis .42', '33-35', bare last octets), CIDR blocks (/30, /31, /32, an IPv6 /126), netmasks,
'respectively' sentences, IPv6 in full, compressed and capitals, beside replaced servers,
temporary test machines and internal hosts behind NAT. Requests are declined, withdrawn in a
postscript or a reply, conditional, left for a later election, or filming only; six data
messages each carry a file. They were written by hand apart from the extraction rules: score
them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfourth_bh_1, fortyfourth_bh_2, fortyfourth_bh_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bh",
    out=Path(__file__).parent / "fortyfourth",
    n0=12800,
    case_lists=(fortyfourth_bh_1.CASES, fortyfourth_bh_2.CASES, fortyfourth_bh_3.CASES),
    noun="forty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
