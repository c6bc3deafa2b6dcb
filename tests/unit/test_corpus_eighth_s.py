"""The eighth held-out part ``s`` (tests/corpus/eighth/s###-…): what is particular to this
part — its e-mail emphasis (forwards, replies, corrections, follow-ups, phone notes, HTML-only
mails) and a sender header that is one whole example address. The checks every part shares
(ids, files, labels, loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.corpus import make_eighth_s
from tests.corpus.eighth_s_common import Style
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

OUT = make_eighth_s.PART.out
MESSAGES = messages(part_paths(OUT, make_eighth_s.PREFIX))
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Forwards, replies, corrections, follow-ups and phone notes; several mail clients."""
    styles = [c["style"] for c in make_eighth_s.all_cases()]
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.PHONE):
        assert styles.count(style) >= 2, style
    assert sum("html" in c and "body" not in c for c in make_eighth_s.all_cases()) >= 3


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_from_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]
