"""Regenerate the forty-third-round held-out part, prefix ``ay`` (tests/corpus/fortythird/
ay001-… to ay042-…), from its case specs (fortythird_ay_*.py):

    .venv/bin/python -m tests.corpus.make_fortythird_ay

It writes only ``ay###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, sixteen mail clients (Outlook, Outlook for Mac and on
the web, Thunderbird, Apple Mail, iPhone, Gmail and Gmail for Android, K-9, Samsung Email,
Seznam, Centrum, Roundcube, Zimbra, Horde, Evolution), HTML-only mails with tables, merged cells
and struck-through text, replies and forwards with quoted history (the office's own press
release, question and signature quoted with its identifiers), corrections inside one message,
closings naming several people, format=flowed wrapping in the middle of a role sentence,
foreign senders writing English (Austria, Poland, Germany, Hungary, Slovenia, the UK) and
Slovak; plus five data messages that each carry a file. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortythird_ay_1, fortythird_ay_2, fortythird_ay_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ay",
    out=Path(__file__).parent / "fortythird",
    n0=12300,
    case_lists=(fortythird_ay_1.CASES, fortythird_ay_2.CASES, fortythird_ay_3.CASES),
    noun="forty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
