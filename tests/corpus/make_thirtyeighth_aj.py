"""Regenerate the thirty-eighth-round held-out part, prefix ``aj`` (tests/corpus/thirtyeighth/
aj001-… to aj042-…), from its case specs (thirtyeighth_aj_*.py):

    .venv/bin/python -m tests.corpus.make_thirtyeighth_aj

It writes only ``aj###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtyeighth_aj_1, thirtyeighth_aj_2, thirtyeighth_aj_3
from tests.corpus.parts import Part

PART = Part(
    prefix="aj",
    out=Path(__file__).parent / "thirtyeighth",
    n0=10800,
    case_lists=(thirtyeighth_aj_1.CASES, thirtyeighth_aj_2.CASES, thirtyeighth_aj_3.CASES),
    noun="thirty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
