"""The tenth held-out part ``y`` (tests/corpus/tenth/y###-…): what is particular to this
part — its emphasis on attachments, forms and data boxes. The checks every part shares (ids,
files, labels, loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.make_tenth_y import all_cases

COUNT = 42


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_has_its_attachment_and_data_box_emphasis() -> None:
    cases = all_cases()
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 5
    assert any(not _kinds(c) - {"txt"} for c in databox), "a request only in the annotation"
    assert any(_kinds(c) - {"txt"} for c in databox), "a data message with a document"
    with_documents = [c for c in cases if _kinds(c) - {"txt", "eml"}]
    assert len(with_documents) >= COUNT // 2
