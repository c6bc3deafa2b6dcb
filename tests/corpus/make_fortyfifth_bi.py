"""Regenerate the forty-fifth-round held-out part, prefix ``bi`` (tests/corpus/fortyfifth/
bi001-… to bi042-…), from its case specs (fortyfifth_bi_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfifth_bi

It writes only ``bi###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, mail from many clients (Outlook, Outlook for Mac and on
the web, Thunderbird, Apple Mail, iPhone, Gmail on the web and on Android, K-9, Samsung Mail,
Seznam, Centrum, Roundcube, Zimbra, Evolution); HTML-only mails with tables; replies and
forwards with quoted history (the office's own press release and an officer's mail with the
office's IČO, data box and phone, an earlier application whose addresses are replaced),
corrections inside one message, signatures naming several people, format=flowed soft breaks
inside a role sentence; senders from Austria, Poland, Germany, Slovakia, Hungary, the UK, the
US and Italy writing English or Slovak; six data messages, each with a file. They were written
by hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfifth_bi_1, fortyfifth_bi_2, fortyfifth_bi_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bi",
    out=Path(__file__).parent / "fortyfifth",
    n0=12900,
    case_lists=(fortyfifth_bi_1.CASES, fortyfifth_bi_2.CASES, fortyfifth_bi_3.CASES),
    noun="forty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
