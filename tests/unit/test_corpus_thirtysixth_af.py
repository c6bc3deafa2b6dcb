"""The thirty-sixth held-out part ``af`` (tests/corpus/thirtysixth/af###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own languages or
mixed with English, freelancers, universities, municipalities, agencies and IT contractors
writing for a medium, terse notes and long letters), addresses written as ranges, CIDR blocks,
netmasks and order words, IPv6, replaced, temporary and internal hosts, request types declined,
withdrawn, conditional, left for a later election or filming only, request types listed in
order, and at least four data messages that each carry a file of several kinds, with an
annotation of at most 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the attachment kinds and the mail clients, charsets,
encodings and wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtysixth_af import all_cases
from tests.corpus.thirtysixth_af_common import FEED, FILM, Style

TEXT_KINDS = ("body", "html")


def _text(case: dict[str, Any]) -> str:
    """Everything the applicant wrote in the case, mail body, HTML and attachments alike."""
    parts = [case.get(k, "") for k in TEXT_KINDS] + [case["subject"]]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_request_types_are_listed_in_order() -> None:
    """Beyond the shared label checks: a label lists its request types sorted."""
    for case in all_cases():
        types = case["labels"]["request_types"]
        assert types == sorted(types), case["id"]


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in at least eight languages' worth of countries, freelancers,
    universities, municipalities, agencies and contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.AGENCY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert (
        styles[Style.MUNICIPALITY]
        + sum(c["databox"].get("type") == 10 for c in all_cases() if "databox" in c)
        >= 4
    )
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    assert len(styles) >= 10
    phones = {c["labels"]["contact"]["phone"] for c in all_cases()} - {None}
    for country in (
        "+420",
        "+421",
        "+49",
        "+48",
        "+36",
        "+34",
        "+43",
        "+45",
        "+47",
        "+358",
        "+44",
        "+32",
    ):
        assert any(p.startswith(country) for p in phones), country
    words = (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame",
        "Estimados",
        "Kære",
        "Hej",
        "Hei",
        "Bonjour",
    )
    texts = "\n".join(_text(c) for c in all_cases())
    assert all(w in texts for w in words)


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks and netmasks expanded; order words; IPv6 in both roles; replaced,
    temporary and internal hosts left out of the labels."""
    cases = all_cases()
    texts = [_text(c) for c in cases]
    labels = [c["labels"] for c in cases]
    assert sum(bool(re.search(r"/(3[01]|127)\b", t)) for t in texts) >= 3
    assert sum("255.255.255.252" in t for t in texts) >= 2
    assert sum(bool(re.search(r"\d+\.\d+\.\d+\.\d+ ?(–|-|až) ?\d+", t)) for t in texts) >= 3
    orders = ("bzw.", "odpowiednio", "respectively", "První je", "první je")
    assert sum(any(w in t for w in orders) for t in texts) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    every_label_ip = {ip for lab in labels for k in ("production_ips", "test_ips") for ip in lab[k]}
    for left_out in (
        "198.51.100.200",
        "198.51.100.180",
        "10.20.0.15",
        "172.16.8.11",
        "203.0.113.140",
    ):
        assert left_out not in every_label_ip


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only at least five times and both at least eight; at least ten applicants
    without an IČO."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 10


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
