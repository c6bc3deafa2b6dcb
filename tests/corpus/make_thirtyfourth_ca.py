"""Regenerate the thirty-fourth held-out part, prefix ``ca`` (tests/corpus/thirtyfourth/
ca001-… to ca042-…), from its case specs (thirtyfourth_ca_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyfourth_ca

It writes only ``ca###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release, answers and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyfourth_ca_1, thirtyfourth_ca_2, thirtyfourth_ca_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ca",
    out=Path(__file__).parent / "thirtyfourth",
    n0=9600,
    case_lists=(thirtyfourth_ca_1.CASES, thirtyfourth_ca_2.CASES, thirtyfourth_ca_3.CASES),
    noun="thirty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
