"""Regenerate the fifty-eighth-round held-out part, prefix ``cy`` (tests/corpus/fiftyeighth/
cy001-… to cy042-…), from its case specs (fiftyeighth_cy_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyeighth_cy

It writes only ``cy###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics and
a mail in capitals, chatty and sloppy messages ("ta samá co produkce, jen .71 místo .70"),
fourteen mail clients (Outlook, Mac Outlook, OWA, Thunderbird, Apple Mail, iPhone, K-9,
Samsung, Gmail and Gmail for Android, Seznam, Roundcube, Zimbra, Evolution), HTML-only mails
with tables and bold row headers, replies quoting the office's approval letter of last year and
its press release (with the office's own identifiers), forwards inline and as an attached .eml
(one where the forwarder adds an address), corrections inside one message, signatures naming
several people or a deputy "v zastoupení" with the contact in a P.S., format=flowed wrapping
inside a role sentence, foreign senders writing English (a press agency's Prague bureau, Polish,
Austrian, Hungarian, German, British) and Slovak; and five data messages each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyeighth_cy_1, fiftyeighth_cy_2, fiftyeighth_cy_3
from tests.corpus.parts import Part

PART = Part(
    prefix="cy",
    out=Path(__file__).parent / "fiftyeighth",
    n0=16800,
    case_lists=(fiftyeighth_cy_1.CASES, fiftyeighth_cy_2.CASES, fiftyeighth_cy_3.CASES),
    noun="fifty-eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
