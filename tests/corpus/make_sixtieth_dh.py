"""Regenerate the sixtieth-round held-out part, prefix ``dh`` (tests/corpus/sixtieth/
dh001-… to dh042-…), from its case specs (sixtieth_dh_*.py):

    .venv/bin/python -m tests.corpus.make_sixtieth_dh

It writes only ``dh###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics
(one with emoji role markers), chatty mails with the data scattered in small talk, twenty-two
mail clients (Outlook, Outlook for Mac, OWA, Thunderbird, Apple Mail, iPhone, K-9, Samsung,
Seznam, Centrum, Gmail, Roundcube, Zimbra, Evolution, Claws, eM Client, NeoMutt, Mutt, KMail,
Yahoo, Horde, HCL Notes, Proton Mail), HTML-only mails with tables, replies and forwards with
quoted history (a reply-all swapping one address, the office's notice, question and
confirmation, a 2022 application under "only the test IP is new"), corrections inside the
message, signatures naming several people, format=flowed (with and without delsp), a Markdown
mail, pasted iptables rules and a Cisco ACL, live/staging/UAT/pre-prod role names, phones in
2-2-2 groups, with a slash or a switchboard extension, foreign senders writing English or
Slovak, and seven data messages (the application in the annotation, in a file, or split
between them). They were written by hand apart from the extraction rules: score them only at
the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtieth_dh_1, sixtieth_dh_2, sixtieth_dh_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dh",
    out=Path(__file__).parent / "sixtieth",
    n0=17400,
    case_lists=(sixtieth_dh_1.CASES, sixtieth_dh_2.CASES, sixtieth_dh_3.CASES),
    noun="sixtieth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
