"""The eleventh held-out part ``ec`` (tests/corpus/eleventh/ec###-…): what is particular to this
part — its emphasis on unusual applicants and wording. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the attachment kinds of its ``Part``
record) are in test_corpus_parts.py."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus import make_eleventh_ec
from tests.corpus.eleventh_ec_common import Style

CASES: list[dict[str, Any]] = make_eleventh_ec.all_cases()


def test_the_part_has_its_emphasis() -> None:
    """Foreign media, freelancers, universities, municipalities, contractors, address
    notations and declined or withdrawn requests, each more than once; many applicants
    without an IČO; several filming-only applications."""
    styles = Counter(c["style"] for c in CASES)
    for style in (
        Style.FOREIGN,
        Style.FREELANCE,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.CONTRACTOR,
        Style.NOTATION,
        Style.DECLINED,
        Style.RECORDING,
    ):
        assert styles[style] >= 2, style
    labels = [c["labels"] for c in CASES]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert sum(lab["request_types"] == ["recording_permit"] for lab in labels) >= 4
