"""The seventeenth held-out part ``kc`` (tests/corpus/seventeenth/kc###-…): what is particular to
this part — its emphasis on unusual applicants (foreign media, applicants without and with an IČO,
freelancers, universities, municipalities, agencies and contractors), an IPv6 test address among
its labels and at least two data messages, each with an attached file. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds and markers of its ``Part`` record) are in test_corpus_parts.py."""

from __future__ import annotations

from tests.corpus.make_seventeenth_kc import all_cases
from tests.corpus.seventeenth_kc_common import Style


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["style"] == Style.FOREIGN for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is not None for c in cases) >= 10
    styles = {c["style"] for c in cases}
    assert {
        Style.FREELANCER,
        Style.UNIVERSITY,
        Style.MUNICIPAL,
        Style.AGENCY,
        Style.CONTRACTOR,
    } <= styles


def test_an_ipv6_address_is_labelled_as_a_test_address() -> None:
    labels = [c["labels"] for c in all_cases()]
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])


def test_a_data_message_carries_a_file() -> None:
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    for case in boxed:
        assert case.get("attachments"), case["id"]
