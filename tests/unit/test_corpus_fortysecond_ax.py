"""The forty-second held-out part ``ax`` (tests/corpus/fortysecond/ax###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media in their own languages,
freelancers, universities and institutes, municipalities, agencies, IT contractors writing for a
medium, terse notes and long letters, at least twelve styles), foreign languages written in their
own words, addresses as ranges, CIDR blocks, netmasks, IPv6 and a /127 (expanded in the labels),
its request mix (filming only, both and feed access counts, at least eight applicants without an
IČO) and at least four data messages that each carry a file, of several kinds, with an annotation
of at most 255 characters. The checks every part shares (ids, files, labels, loading, variety, the
sender header, the sender box, the attachment kinds and the mail clients, charsets, encodings and
wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortysecond_ax_common import FEED, FILM, Style
from tests.corpus.make_fortysecond_ax import all_cases


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign, freelance, institution, municipal, agency and contractor applicants, terse
    notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 8, styles
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.MUNICIPAL, Style.AGENCY):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 4 and styles[Style.TERSE] >= 3
    assert len(styles) >= 12


def test_foreign_languages_are_written_in_their_own_words() -> None:
    text = " ".join(c.get("body", c.get("html", "")) for c in all_cases())
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Köszönöm",
        "Madame",
        "Buenos",
        "Hej",
        "Hei,",
        "Gentili",
    ):
        assert word in text, word


def test_the_part_has_its_address_forms() -> None:
    """CIDR blocks, a netmask, written ranges, IPv6 and a /127, expanded in the labels."""
    cases = all_cases()
    raw = " ".join(c.get("body", c.get("html", "")) + repr(c.get("attachments")) for c in cases)
    assert re.search(r"\d/3[01]\b", raw) and "255.255.255.252" in raw
    assert " až " in raw and " to 203." in raw and "respectively" in raw
    assert "/127" in raw
    labels = [c["labels"] for c in cases]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3


def test_the_part_has_its_request_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 8


def test_data_messages_carry_files_and_short_annotations() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
