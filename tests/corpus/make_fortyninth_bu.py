"""Regenerate the forty-ninth-round held-out part, prefix ``bu`` (tests/corpus/fortyninth/
bu001-… to bu042-…), from its case specs (fortyninth_bu_*.py):

    .venv/bin/python -m tests.corpus.make_fortyninth_bu

It writes only ``bu###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, seventeen mail clients (Outlook, Outlook for Mac and
Android, OWA, Thunderbird, Apple Mail, iPhone, Gmail and Gmail for Android, K-9, Samsung,
Seznam, Roundcube, Zimbra, Evolution, eM Client, Mailspring, Horde), HTML-only mails with
tables, merged cells and lists, replies and forwards with quoted history (the office's quoted
press release, question and contact list with its own IČO, box and phone; an automatic ticket
acknowledgement and a colleague's out-of-office inside the thread), corrections inside one
message, shared redakce@/it@/servis@ mailboxes signed by a team with one member named as the
contact, signatures with several people or with mobile, switchboard and fax, format=flowed
wrapping inside a role sentence, Czech written by Slovak, Polish, Ukrainian and
Vietnamese-Czech writers, foreign senders writing English, addresses pasted from a terminal, a
ticket system and a router's status page, and five data messages each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyninth_bu_1, fortyninth_bu_2, fortyninth_bu_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bu",
    out=Path(__file__).parent / "fortyninth",
    n0=14100,
    case_lists=(fortyninth_bu_1.CASES, fortyninth_bu_2.CASES, fortyninth_bu_3.CASES),
    noun="forty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
