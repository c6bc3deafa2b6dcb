"""The forty-first held-out part ``au`` (tests/corpus/fortyfirst/au###-…): what is particular to
this part — unusual applicants and wording (foreign media writing their own languages, greetings in
eight languages, freelancers, universities and institutes, municipalities, IT contractors, terse
notes and long letters, at least twelve styles), addresses written as ranges with order words, CIDR
blocks and netmasks, with internal hosts in the text (the labels have blocks of four and three, IPv6
production addresses in at least three and an IPv6 test address, production without test addresses
at least eight times), filming only and both at least five times each, and at least four data
messages that each carry a file, of several kinds, with an annotation of at most 255 characters. The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender box,
the attachment kinds and the mail clients, charsets, encodings and wrappers of its ``Part`` record)
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules and
are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortyfirst_au_common import FEED, FILM, Style
from tests.corpus.make_fortyfirst_au import all_cases

TEXT_KEYS = ("body", "html", "subject")


def _text(case: dict) -> str:
    parts = [case.get(k) or "" for k in TEXT_KEYS]
    return "\n".join(parts) + repr(case.get("attachments", []))


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media with greetings in eight languages, freelancers, universities, institutes,
    municipalities, contractors, terse notes and long letters, at least twelve styles."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.INSTITUTE, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 3
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in all_cases())
    for word in (
        "Sehr geehrte",  # German
        "Dzień dobry",  # Polish
        "Dobrý deň",  # Slovak
        "Tisztelt",  # Hungarian
        "Madame, Monsieur",  # French
        "Buenos días",  # Spanish
        "Hej!",  # Swedish
        "Hei",  # Norwegian / Finnish
    ):
        assert word in text, word
    names = [c["labels"]["organization"]["name"] or "" for c in all_cases()]
    assert sum(n.startswith(("Město", "Obec")) for n in names) >= 2
    assert sum("niverzit" in n or "niwersytet" in n for n in names) >= 3


def test_the_part_has_its_address_forms() -> None:
    """Ranges with order words, CIDR blocks, netmasks and internal hosts appear in the text; the
    labels have blocks of four and three, IPv6 production addresses in at least three, an IPv6 test
    address and production without test addresses at least eight times."""
    text = "\n".join(_text(c) for c in all_cases())
    assert re.search(r"\d/(30|126|127)\b", text)
    assert "255.255.255.252" in text and "255.255.255.254" in text and "255.255.255.255" in text
    assert re.search(r"\bbis\b|\bdo 203|–203|až 198", text)
    assert "10.20.0.15" in text and "192.168.1.20" in text
    labels = [c["labels"] for c in all_cases()]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(len(lab["production_ips"]) == 3 for lab in labels)
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 8


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only and both at least five times each."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5, types


def test_the_part_has_its_data_messages() -> None:
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
