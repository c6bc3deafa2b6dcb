"""Regenerate the eighth held-out part, prefix ``s`` (tests/corpus/eighth/s001-… to
s042-…), from its case specs (eighth_s_*.py):

    .venv/bin/python -m tests.corpus.make_eighth_s

It writes only ``s###-*`` files, as tests/corpus/parts.py describes.

These cases emphasise e-mail as people really send it: phone notes, chatty mails, many mail
clients, HTML-only tables, forwards, reply threads with quoted history, corrections and
follow-ups. They were written by hand apart from the extraction rules: score them only at the
end of the rule work, never tune against them."""

from __future__ import annotations

from pathlib import Path

from tests.corpus import eighth_s_1, eighth_s_2, eighth_s_3
from tests.corpus.parts import Part

PART = Part(
    prefix="s",
    out=Path(__file__).parent / "eighth",
    n0=1800,
    case_lists=(eighth_s_1.CASES, eighth_s_2.CASES, eighth_s_3.CASES),
    noun="eighth-round cases",
)
PREFIX = PART.prefix
N0 = PART.n0
all_cases = PART.cases
files = PART.files

if __name__ == "__main__":
    PART.main()
