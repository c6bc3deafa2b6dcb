"""Regenerate the fortieth-round held-out part, prefix ``ap`` (tests/corpus/fortieth/ap001-… to
ap042-…), from its case specs (fortieth_ap_*.py):

    .venv/bin/python -m tests.corpus.make_fortieth_ap

It writes only ``ap###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortieth_ap_1, fortieth_ap_2, fortieth_ap_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ap",
    out=Path(__file__).parent / "fortieth",
    n0=11400,
    case_lists=(fortieth_ap_1.CASES, fortieth_ap_2.CASES, fortieth_ap_3.CASES),
    noun="fortieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
