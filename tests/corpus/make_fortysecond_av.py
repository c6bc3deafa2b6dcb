"""Regenerate the forty-second-round held-out part, prefix ``av`` (tests/corpus/fortysecond/
av001-… to av042-…), from its case specs (fortysecond_av_*.py):

    .venv/bin/python -m tests.corpus.make_fortysecond_av

It writes only ``av###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysecond_av_1, fortysecond_av_2, fortysecond_av_3
from tests.corpus.parts import Part

PART = Part(
    prefix="av",
    out=Path(__file__).parent / "fortysecond",
    n0=12000,
    case_lists=(fortysecond_av_1.CASES, fortysecond_av_2.CASES, fortysecond_av_3.CASES),
    noun="forty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
