"""Regenerate the fifty-third-round held-out part, prefix ``cj`` (tests/corpus/fiftythird/
cj001-… to cj042-…), from its case specs (fiftythird_cj_*.py):

    .venv/bin/python -m tests.corpus.make_fiftythird_cj

It writes only ``cj###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, sixteen mail clients (Outlook, Outlook for Mac, OWA,
Thunderbird, Apple Mail, iPhone, iPad, K-9, Samsung, Gmail on the web and on Android, Seznam,
Centrum, Roundcube, Zimbra, Evolution), HTML-only mails with tables and lists, an image
signature whose alt text carries the phone, replies and forwards with quoted history (the
office's own defect notice, question and press release with its identifiers), a reply-all in
which a colleague adds a test address, corrections inside one message, signatures naming
several people, format=flowed wrapping inside a role sentence (also with delsp), addresses with
port numbers, a Czech–Slovak mix and foreign senders writing English (Germany, Poland, Hungary,
Austria, Slovenia, the UK); plus six data messages, each carrying a file. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftythird_cj_1, fiftythird_cj_2, fiftythird_cj_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cj",
    out=Path(__file__).parent / "fiftythird",
    n0=15300,
    case_lists=(fiftythird_cj_1.CASES, fiftythird_cj_2.CASES, fiftythird_cj_3.CASES),
    noun="fifty-third-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
