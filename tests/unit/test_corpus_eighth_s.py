"""The eighth held-out part ``s`` (tests/corpus/eighth/s###-…): what is particular to this
part — its e-mail emphasis (forwards, replies, corrections, follow-ups, phone notes, HTML-only
mails). The checks every part shares (ids, files, labels, loading, variety, the sender header)
are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus import make_eighth_s
from tests.corpus.eighth_s_common import Style


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Forwards, replies, corrections, follow-ups and phone notes; several mail clients."""
    styles = [c["style"] for c in make_eighth_s.all_cases()]
    for style in (Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.PHONE):
        assert styles.count(style) >= 2, style
    assert sum("html" in c and "body" not in c for c in make_eighth_s.all_cases()) >= 3
