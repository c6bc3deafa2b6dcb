"""Regenerate the thirty-sixth-round held-out part, prefix ``ad`` (tests/corpus/thirtysixth/
ad001-… to ad042-…), from its case specs (thirtysixth_ad_*.py):

    .venv/bin/python -m tests.corpus.make_thirtysixth_ad

It writes only ``ad###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone-typed and dictated notes, chatty
and sloppy messages, many mail clients, HTML-only mails (tables in Outlook, OWA, Seznam and
Roundcube HTML), forwards and replies with quoted history (also the office's own quoted press
release, auto-reply and contacts), corrections, signatures naming several people and foreign
senders writing English, plus six data messages that each carry a file. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import thirtysixth_ad_1, thirtysixth_ad_2, thirtysixth_ad_3
from tests.corpus.parts import Part

PART = Part(
    prefix="ad",
    out=Path(__file__).parent / "thirtysixth",
    n0=10200,
    case_lists=(thirtysixth_ad_1.CASES, thirtysixth_ad_2.CASES, thirtysixth_ad_3.CASES),
    noun="thirty-sixth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
