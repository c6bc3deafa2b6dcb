"""The tenth held-out part ``o`` (tests/corpus/tenth/o###-…): what is particular to this
part — its e-mail emphasis (phone notes, chatty mails, HTML-only tables, forwards, replies,
corrections, follow-ups, crowded signatures, foreign senders). The checks every part shares
(ids, files, labels, loading, variety, the sender header, the mail-client markers of its
``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus import make_tenth_o
from tests.corpus.tenth_o_common import Style

CASES = make_tenth_o.all_cases()


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
