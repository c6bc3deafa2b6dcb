"""The eleventh held-out set's part with prefix ``eb`` (tests/corpus/eleventh/eb###-…): what is
particular to this part — its emphasis on data-box messages (with office documents and with the
request only in the annotation) and its own label rule that no two applicants share an IČO. The
checks every part shares (ids, files, labels, loading, variety, the attachment kinds and the
MIME types, wrappers and charsets of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from typing import Any

from tests.corpus.make_eleventh_eb import all_cases

SPECS = all_cases()


def _attachment_kinds(case: dict[str, Any]) -> set[str]:
    return {kind for kind, _, _ in case.get("attachments", [])}


def test_the_part_has_its_data_box_emphasis() -> None:
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 8
    assert any(not _attachment_kinds(c) - {"txt"} for c in databox), "request in annotation"


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
