"""The tenth held-out part ``o`` (tests/corpus/tenth/o###-…): what is particular to this
part — its e-mail emphasis (phone notes, chatty mails, HTML-only tables, forwards, replies,
corrections, follow-ups, crowded signatures, foreign senders) and a sender header that is one
whole example address. The checks every part shares (ids, files, labels, loading, variety, the
mail-client markers of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.corpus import make_tenth_o
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths
from tests.corpus.tenth_o_common import Style

CASES = make_tenth_o.all_cases()
MESSAGES = messages(part_paths(make_tenth_o.PART.out, make_tenth_o.PREFIX))
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Phone notes, chatty mails, forwards, replies, corrections, follow-ups, signatures and
    foreign senders at least twice each; HTML-only mails; several mail clients, charsets
    and transfer encodings."""
    styles = [c["style"] for c in CASES]
    for style in (
        Style.PHONE,
        Style.CHATTY,
        Style.HTML_TABLE,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.SIGNATURE,
        Style.FOREIGN,
    ):
        assert styles.count(style) >= 2, style
    assert sum("html" in c and "body" not in c for c in CASES) >= 3


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_from_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]
