"""The thirteenth held-out part ``gc`` (tests/corpus/thirteenth/gc###-…): what is particular to
this part — the variety its brief asks for beyond the shared minimum (more than one data
message, several filming-only requests and several asking for both, many applicants without an
IČO, many IPv6 addresses). Its styles are thirteenth_gc_common.Style. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the attachment kinds and markers of its
``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_thirteenth_gc import all_cases


def test_the_part_has_its_applicant_and_request_emphasis() -> None:
    cases = all_cases()
    assert sum("databox" in c for c in cases) >= 2
    types = [c["labels"]["request_types"] for c in cases]
    assert sum(t == ["recording_permit"] for t in types) >= 3
    assert sum(len(t) == 2 for t in types) >= 3
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    ips = [ip for c in cases for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert sum(":" in ip for ip in ips) >= 5
