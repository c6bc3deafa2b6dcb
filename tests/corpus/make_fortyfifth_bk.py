"""Regenerate the forty-fifth-round held-out part, prefix ``bk`` (tests/corpus/fortyfifth/
bk001-… to bk042-…), from its case specs (fortyfifth_bk_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfifth_bk

It writes only ``bk###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Swiss and Austrian German, Polish, Slovak, Hungarian, French, Belgian French,
Spanish, Italian, Dutch, Swedish, Slovenian) or mixing it with English, with their national
registration numbers instead of an IČO and phones with trunk prefixes; freelancers applying in
their own name, universities and their institutes, towns and their cable TV, agencies and IT
contractors writing for the medium that applies; three-line notes and long formal letters.
Addresses come as written ranges ("bis .43", "t/m", "à", "až", en dashes), CIDR blocks (IPv4
and IPv6), netmasks, order words ("v tomto pořadí", "resp."), replaced, temporary and internal
hosts. Requests are declined in forms, withdrawn in a P.S. or a reply, made on a condition, or
left for a later election; several ask for filming only. Five data messages each carry a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfifth_bk_1, fortyfifth_bk_2, fortyfifth_bk_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bk",
    out=Path(__file__).parent / "fortyfifth",
    n0=13100,
    case_lists=(fortyfifth_bk_1.CASES, fortyfifth_bk_2.CASES, fortyfifth_bk_3.CASES),
    noun="forty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
