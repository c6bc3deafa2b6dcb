"""Regenerate the twentythird-round held-out part, prefix ``qa`` (tests/corpus/twentythird/
qa001-… to qa042-…), from its case specs (twentythird_qa_*.py):

    .venv/bin/python -m tests.corpus.make_twentythird_qa

It writes only ``qa###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes, chatty and sloppy
messages, many mail clients, HTML-only mails (tables in Outlook and webmail HTML), forwards and
replies with quoted history (also the office's own quoted press release and contacts),
corrections, signatures naming several people and foreign senders writing English, plus data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import twentythird_qa_1, twentythird_qa_2, twentythird_qa_3
from tests.corpus.parts import Part

PART = Part(
    prefix="qa",
    out=Path(__file__).parent / "twentythird",
    n0=6300,
    case_lists=(twentythird_qa_1.CASES, twentythird_qa_2.CASES, twentythird_qa_3.CASES),
    noun="twentythird-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
