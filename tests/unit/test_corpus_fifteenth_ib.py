"""The fifteenth held-out part ``ib`` (tests/corpus/fifteenth/ib###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages: at least four data
messages, each with a file, and at least 35 cases with an attachment. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds and office MIME types of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_fifteenth_ib import all_cases


def test_data_messages_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"


def test_most_cases_carry_an_attachment() -> None:
    assert sum(bool(c.get("attachments")) for c in all_cases()) >= 35
