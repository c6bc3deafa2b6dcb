"""Regenerate the sixty-second-round held-out part, prefix ``dn`` (tests/corpus/sixtysecond/
dn001-… to dn042-…), from its case specs (sixtysecond_dn_*.py):

    .venv/bin/python -m tests.corpus.make_sixtysecond_dn

It writes only ``dn###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed notes without diacritics,
chatty mails with the data scattered in small talk, twenty-nine mail clients (Outlook, Outlook for
Mac, Outlook for iOS, OWA, Thunderbird, Apple Mail, iPhone, K-9, Samsung, Yahoo, Seznam,
Centrum, Gmail, Roundcube, Zimbra, Evolution, Claws, eM Client, Mutt, NeoMutt, KMail, Horde,
HCL Notes, Spark, Airmail, SOGo, GroupWise, Mailspring, Postbox), HTML-only mails with tables,
replies and forwards with quoted history (the office's defect notice, question and press
release with its IČO, box and phone), corrections, signatures naming several people,
format=flowed (with and without delsp), foreign senders writing English or Slovak, six data
messages, and this round's new classes: a top-posted "platí beze změny, viz níže" over the
applicant's own earlier mail, an answer to a defect notice giving only the missing field, a
shared mailbox's mail sent on behalf of one person naming another the contact, Markdown and
ASCII pipe tables, terminal pastes (``ip addr`` beside ``curl ifconfig.me``), one
comma-separated line with roles in parentheses, a tab-aligned list with Windows line endings,
test addresses "the same as last year" with last year's mail quoted, Teams and WhatsApp chats
pasted above the applicant's summary and phones written "+420 / 602 11 22 33", "(+420)
603-418-257" and "00420602113544". They were written by hand apart from the extraction
rules: score them only at the end of the round, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import sixtysecond_dn_1, sixtysecond_dn_2, sixtysecond_dn_3
from tests.corpus.parts import Part

PART = Part(
    prefix="dn",
    out=Path(__file__).parent / "sixtysecond",
    n0=18000,
    case_lists=(sixtysecond_dn_1.CASES, sixtysecond_dn_2.CASES, sixtysecond_dn_3.CASES),
    noun="sixty-second-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
