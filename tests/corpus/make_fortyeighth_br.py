"""Regenerate the forty-eighth-round held-out part, prefix ``br`` (tests/corpus/fortyeighth/
br001-… to br042-…), from its case specs (fortyeighth_br_*.py):

    .venv/bin/python -m tests.corpus.make_fortyeighth_br

It writes only ``br###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on phones and tablets
(no diacritics, autocorrect slips, mobiles split by a line break), chatty and sloppy messages
that change their mind, eighteen mail clients (Outlook desktop, Mac, web, iOS and Android,
Thunderbird, Apple Mail, iPhone, iPad, K-9, Samsung, Gmail web and app, Seznam, Roundcube,
Zimbra, Evolution, eM Client), HTML-only mails with tables, replies that answer the office's
follow-up questions inline, replies and forwards with quoted history (the office's signature
and press release with its own IČO, box and phone among them), long threads where only the
newest mail is current, contacts who hand over to a colleague, corrections inside one message,
signatures naming several people, format=flowed wrapping a role sentence before its address,
senders from Poland, Germany, Austria, Hungary, Slovakia and Britain; and six data messages,
each carrying a file (PDF, DOCX, XLSX, RTF with ODT, ODT). They were written by hand apart
from the extraction rules: score them only at the end of the round, never tune against
them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyeighth_br_1, fortyeighth_br_2, fortyeighth_br_3
from tests.corpus.parts import Part

PART = Part(
    prefix="br",
    out=Path(__file__).parent / "fortyeighth",
    n0=13800,
    case_lists=(fortyeighth_br_1.CASES, fortyeighth_br_2.CASES, fortyeighth_br_3.CASES),
    noun="forty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
