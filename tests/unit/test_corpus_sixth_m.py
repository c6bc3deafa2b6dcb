"""The sixth held-out set's part ``m`` (tests/corpus/sixth/m001–m042): what is particular to
this part — the case specs' labels are what the label files hold, data messages with the
request in the annotation and in a document, Slovak, English and Czech without diacritics, and
at most five distinct addresses of each kind. The checks every part shares (ids, files,
labels, loading, variety) are in test_corpus_parts.py."""

from __future__ import annotations

import ipaddress
from collections import Counter

from tests.corpus import make_sixth_m
from tests.corpus.part_checks import read_labels
from tests.corpus.sixth_m_common import Style

DIRECTORY = make_sixth_m.PART.out


def test_the_case_spec_labels_are_what_the_label_files_hold() -> None:
    for case in make_sixth_m.all_cases():
        stored = read_labels(DIRECTORY / f"{case['id']}.json")
        assert {k: stored[k] for k in case["labels"]} == case["labels"], case["id"]


def _expanded(case_ips: list[str]) -> int:
    return len({ipaddress.ip_address(ip) for ip in case_ips})


def test_the_part_has_its_own_variety() -> None:
    """Data messages with the request in the annotation and in a document; Slovak, English and
    Czech without diacritics; at most five distinct addresses of each kind."""
    specs = make_sixth_m.all_cases()
    styles = Counter(c["style"] for c in specs)
    boxes = Counter(c["style"] for c in specs if "databox" in c)
    assert boxes[Style.DATABOX_ANNOTATION] >= 1 and boxes[Style.DATABOX_DOCUMENT] >= 1, boxes
    for style in (Style.SLOVAK, Style.ENGLISH, Style.NO_DIACRITICS):
        assert styles[style] >= 1, style
    assert all(
        _expanded(c["labels"]["production_ips"]) <= 5 and _expanded(c["labels"]["test_ips"]) <= 5
        for c in specs
    )
