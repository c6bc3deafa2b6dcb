"""The twentyseventh held-out part ``uc`` (tests/corpus/twentyseventh/uc###-…): what is
particular to this part — its emphasis on unusual applicants and wording (foreign media writing
in their own languages, freelancers, universities and institutes, municipalities, IT
contractors writing for a medium, terse notes and long letters), addresses written as ranges,
CIDR blocks, netmasks, order words and IPv6, replaced, temporary or internal hosts, request types
declined, withdrawn, conditional, for a later election or filming only, applicants without an
IČO, phones from many countries, and at least four data messages each carrying a file, with an
annotation within 255 characters. The checks every part shares (ids, files, labels, loading,
variety, the sender header, the sender box, the mail clients, charsets, encodings, wrappers and
attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentyseventh_uc import all_cases
from tests.corpus.twentyseventh_uc_common import FEED, FILM, Style

FOREIGN_WORDS = {
    "de": "Sehr geehrte",
    "pl": "Dzień dobry",
    "hu": "Tisztelt",
    "fr": "Madame, Monsieur",
    "es": "Estimados",
    "sv": "Med vänliga hälsningar",
    "da": "Venlig hilsen",
    "it": "Buongiorno",
    "fi": "Hyvä vastaanottaja",
    "sk": "Dobrý deň",
}


def _text(case: dict) -> str:
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    for _, _, content in case.get("attachments", []):
        parts.append(repr(content))
    return "\n".join(parts)


def test_the_part_writes_in_many_languages() -> None:
    texts = [_text(c) for c in all_cases()]
    for lang, word in FOREIGN_WORDS.items():
        assert any(word in t for t in texts), lang
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    assert len(styles) >= 12


def test_the_part_has_its_unusual_applicants() -> None:
    styles = Counter(c["style"] for c in all_cases())
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.MUNICIPALITY, Style.TERSE):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 1 and styles[Style.LETTER] >= 4
    names = [c["labels"]["organization"]["name"] for c in all_cases()]
    assert any("univerzita" in n.lower() for n in names)
    assert any(n.startswith(("Obec", "Město", "Statutární")) for n in names)


def test_the_part_writes_addresses_in_unusual_ways() -> None:
    texts = "\n".join(_text(c) for c in all_cases())
    assert re.search(r"\d/3[01]\b", texts), "a CIDR block"
    assert "255.255.255.252" in texts and "255.255.255.254" in texts, "netmasks"
    assert re.search(r"\.\d+[-–]\d+\b", texts), "a written range"
    assert "resp." in texts and "první" in texts, "roles from order words"
    labels = [c["labels"] for c in all_cases()]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])


def test_the_part_has_its_request_type_mix() -> None:
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 6, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in all_cases()) >= 8
    phones = [c["labels"]["contact"]["phone"] or "" for c in all_cases()]
    for country in ("+49", "+48", "+421", "+36", "+33", "+34", "+46", "+45", "+44", "+358"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
