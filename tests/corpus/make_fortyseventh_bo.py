"""Regenerate the forty-seventh-round held-out part, prefix ``bo`` (tests/corpus/fortyseventh/
bo001-… to bo042-…), from its case specs (fortyseventh_bo_*.py):

    .venv/bin/python -m tests.corpus.make_fortyseventh_bo

It writes only ``bo###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, SMS-style lower-case notes, chatty and sloppy messages with the data in the small
talk; many mail clients (Outlook, Outlook for Mac, OWA, Thunderbird, Apple Mail, iPhone, K-9,
Samsung, Seznam, Centrum, Gmail, Roundcube, Zimbra, Evolution); HTML-only mails with tables, a
struck-out address and a base64 body; replies and forwards with quoted history (the office's
own press release, instructions and contacts quoted, a reply giving a new mobile over the
quoted landline, a reply correcting swapped roles); corrections inside one message;
signatures naming two or three people where the text says which is the contact;
format=flowed wrapping in the middle of a role sentence; foreign senders (Polish, Slovak,
Austrian, German, Hungarian, British, Irish) giving their phone in national form without a
country code; five data messages, each carrying a file. They were written by hand apart from
the extraction rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyseventh_bo_1, fortyseventh_bo_2, fortyseventh_bo_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bo",
    out=Path(__file__).parent / "fortyseventh",
    n0=13500,
    case_lists=(fortyseventh_bo_1.CASES, fortyseventh_bo_2.CASES, fortyseventh_bo_3.CASES),
    noun="forty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
