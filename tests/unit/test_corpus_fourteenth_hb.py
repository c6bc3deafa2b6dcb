"""The fourteenth held-out part ``hb`` (tests/corpus/fourteenth/hb###-…): what is particular to
this part — its emphasis on attachments and data-box messages (at least four, each with an
attached file; most cases carry an attachment). The checks every part shares (ids, files,
labels, loading, variety, the sender header, the attachment kinds and office MIME types of its
``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_fourteenth_hb import all_cases


def test_the_part_has_its_data_box_emphasis() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]


def test_most_cases_carry_an_attachment() -> None:
    assert sum(bool(c.get("attachments")) for c in all_cases()) >= 35
