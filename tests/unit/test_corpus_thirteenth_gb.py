"""The thirteenth held-out part with prefix ``gb`` (tests/corpus/thirteenth/gb###-…): what is
particular to this part — its emphasis on attachments, forms and data-box messages (every case
carries a file, at least six data messages) and its own label rule that no two applicants share
an IČO. The checks every part shares (ids, files, labels, loading, variety, the sender header,
the attachment kinds and office MIME types of its ``Part`` record) are in
test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_thirteenth_gb import all_cases

SPECS = all_cases()


def test_the_part_has_its_attachment_and_data_box_emphasis() -> None:
    assert sum("databox" in c for c in SPECS) >= 6
    for case in SPECS:
        assert case.get("attachments"), case["id"]


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
