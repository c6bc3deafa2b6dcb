"""The fifth-round held-out set, prefix ``j`` (tests/corpus/fifth/j###-…): what is particular
to this part — every supported document type travels with its MIME type, and data-box messages
come with and without documents. The checks every part shares (ids, files, labels, loading,
variety) are in test_corpus_parts.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_docs import MIME
from tests.corpus.loader import FIFTH_DIR
from tests.corpus.make_fifth_j import PREFIX, all_cases
from tests.corpus.part_checks import messages
from tests.corpus.parts import part_paths

SPECS = all_cases()
MESSAGES = messages(part_paths(FIFTH_DIR, PREFIX))


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_every_document_type_is_sent_with_its_mime_type() -> None:
    raw = b"".join(p.read_bytes() for p in MESSAGES)
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf"):
        assert MIME[kind].encode() in raw, kind


def test_data_messages_come_with_and_without_documents() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 6
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "request in annotation"
    assert any(_attachment_kinds(c) - {"txt"} for c in databox), "request in a document"
    for case in databox:
        assert len(case["subject"]) <= 255, "an ISDS annotation holds at most 255 characters"
