"""Regenerate the fifty-first-round held-out part, prefix ``cd`` (tests/corpus/fiftyfirst/
cd001-… to cd042-…), from its case specs (fiftyfirst_cd_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfirst_cd

It writes only ``cd###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics,
chatty and sloppy messages, many mail clients (Outlook, Mac Outlook, OWA, Thunderbird, Apple
Mail, iPhone, K-9, Samsung, Seznam, Centrum, Gmail, Roundcube, Zimbra, Evolution, Mutt, Claws),
HTML-only mails with tables, replies and forwards with quoted history (the office's own press
release and its automatic receipt confirmation with reference numbers), corrections inside one
message and between the inline text and the attached file, newsroom threads where IT and
editors disagree (the later answer wins), one-line follow-ups to the sender's own earlier mail,
signatures naming several people and in several languages, format=flowed wrapping inside a
role sentence, foreign senders writing English, and five data messages carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfirst_cd_1, fiftyfirst_cd_2, fiftyfirst_cd_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cd",
    out=Path(__file__).parent / "fiftyfirst",
    n0=14700,
    case_lists=(fiftyfirst_cd_1.CASES, fiftyfirst_cd_2.CASES, fiftyfirst_cd_3.CASES),
    noun="fifty-first-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
