"""The twentyninth held-out part ``wc`` (tests/corpus/twentyninth/wc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing their own
language, freelancers, universities, municipalities, agencies, IT contractors, terse notes and
long letters, their own words in many languages), addresses written as netmasks, blocks, order words
and IPv6 (a four-address block, at least four IPv6 production addresses, an IPv6 test address),
its request-type mix in its own counts, at least ten applicants without an IČO, labels that name
their applicant, and at least four data messages, each carrying a file of several kinds and an
annotation within 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the mail clients, charsets, encodings, wrappers and
attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentyninth_wc import all_cases
from tests.corpus.twentyninth_wc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "") + case.get("subject", "")


def test_every_label_names_its_applicant() -> None:
    for case in all_cases():
        assert case["labels"]["organization"]["name"], case["id"]


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in many languages, freelancers, universities, municipalities, agencies,
    contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    assert len(styles) >= 12
    texts = " ".join(_text(c) for c in all_cases())
    for word in (
        "Antragsteller",
        "Wnioskodawca",
        "Kapcsolattartó",
        "respectivement",
        "Solicitud",
        "Kontaktperson",
        "Kontakt",
        "Referente",
        "Tuotanto",
        "žiadame",
    ):
        assert word in texts, word


def test_the_part_has_its_address_and_request_wording() -> None:
    """Ranges, CIDR blocks, netmasks, order words, IPv6, replaced/internal hosts; declined,
    withdrawn or later requests."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(":" in ip for lab in labels for ip in lab["production_ips"]) >= 4
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    texts = [_text(c) for c in cases]
    assert sum("255.255.255." in t for t in texts) >= 3
    assert sum(bool(re.search(r"\d/3[01]\b", t)) for t in texts) >= 1
    assert any("respectively" in t for t in texts) and any("bzw." in t for t in texts)
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5 and types[(FEED,)] > 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds: set[str] = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
