"""Regenerate the fifty-fifth-round held-out part, prefix ``cp`` (tests/corpus/fiftyfifth/
cp001-… to cp042-…), from its case specs (fiftyfifth_cp_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfifth_cp

It writes only ``cp###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages with asides (a colleague's private mobile mentioned in
passing), fifteen mail clients (Outlook, Mac Outlook, OWA, Thunderbird, Apple Mail, iPhone,
K-9, Samsung, Gmail and Gmail for Android, Seznam, Centrum, Roundcube, Zimbra, Evolution),
HTML-only mails with tables and <br> lists (a two-column address table whose header is only in
the first row), replies and forwards with quoted history (the office's defect notice answered
only in the missing item, last year's application behind "stejná jako loni", the office's own
quoted press release and signature with its identifiers), corrections inside one message,
signatures naming several people (an Outlook block with three people and roles, a contact named
in the text but a different signatory), format=flowed wrapping inside a role sentence, foreign
senders writing English (a Berlin newsroom's "+49 (0)30 …"), and six data messages, each with
a file. They were written by hand apart from the extraction rules: score them only at the end
of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfifth_cp_1, fiftyfifth_cp_2, fiftyfifth_cp_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cp",
    out=Path(__file__).parent / "fiftyfifth",
    n0=15900,
    case_lists=(fiftyfifth_cp_1.CASES, fiftyfifth_cp_2.CASES, fiftyfifth_cp_3.CASES),
    noun="fifty-fifth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
