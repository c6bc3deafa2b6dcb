"""The eighth held-out part ``t`` (tests/corpus/eighth/t###-…): what is particular to this
part — data messages both with and without an office document. The checks every part shares
(ids, files, labels, loading, variety, the office document kinds) are in
test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus import make_eighth_t

OFFICE = {"docx", "pdf", "xlsx", "odt", "rtf"}


def test_data_messages_come_with_and_without_an_office_document() -> None:
    boxes = [c for c in make_eighth_t.all_cases() if "databox" in c]
    assert any({k for k, _, _ in c["attachments"]} & OFFICE for c in boxes)
    assert any(not {k for k, _, _ in c["attachments"]} & OFFICE for c in boxes)
