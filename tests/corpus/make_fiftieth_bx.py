"""Regenerate the fiftieth-round held-out part, prefix ``bx`` (tests/corpus/fiftieth/
bx001-… to bx042-…), from its case specs (fiftieth_bx_*.py):

    .venv/bin/python -m tests.corpus.make_fiftieth_bx

It writes only ``bx###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics
and with shorthand ('.32'), chatty and sloppy messages, fifteen mail clients (Outlook, Outlook
for Mac, iOS and the web, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Gmail web and Android,
Seznam, Roundcube, Zimbra, Evolution), HTML-only mails with tables and bulleted lists, replies
and forwards with quoted history (the office's own defect notice, press release and officer's
signature among it), point-by-point answers to a defect notice, threads in which a second
colleague corrects the first, corrections inside one message, signatures naming several people
or laid out as HTML tables with 'tel'/'mob'/'mail' icon alt texts, vCards attached and pasted,
format=flowed breaking a role sentence, foreign senders writing English (German, Polish,
Hungarian, Austrian, Slovenian, British) and English from phone apps under a Czech signature;
five data messages each carrying a file.
They were written by hand apart from the extraction rules: score them only at the end of the
round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fiftieth_bx_1, fiftieth_bx_2, fiftieth_bx_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bx",
    out=Path(__file__).parent / "fiftieth",
    n0=14400,
    case_lists=(fiftieth_bx_1.CASES, fiftieth_bx_2.CASES, fiftieth_bx_3.CASES),
    noun="fiftieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
