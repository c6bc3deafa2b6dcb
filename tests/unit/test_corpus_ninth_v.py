"""The ninth held-out part ``v`` (tests/corpus/ninth/v###-…): what is particular to this
part — its e-mail emphasis, its own applicants and a sender header that is one whole example
address. The checks every part shares (ids, files, labels, loading, variety, the mail-client
markers of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from tests.corpus import make_ninth_v
from tests.corpus.ninth_v_common import Style
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

OUT = make_ninth_v.PART.out
CASES = make_ninth_v.all_cases()
ON_DISK = part_paths(OUT, make_ninth_v.PREFIX)
MESSAGES = messages(ON_DISK)
EMAILS = [p for p in MESSAGES if p.suffix == ".eml"]


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


@pytest.mark.parametrize("path", EMAILS, ids=[p.stem for p in EMAILS])
def test_from_header_names_one_example_address(path: Path) -> None:
    """A display name with a comma is quoted, so the sender header is one whole address."""
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1
    assert addresses[0].domain.endswith(".example"), addresses[0]
