"""Regenerate the fifty-fourth-round held-out part, prefix ``cm`` (tests/corpus/fiftyfourth/
cm001-… to cm042-…), from its case specs (fiftyfourth_cm_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyfourth_cm

It writes only ``cm###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on phones without
diacritics (a Samsung keyboard that typed a comma and a space for dots, a Subject that carries
everything and a body that says only "viz předmět"), chatty and sloppy messages, fourteen mail
clients (Outlook, Mac Outlook, Outlook on the web, Thunderbird, Apple Mail, iPhone, K-9, Samsung
Mail, Gmail on the web and on Android, Seznam, Roundcube, Zimbra, Evolution), HTML-only mails
with tables, replies with quoted history (answers typed inline under the office's quoted
questions, last year's application quoted with only the test address changed, a thread whose
addresses are replaced), forwards inline and as .eml, the office's own press release and
signature quoted, corrections inside one message (".8, pardon .9", a corrected mobile, a struck
value in the HTML part of a Gmail mail), signatures naming several people, a newsroom writing
from a personal Gmail, format=flowed wrapping in the middle of a role sentence, senders from
Germany, Austria, Poland, Slovakia, Hungary, France and the Netherlands, and five data
messages that each carry a file. They were written by hand apart from the extraction rules:
score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyfourth_cm_1, fiftyfourth_cm_2, fiftyfourth_cm_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cm",
    out=Path(__file__).parent / "fiftyfourth",
    n0=15600,
    case_lists=(fiftyfourth_cm_1.CASES, fiftyfourth_cm_2.CASES, fiftyfourth_cm_3.CASES),
    noun="fifty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
