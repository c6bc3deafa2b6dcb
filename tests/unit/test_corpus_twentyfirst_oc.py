"""The twentyfirst held-out part ``oc`` (tests/corpus/twentyfirst/oc###-…): what is particular to
this part — unusual applicants and wording (foreign media writing in their own language,
freelancers, universities and institutes, municipalities, agencies, IT contractors writing for
a medium, terse notes and long letters), addresses written as blocks, netmasks, ranges, by order,
in IPv6, replaced, temporary or internal, request types declined, withdrawn, left for a later
election or filming only, at least four data messages with files of several kinds, at least ten
applicants without an IČO and phones from ten countries. The checks every part shares (ids,
files, labels, loading, variety, the sender header, the sender box, the mail clients, charsets,
encodings and attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

from tests.corpus.make_twentyfirst_oc import all_cases
from tests.corpus.twentyfirst_oc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """The case's own words: subject, body, HTML and the text of its attachments' specs."""
    parts = [case["subject"], case.get("body", ""), case.get("html", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in many languages, freelancers, academics, municipalities, agencies and
    contractors, terse notes and long letters, each several times."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 10
    for style in (Style.ACADEMIC, Style.MUNICIPAL, Style.TERSE, Style.LETTER):
        assert styles[style] >= 3, style
    for style in (Style.FREELANCE, Style.AGENCY, Style.CONTRACTOR, Style.DECLINED, Style.ADDRESSES):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    texts = [_text(c) for c in all_cases()]
    for word in (
        "Ansprechpartner",
        "Osoba kontaktowa",
        "Kapcsolattartó",
        "Persona de contacto",
        "Kontaktperson",
        "Kontaktná osoba",
        "Nous n'avons pas besoin",
        "tuotanto",
    ):
        assert any(word in t for t in texts), word


def test_the_part_has_its_address_notations() -> None:
    """CIDR blocks, a netmask, written ranges, abbreviated octets, IPv6 and its uncompressed
    form, roles by order, replaced, temporary and internal hosts."""
    texts = "\n".join(_text(c) for c in all_cases())
    for marker in (
        "/30",
        "/31",
        "/32",
        "/127",
        "255.255.255.252",
        " til ",
        " až ",
        "70-72",
        ", .91 a .92",
        "2001:0db8:",
        "resp.",
        "první",
        "vyřadili",
        "dočasn",
        "10.20.0.15",
        "172.16.4.20",
        "2.4.1.7",
    ):
        assert marker in texts, marker
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert any(len(lab["test_ips"]) == 4 for lab in labels)
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only several times, both types, mostly feed access, at least four data messages
    carrying files of several kinds, at least ten applicants without an IČO and phones from ten
    countries."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 2 and types[(FEED,)] >= 20
    boxes = [c for c in cases if "databox" in c]
    assert len(boxes) >= 4
    assert len({kind for c in boxes for kind, _, _ in c.get("attachments", [])}) >= 3
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+46", "+34", "+47", "+45", "+44"):
        assert any(p.startswith(country) for p in phones), country
