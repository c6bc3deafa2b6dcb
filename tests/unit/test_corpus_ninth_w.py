"""The ninth held-out part ``w`` (tests/corpus/ninth/w###-…): what is particular to this
part — its emphasis on attachments and data boxes (every office format and plain text, data
messages with and without documents). The checks every part shares (ids, files, labels,
loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.make_ninth_w import all_cases


def _kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_has_its_attachment_and_data_box_emphasis() -> None:
    cases = all_cases()
    kinds = set().union(*(_kinds(c) for c in cases))
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"} <= kinds, kinds
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 6
    assert any(not _kinds(c) - {"txt"} for c in databox), "a request only in the annotation"
