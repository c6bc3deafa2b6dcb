"""The ninth held-out part ``x`` (tests/corpus/ninth/x###-…): what is particular to this
part — its emphasis on unusual applicants (foreign media, freelancers, universities,
municipalities, contractors). The checks every part shares (ids, files, labels, loading,
variety) are in test_corpus_parts.py."""

from __future__ import annotations

from collections import Counter

from tests.corpus import make_ninth_x
from tests.corpus.ninth_x_common import Style


def test_the_part_has_its_emphasis() -> None:
    """Foreign media, freelancers, universities, municipalities and contractors, each more
    than once; many applicants without an IČO."""
    cases = make_ninth_x.all_cases()
    styles = Counter(c["style"] for c in cases)
    for style in (
        Style.FOREIGN,
        Style.FREELANCE,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.CONTRACTOR,
    ):
        assert styles[style] >= 2, style
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 5
