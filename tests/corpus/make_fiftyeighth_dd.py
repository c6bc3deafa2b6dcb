"""Regenerate the fifty-eighth-round held-out part, prefix ``dd`` (tests/corpus/fiftyeighth/
dd001-… to dd042-…), from its case specs (fiftyeighth_dd_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyeighth_dd

It writes only ``dd###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (Serbian in Latin script, Bulgarian English with EOOD, Estonian, Norwegian,
Portuguese with a NIF, German, Austrian, Polish, Slovak, Hungarian, French, Belgian French,
Spanish, Italian, Dutch, Swedish) or mixed with English; freelancers with and without a trade
name after a dash; universities, institutes and a school's student radio; municipalities and
regional or municipal TV; agencies and IT contractors writing for a medium; terse notes and
long formal letters. Addresses come as ranges, CIDR blocks (IPv4 and an IPv6 /126), netmasks,
'respectively' order words, IPv6, replaced, old, temporary or internal hosts; request types are
declined, withdrawn, deferred, conditional, for a later election or filming only. Five data
messages each carry a file. They were written by hand apart from the extraction rules: score
them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyeighth_dd_1, fiftyeighth_dd_2, fiftyeighth_dd_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dd",
    out=Path(__file__).parent / "fiftyeighth",
    n0=17000,
    case_lists=(fiftyeighth_dd_1.CASES, fiftyeighth_dd_2.CASES, fiftyeighth_dd_3.CASES),
    noun="fifty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
