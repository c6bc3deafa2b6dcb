"""The fifth-round held-out part ``k`` (tests/corpus/fifth/k###-…): what is particular to
this part — every supported document type travels with its MIME type, and unusual applicants
and addresses (many without an IČO, foreign phones, IPv6, IPv6-only requests). The checks
every part shares (ids, files, labels, loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.heldout_docs import MIME
from tests.corpus.loader import FIFTH_DIR
from tests.corpus.make_fifth_k import PREFIX, all_cases
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

SPECS = all_cases()
MESSAGES = messages(part_paths(FIFTH_DIR, PREFIX))


def test_every_document_type_is_sent_with_its_mime_type() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf"):
        assert MIME[kind].encode() in raw, kind


def test_the_part_has_unusual_applicants_and_addresses() -> None:
    labels = [c["labels"] for c in SPECS]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    assert len({p[:4] for p in phones if not p.startswith("+420")}) >= 4, phones
    ipv6 = [ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"] if ":" in ip]
    assert len(ipv6) >= 5
    assert any(
        not any("." in ip for ip in lab["production_ips"] + lab["test_ips"])
        for lab in labels
        if lab["production_ips"]
    )
