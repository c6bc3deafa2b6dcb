"""The thirty-fourth held-out part ``cc`` (tests/corpus/thirtyfourth/cc###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own language or mixed
English, freelancers, universities, municipalities, agencies, IT contractors writing for a
medium, terse notes and long letters), addresses as ranges, CIDR blocks, netmasks, order words
and IPv6, replaced, temporary and internal hosts, request types declined, withdrawn, conditional,
for a later election or filming only, and at least four data messages, each with a file and an
annotation of at most 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the attachment kinds and the mail clients, charsets,
encodings and wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtyfourth_cc import all_cases
from tests.corpus.thirtyfourth_cc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case's writer typed: body, HTML, annotation and document contents."""
    return " ".join(
        [case.get("body", ""), case.get("html", ""), case.get("subject", "")]
        + [repr(content) for _, _, content in case.get("attachments", [])]
    )


def test_the_part_has_its_applicants_and_languages() -> None:
    """Foreign media in at least eight languages, freelancers, universities, municipalities,
    agencies, contractors, terse notes and long letters."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 2
    assert len(styles) >= 12
    words = (
        "Sehr geehrte|Grüß Gott",
        "Szanowni",
        "Dobrý deň",
        "Köszönöm|Kapcsolattartó",
        "Madame, Monsieur",
        "Estimados",
        "Hej|hälsningar",
        "Hei!",
        "Ansøgning",
        "Ystävällisin",
    )
    texts = [_text(c) for c in cases]
    for word in words:
        assert any(re.search(word, t) for t in texts), word
    universities = [
        c
        for c in cases
        if c["style"] == Style.UNIVERSITY
        or "univerzita" in (c["labels"]["organization"]["name"] or "").casefold()
    ]
    assert len(universities) >= 3


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks, netmasks, IPv6 in both lists, and text-only internal addresses
    that never reach a label."""
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"/3[01]\b", t)) for t in texts) >= 3
    assert sum("255.255.255." in t for t in texts) >= 2
    assert sum(bool(re.search(r"\d\s?[–-]\s?(?:192|198|203)\.", t)) for t in texts) >= 3
    labels = [c["labels"] for c in cases]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(bool(re.search(r"\b10\.\d+\.\d+\.\d+\b", t)) for t in texts) >= 2
    internal = ipaddress.ip_network("10.0.0.0/8")
    for lab in labels:
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert ipaddress.ip_address(ip) not in internal, ip


def test_the_part_has_its_request_type_mix() -> None:
    """Film only (five), both, and feed only with a recording request declined, withdrawn or put
    off to a later election; a feed made conditional and so not asked."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 4 and types[(FEED,)] >= 20
    feed_only_mentioning_film = [
        c
        for c in cases
        if c["labels"]["request_types"] == [FEED]
        and re.search(r"natáč|film|nagrywa", _text(c), re.I)
    ]
    assert len(feed_only_mentioning_film) >= 4
    film_only_mentioning_xml = [
        c for c in cases if c["labels"]["request_types"] == [FILM] and "XML" in _text(c)
    ]
    assert len(film_only_mentioning_xml) >= 5


def test_data_messages_each_carry_a_file() -> None:
    """At least four data messages, each with a file, of at least four kinds between them, the
    annotation within ISDS's 255 characters."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
