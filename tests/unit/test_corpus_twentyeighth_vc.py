"""The twentyeighth held-out part ``vc`` (tests/corpus/twentyeighth/vc###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own languages or
mixed with English, freelancers, universities and an institute, towns, agencies, IT contractors
writing for a medium, terse notes and long letters), addresses as ranges, CIDR blocks, netmasks,
order words and IPv6 with replaced, temporary and internal hosts, request types declined,
withdrawn, conditional or left for a later election and filming-only requests, applicants
without an IČO, phones from ten countries, and at least four data messages each carrying a file,
of several kinds, with an annotation within 255 characters. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the mail clients, charsets,
encodings, wrappers and attachment kinds of its ``Part`` record) are in test_corpus_parts.py. The
cases were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentyeighth_vc import all_cases
from tests.corpus.twentyeighth_vc_common import FEED, FILM, Style


def _text(case: dict) -> str:
    """A case's own written text: body, HTML and the text of its document attachments."""
    parts = [case.get("body", ""), case.get("html", ""), case["subject"]]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in at least eight languages, freelancers, universities, towns, agencies,
    IT contractors, terse notes and a long letter."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 12, styles
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.AGENCY):
        assert styles[style] >= 2, style
    assert styles[Style.CONTRACTOR] >= 3 and styles[Style.TERSE] >= 3
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 8
    words = {  # a word only a writer of that language would use
        "de": "Grüße",
        "pl": "Pozdrawiam|poważaniem",
        "sk": "Dobrý deň",
        "hu": "Üdvözlettel",
        "fr": "Bonjour|Madame, Monsieur",
        "es": "saludo|Atentamente",
        "no": "Med vennlig hilsen",
        "da": "Mvh",
        "fi": "Ystävällisin terveisin",
        "en": "Kind regards|Many thanks",
    }
    text = "\n".join(_text(c) for c in cases)
    for lang, word in words.items():
        assert re.search(word, text), lang
    assert any(len(c.get("body", "")) > 1500 for c in cases), "a long letter"
    assert sum(len(c.get("body", "")) < 400 for c in cases if "body" in c) >= 2, "terse notes"


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks and netmasks expanded, an IPv6 test address, internal hosts and a
    replaced server left out."""
    cases = all_cases()
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d/3[01]\b", text) and "255.255.255.25" in text
    assert re.search(r"\d+ bis \.\d+|až po|\d\s?[-–]\s?\d{1,3}\.\d", text)
    assert re.search(r"\b10\.\d+\.\d+\.\d+|192\.168\.", text), "an internal host"
    labels = [c["labels"] for c in cases]
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 6
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    assert "198.51.100.33" not in repr(labels), "the replaced server"


def test_the_part_has_its_request_type_mix() -> None:
    """At least four filming-only requests and six for both, withdrawn and later requests
    that do not count, at least ten applicants without an IČO and phones from ten countries."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6, types
    assert any("withdraw" in c["description"] or "withdrawn" in c["description"] for c in cases)
    assert any(re.search(r"later|next year", c["description"]) for c in cases)
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+47", "+45", "+358"):
        assert any(p and p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 5, kinds
