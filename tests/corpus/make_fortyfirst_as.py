"""Regenerate the forty-first-round held-out part, prefix ``as`` (tests/corpus/fortyfirst/
as001-… to as042-…), from its case specs (fortyfirst_as_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfirst_as

It writes only ``as###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfirst_as_1, fortyfirst_as_2, fortyfirst_as_3
from tests.corpus.parts import Part

PART = Part(
    prefix="as",
    out=Path(__file__).parent / "fortyfirst",
    n0=11700,
    case_lists=(fortyfirst_as_1.CASES, fortyfirst_as_2.CASES, fortyfirst_as_3.CASES),
    noun="forty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
