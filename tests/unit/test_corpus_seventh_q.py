"""The seventh held-out set's part ``q`` (tests/corpus/seventh/q###-…): what is particular to
this part — at least a third of its applicants have no Czech IČO, with phone numbers of several
countries. The checks every part shares (ids, files, labels, loading, variety) are in
test_corpus_parts.py."""

from __future__ import annotations

from collections import Counter

from tests.corpus.make_seventh_q import all_cases

SPECS = all_cases()
COUNT = 42


def test_foreign_applicants_dominate() -> None:
    assert len(SPECS) == COUNT
    foreign = [c for c in SPECS if c["labels"]["organization"]["ico"] is None]
    assert len(foreign) >= COUNT // 3, "this part emphasises applicants without a Czech IČO"
    phones = Counter(
        c["labels"]["contact"]["phone"][:3] for c in SPECS if c["labels"]["contact"]["phone"]
    )
    assert len(phones) >= 6, "foreign phone formats of several countries"
