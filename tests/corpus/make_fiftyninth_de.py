"""Regenerate the fifty-ninth-round held-out part, prefix ``de`` (tests/corpus/fiftyninth/
de001-… to de042-…), from its case specs (fiftyninth_de_*.py):

    .venv/bin/python -m tests.corpus.make_fiftyninth_de

It writes only ``de###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics,
chatty and sloppy messages, fourteen mail clients (Outlook, OWA, Mac Outlook, Thunderbird,
Apple Mail, iPhone, K-9, Samsung, Seznam, Centrum, Gmail, Roundcube, Zimbra, Evolution),
HTML-only mails with tables (one with a role cell merged over two address rows), replies with
quoted history (the office's defect notice answered item by item, its question, the sender's
own first mail), forwards quoting the office's press release and identifiers, corrections
inside one message, signatures naming several people (and a holding's IČO beside the
subsidiary's), format=flowed wrapping inside "produkční / testovací", a pasted screenshot's
OCR, foreign senders writing English or Slovak, and five data messages each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftyninth_de_1, fiftyninth_de_2, fiftyninth_de_3
from tests.corpus.parts import Part

PART = Part(
    prefix="de",
    out=Path(__file__).parent / "fiftyninth",
    n0=17100,
    case_lists=(fiftyninth_de_1.CASES, fiftyninth_de_2.CASES, fiftyninth_de_3.CASES),
    noun="fifty-ninth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
