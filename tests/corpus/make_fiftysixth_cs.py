"""Regenerate the fifty-sixth-round held-out part, prefix ``cs`` (tests/corpus/fiftysixth/
cs001-… to cs042-…), from its case specs (fiftysixth_cs_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysixth_cs

It writes only ``cs###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on phones without
diacritics, chatty and sloppy messages, many mail clients (Outlook, Outlook for Mac and on the
web, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Gmail on the web and for Android, Seznam,
Roundcube, Zimbra, Evolution), HTML-only mails with tables, struck-out text and an image
signature, replies and forwards with quoted history (the office's question answered in one
word, its press release, its confirmation and its signature with its own identifiers),
corrections inside one message, signatures naming several people and a shared newsroom
mailbox, a format=flowed break inside the sentence that gives the roles, addresses with
zero-padded octets, ranges, a netmask and CIDR blocks, foreign senders writing English and a
Slovak list; five data messages each carry a file. They were written by hand apart from the
extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysixth_cs_1, fiftysixth_cs_2, fiftysixth_cs_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cs",
    out=Path(__file__).parent / "fiftysixth",
    n0=16200,
    case_lists=(fiftysixth_cs_1.CASES, fiftysixth_cs_2.CASES, fiftysixth_cs_3.CASES),
    noun="fifty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
