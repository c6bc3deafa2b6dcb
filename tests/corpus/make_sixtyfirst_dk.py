"""Regenerate the sixty-first-round held-out part, prefix ``dk`` (tests/corpus/sixtyfirst/
dk001-… to dk042-…), from its case specs (sixtyfirst_dk_*.py):

    .venv/bin/python -m tests.corpus.make_sixtyfirst_dk

It writes only ``dk###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics,
chatty mails with the data scattered in small talk, twenty-eight mail clients (Outlook, Outlook
for Mac, Outlook for iOS, OWA, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Yahoo, Seznam,
Centrum, Gmail, Roundcube, Zimbra, Evolution, Claws, eM Client, Mutt, KMail, Horde, HCL Notes,
Proton Mail, Spark, Airmail, SOGo, GroupWise, Fastmail), HTML-only mails with tables, replies
and forwards with quoted history (the office's confirmation, questions and notice with its
IČO, box and phone), corrections, signatures naming several people, format=flowed (with and
without delsp), foreign senders writing English or Slovak, six data messages, and this round's
new classes: "[EXTERNAL]"/"[EXT]" subject tags with warning banners and a group's legal
disclaimer, the contact only in a vCard or a one-line "IČ | DIČ | ID DS | tel." footer, answers
interleaved with the office's quoted questions three levels deep, a subject line the body
corrects, host names beside addresses (one without), an out-of-office reply quoted above the
application and slashed "prod/test" lines. They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtyfirst_dk_1, sixtyfirst_dk_2, sixtyfirst_dk_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dk",
    out=Path(__file__).parent / "sixtyfirst",
    n0=17700,
    case_lists=(sixtyfirst_dk_1.CASES, sixtyfirst_dk_2.CASES, sixtyfirst_dk_3.CASES),
    noun="sixty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
