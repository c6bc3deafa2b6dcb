"""Regenerate the forty-sixth-round held-out part, prefix ``bl`` (tests/corpus/fortysixth/
bl001-… to bl042-…), from its case specs (fortysixth_bl_*.py):

    .venv/bin/python -m tests.corpus.make_fortysixth_bl

It writes only ``bl###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, seventeen mail clients (Outlook, Outlook for Mac and
iOS, OWA, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Gmail and Gmail for Android, Seznam,
Roundcube, Zimbra, Evolution, Mailspring, Proton), HTML-only mails with tables (a role column,
a rowspan, a crew list), replies and forwards with quoted history in which the applicant's data
are split between the answer and the quoted original or a forwarded chain (also under the
office's own quoted press release, request and signature with its IČO, box and phone),
corrections typed inside one message (a typo, an EDIT line, a P.S. striking the filming, an
annotation fixing the file), signatures naming several people, format=flowed wrapping in the
middle of a role sentence, foreign senders writing English, German, Slovak and French with
phones in their national formats (UK, Austria, Slovakia, Poland, Hungary, France, USA,
Germany), and five data messages that each carry a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortysixth_bl_1, fortysixth_bl_2, fortysixth_bl_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bl",
    out=Path(__file__).parent / "fortysixth",
    n0=13200,
    case_lists=(fortysixth_bl_1.CASES, fortysixth_bl_2.CASES, fortysixth_bl_3.CASES),
    noun="forty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
