"""Regenerate the fifty-second-round held-out part, prefix ``cg`` (tests/corpus/fiftysecond/
cg001-… to cg042-…), from its case specs (fiftysecond_cg_*.py):

    .venv/bin/python -m tests.corpus.make_fiftysecond_cg

It writes only ``cg###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on phones without
diacritics (iPhone, Samsung, the Seznam app), addresses typed with commas or spaces instead of
dots, chatty and sloppy messages that correct themselves, fifteen mail clients (Outlook, Mac
Outlook, OWA, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Gmail web and Android, Seznam web
and app, Roundcube, Zimbra, Evolution); HTML-only mails with tables and struck-through text, a
mail whose HTML corrects what its plain text does not; replies and forwards with quoted history
(Outlook replies answering the office's questions inline, "the .12 one"; the office's own
quoted press release and signature with its IČO, box ID and phone); a thread with the same
application resent twice and one change; an application written in the Subject line; an
assistant applying for the editor-in-chief who is the contact; signatures naming several
people; format=flowed soft breaks in the middle of the role sentence (also delsp=yes); senders
from Austria, Slovakia, Poland, Hungary, Germany, Britain and Slovenia; and six data messages,
each carrying a file. They were written by hand apart from the extraction rules: score them
only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftysecond_cg_1, fiftysecond_cg_2, fiftysecond_cg_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cg",
    out=Path(__file__).parent / "fiftysecond",
    n0=15000,
    case_lists=(fiftysecond_cg_1.CASES, fiftysecond_cg_2.CASES, fiftysecond_cg_3.CASES),
    noun="fifty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
