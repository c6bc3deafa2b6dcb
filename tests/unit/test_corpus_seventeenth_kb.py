"""The seventeenth held-out part ``kb`` (tests/corpus/seventeenth/kb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages: at least five data messages,
each with an attached file, and an attachment in at least 35 of its 42 cases. The checks every
part shares (ids, files, labels, loading, variety, the sender header, the sender box, the
attachment kinds and office MIME types of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_seventeenth_kb import all_cases

SPECS = all_cases()


def test_the_part_has_its_attachment_and_data_box_emphasis() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 5
    for case in databox:
        assert case.get("attachments"), case["id"]
    assert sum(bool(c.get("attachments")) for c in SPECS) >= 35
