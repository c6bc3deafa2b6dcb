"""Regenerate the forty-eighth-round held-out part, prefix ``bt`` (tests/corpus/fortyeighth/
bt001-… to bt042-…), from its case specs (fortyeighth_bt_*.py):

    .venv/bin/python -m tests.corpus.make_fortyeighth_bt

It writes only ``bt###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: media from abroad writing German, Polish,
Slovak, Hungarian, French, Spanish, Italian, Dutch and Swedish (alone, with a few Czech words or
mixed with English) with foreign phones and registration numbers that are not IČOs;
freelancers, universities, research institutes, a library, a town, a region and municipal TV
with their own data boxes; a media agency and an IT contractor writing for the medium; terse
phone notes beside long formal letters; addresses as ranges with a dash, "až", "bis" and "to",
CIDR blocks, netmasks, pairs "in that order", IPv6 in full and in blocks, replaced, shortened
and internal (NAT) hosts; request types declined, withdrawn, conditional, for the next
election, with a trial run, and filming only; six data messages, each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyeighth_bt_1, fortyeighth_bt_2, fortyeighth_bt_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bt",
    out=Path(__file__).parent / "fortyeighth",
    n0=14000,
    case_lists=(fortyeighth_bt_1.CASES, fortyeighth_bt_2.CASES, fortyeighth_bt_3.CASES),
    noun="forty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
