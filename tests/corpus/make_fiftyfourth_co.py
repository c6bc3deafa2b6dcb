"""Regenerate the fifty-fourth-round held-out part, prefix ``co`` (tests/corpus/fiftyfourth/
co001-… to co042-…), from its case specs (fiftyfourth_co_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfourth_co

It writes only ``co###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Portuguese, Romanian, Polish, Hungarian, Swedish, Slovak, Norwegian, Danish,
Lithuanian, Slovenian, French, Spanish, Italian, Dutch, Finnish) or mixed with English or
Czech; freelancers, a photographer with a trade name, a videographer's data message,
universities and institutes, a town and a municipal TV for two districts, a news agency, an IT
contractor and a PR agency writing for a medium; terse notes and long formal letters. Addresses
come as ranges in the writer's own language ('von … bis', 'do … ao', 'de la … până la',
'od … do', '…-tól …-ig', 'från … till'), dashed and shorthand ranges, CIDR blocks with stated
exceptions, netmasks, order words ('respectively', 'resp.', 'bzw.', 'v tomto pořadí'), IPv6
addresses, ranges and blocks, replaced, backup, NAT-internal and last-election hosts. Request
types are declined, withdrawn in a P.S. or a correction, deferred, made for a later election or
for filming only. Five data messages each carry a file. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfourth_co_1, fiftyfourth_co_2, fiftyfourth_co_3
from tests.corpus.parts import Part

PART = Part(
    prefix="co",
    out=Path(__file__).parent / "fiftyfourth",
    n0=15800,
    case_lists=(fiftyfourth_co_1.CASES, fiftyfourth_co_2.CASES, fiftyfourth_co_3.CASES),
    noun="fifty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
