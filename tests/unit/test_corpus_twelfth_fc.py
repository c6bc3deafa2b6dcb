"""The twelfth held-out part ``fc`` (tests/corpus/twelfth/fc###-…): what is particular to this
part — its emphasis on unusual applicants (many without an IČO) and more than one data
message. The checks every part shares (ids, files, labels, loading, variety, the sender header,
the attachment kinds and markers of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_twelfth_fc import all_cases


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 5
    assert sum("databox" in c for c in cases) >= 2
