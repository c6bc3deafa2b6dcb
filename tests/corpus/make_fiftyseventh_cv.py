"""Regenerate the fifty-seventh-round held-out part, prefix ``cv`` (tests/corpus/fiftyseventh/
cv001-… to cv042-…), from its case specs (fiftyseventh_cv_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyseventh_cv

It writes only ``cv###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics, chatty and sloppy messages, fifteen mail clients (Outlook, Mac Outlook, OWA,
Thunderbird, Apple Mail, iPhone, Gmail and Gmail for Android, K-9, Samsung, Seznam, Centrum,
Roundcube, Zimbra, Evolution); HTML-only mails with tables and an alternative whose plain part
only points to the HTML; replies and forwards with quoted history (a reply-all where a colleague
corrects the contact's phone, replies quoting the office's press release, query and
identifiers, a Gmail inline forward, an iPhone inline forward, an attached .eml); corrections
inside one message; signatures with T:/M:/F: lines or naming several people; an assistant
signing "v zastoupení"; a format=flowed role sentence wrapped mid-way; roles by "resp." order;
addresses with a port or inside a URL; senders from Austria, Slovakia, Poland, Hungary,
Germany, Slovenia and Britain writing English; and five data messages, each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyseventh_cv_1, fiftyseventh_cv_2, fiftyseventh_cv_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cv",
    out=Path(__file__).parent / "fiftyseventh",
    n0=16500,
    case_lists=(fiftyseventh_cv_1.CASES, fiftyseventh_cv_2.CASES, fiftyseventh_cv_3.CASES),
    noun="fifty-seventh-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
