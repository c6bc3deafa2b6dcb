"""The fourteenth held-out part ``hc`` (tests/corpus/fourteenth/hc###-…): what is particular to
this part — its emphasis on unusual applicants (foreign media, freelancers, universities,
municipalities, agencies; many without an IČO) and more than one data message, each with an
attached file. The checks every part shares (ids, files, labels, loading, variety, the sender
header, the attachment kinds and markers of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.fourteenth_hc_common import Style
from tests.corpus.make_fourteenth_hc import all_cases


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["style"] == Style.FOREIGN for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is not None for c in cases) >= 10
    assert {Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPAL, Style.AGENCY} <= {
        c["style"] for c in cases
    }


def test_a_data_message_carries_a_file() -> None:
    """A data message without a file has no application."""
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    for case in boxed:
        assert case["attachments"], case["id"]
