"""The twelfth held-out set's part with prefix ``fb`` (tests/corpus/twelfth/fb###-…): what is
particular to this part — its emphasis on forms and data-box messages (each with an attached
file) and its own label rule that no two applicants share an IČO. The checks every part shares
(ids, files, labels, loading, variety, the attachment kinds and office MIME types of its
``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from collections import Counter

from tests.corpus.make_twelfth_fb import all_cases
from tests.corpus.twelfth_fb_common import Style

SPECS = all_cases()


def test_the_part_has_its_form_and_data_box_emphasis() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert styles[Style.FORM] >= 5, styles
    databox = [c for c in SPECS if "databox" in c]
    assert len(databox) >= 6
    for case in databox:
        assert case.get("attachments"), case["id"]


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
