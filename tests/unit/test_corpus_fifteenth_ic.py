"""The fifteenth held-out part ``ic`` (tests/corpus/fifteenth/ic###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media, freelancers,
universities, municipalities, agencies writing for a medium, many applicants without an IČO)
and data messages that always carry a file. The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the wrappers, charsets and attachment
kinds of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from collections import Counter

from tests.corpus.fifteenth_ic_common import Style
from tests.corpus.make_fifteenth_ic import all_cases


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8, styles
    assert {Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPAL, Style.AGENCY} <= set(styles)
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8


def test_data_messages_carry_a_file() -> None:
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    for case in boxed:
        assert case.get("attachments"), f"{case['id']}: a data message needs an attached file"
