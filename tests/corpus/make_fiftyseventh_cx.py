"""Regenerate the fifty-seventh-round held-out part, prefix ``cx`` (tests/corpus/fiftyseventh/
cx001-… to cx042-…), from its case specs (fiftyseventh_cx_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyseventh_cx

It writes only ``cx###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise unusual applicants and wording: foreign media writing in their own
language (German, Austrian German, Polish, Slovak, Hungarian, French, Belgian French, Spanish,
Italian, Dutch, Swedish, Romanian, Croatian) or mixed with English, a Ukrainian medium writing
Czech with transliterated names and a Lithuanian one writing English; freelancers applying for
themselves, universities and their institutes, municipalities and town TVs, regional TVs,
agencies and IT contractors writing for a medium, a student television whose teacher is the
contact; terse notes and long formal letters; addresses as short and full ranges, CIDR blocks,
netmasks, order words ('bzw.', 'respectievelijk', 'respectivement'), IPv6 compressed,
uncompressed and in capitals, replaced, temporary and internal hosts; request types declined,
withdrawn, conditional, deferred, for a later election or for filming only; five data messages
each carrying a file. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyseventh_cx_1, fiftyseventh_cx_2, fiftyseventh_cx_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cx",
    out=Path(__file__).parent / "fiftyseventh",
    n0=16700,
    case_lists=(fiftyseventh_cx_1.CASES, fiftyseventh_cx_2.CASES, fiftyseventh_cx_3.CASES),
    noun="fifty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
