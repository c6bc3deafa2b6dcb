"""The thirty-eighth held-out part ``al`` (tests/corpus/thirtyeighth/al###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages or mixed with English, freelancers, universities and institutes, municipalities,
agencies, IT contractors, terse notes and long letters), addresses written as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts, request types
declined, withdrawn, conditional, deferred or filming only (mostly feed access, filming only and
both at least five times each, at least ten applicants without an IČO, phones from ten
countries), and at least four data messages each carrying a file, of several kinds, with an
annotation of at most 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the attachment kinds and the mail clients, charsets,
encodings and wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_thirtyeighth_al import all_cases
from tests.corpus.thirtyeighth_al_common import FEED, FILM, Style


def _text(case: dict) -> str:
    """Everything a case's writer wrote: subject, bodies and attachment contents, as text."""
    return repr((case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")))


def test_the_part_has_its_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in all_cases())
    for style in (
        Style.FOREIGN,
        Style.FREELANCER,
        Style.INSTITUTION,
        Style.MUNICIPALITY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.LETTER,
        Style.AGENCY,
    ):
        assert styles[style] >= 2, style
    assert styles[Style.FOREIGN] >= 8 and len(styles) >= 12, styles


def test_foreign_media_write_in_their_own_languages() -> None:
    markers = {
        "de": "Sehr geehrte",
        "pl": "Dzień dobry|Szanowni Państwo",
        "sk": "Dobrý deň",
        "hu": "Tisztelt",
        "fr": "Madame, Monsieur",
        "es": "Buenos días",
        "it": "Gentili",
        "sv": "Hej,",
        "da": "Kære",
        "en": "Dear ",
    }
    texts = [_text(c) for c in all_cases()]
    for lang, marker in markers.items():
        assert any(re.search(marker, t) for t in texts), lang


def test_addresses_are_written_in_unusual_ways() -> None:
    """A CIDR block, a netmask, a written range, order words, an internal host, at least five
    labels with three or more production addresses and an IPv6 test address."""
    texts = [_text(c) for c in all_cases()]
    assert any(re.search(r"\d/3[01]\b", t) for t in texts), "a CIDR block"
    assert any("255.255.255." in t for t in texts), "a netmask"
    assert any(re.search(r"\d – 198|\d-198|bis 2001", t) for t in texts), "a written range"
    assert any("první je ostrá" in t for t in texts), "order words"
    assert any("respectively" in t for t in texts)
    assert any(re.search(r"\b10\.\d+\.\d+\.\d+\b", t) for t in texts), "an internal host"
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 5, "expanded blocks"
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])


def test_the_part_has_its_request_type_mix() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5, types
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+33", "+36", "+34", "+39", "+46", "+45"):
        assert any(phone.startswith(country) for phone in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds() -> None:
    """At least four data messages, each with a file and an annotation of at most 255
    characters, with at least four attachment kinds among them."""
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
