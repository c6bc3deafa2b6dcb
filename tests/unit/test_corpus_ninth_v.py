"""The ninth held-out part ``v`` (tests/corpus/ninth/v###-…): what is particular to this
part — its e-mail emphasis and its own applicants. The checks every part shares (ids, files,
labels, loading, variety, the sender header, the mail-client markers of its ``Part`` record)
are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus import make_ninth_v
from tests.corpus.ninth_v_common import Style

CASES = make_ninth_v.all_cases()


def test_applicants_have_their_own_icos_and_test_addresses_include_ipv6() -> None:
    labels = [c["labels"] for c in CASES]
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    icos = [lab["organization"]["ico"] for lab in labels if lab["organization"]["ico"]]
    assert len(icos) == len(set(icos)), "each applicant company has its own IČO"


def test_the_part_has_its_e_mail_emphasis() -> None:
    """Phone notes, chatty mails, forwards, replies, corrections and follow-ups; HTML-only
    mails; several mail clients; Slovak and English besides Czech."""
    styles = [c["style"] for c in CASES]
    for style in (
        Style.PHONE,
        Style.CHATTY,
        Style.FORWARD,
        Style.REPLY,
        Style.CORRECTION,
        Style.FOLLOWUP,
        Style.SIGNATURE,
    ):
        assert styles.count(style) >= 2, style
    assert sum("html" in c and "body" not in c for c in CASES) >= 3
