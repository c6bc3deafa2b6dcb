"""Regenerate the forty-fourth-round held-out part, prefix ``bf`` (tests/corpus/fortyfourth/
bf001-… to bf042-…), from its case specs (fortyfourth_bf_*.py):

    .venv/bin/python -m tests.corpus.make_fortyfourth_bf

It writes only ``bf###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: notes typed on a phone without
diacritics ("Odeslano z iPhonu"), chatty and sloppy messages with the facts scattered through
small talk, many mail clients (Outlook, Mac Outlook, OWA, Thunderbird, Apple Mail, iPhone,
Android, Samsung, Seznam, Gmail, Roundcube, Zimbra, Evolution), HTML-only mails with tables,
merged cells, lists and signature tables, replies and forwards with quoted history (including
the office's own quoted press release and contact signature), corrections inside one message
(an address, a phone, a withdrawn filming request), signatures naming several people with the
contact named in the text, format=flowed wrapping inside a role sentence, and senders from
Austria, Germany, Poland, Hungary, Slovakia, Britain, Italy and France writing English; plus
five data messages, each carrying a PDF, DOCX, XLSX, ODT or RTF file. They were written by
hand apart from the extraction rules: score them only at the end of the round, never tune
against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import fortyfourth_bf_1, fortyfourth_bf_2, fortyfourth_bf_3
from tests.corpus.parts import Part

PART = Part(
    prefix="bf",
    out=Path(__file__).parent / "fortyfourth",
    n0=12600,
    case_lists=(fortyfourth_bf_1.CASES, fortyfourth_bf_2.CASES, fortyfourth_bf_3.CASES),
    noun="forty-fourth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
