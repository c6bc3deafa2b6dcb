"""The thirty-fifth held-out part ``dc`` (tests/corpus/thirtyfifth/dc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own language or mixed English, freelancers, universities, municipalities, agencies and IT
contractors writing for a medium, terse notes and long letters), addresses written as ranges,
CIDR blocks, netmasks, order words and IPv6, replaced, temporary and internal hosts, request
types declined, withdrawn, conditional, left for a later election or filming only, its label
mix, data messages that each carry a file, and that every label names its organisation, a contact
person and a contact e-mail. The checks every part shares (ids, files, labels, loading, variety,
the sender header, the sender box, the attachment kinds and the mail clients, charsets, encodings
and wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

from tests.corpus.make_thirtyfifth_dc import all_cases
from tests.corpus.thirtyfifth_dc_common import FEED, FILM, Style


def _text(case: dict) -> str:
    """Everything a case writes, attachments included, as one string (for wording checks)."""
    return json.dumps(
        [case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")],
        ensure_ascii=False,
        default=str,
    )


def test_every_label_names_the_organisation_and_a_contact() -> None:
    """Beyond the shared label checks: every label has an organisation name, a contact person
    and a contact e-mail."""
    for case in all_cases():
        lab, cid = case["labels"], case["id"]
        assert lab["organization"]["name"], cid
        assert lab["contact"]["person"] and lab["contact"]["email"], cid


def test_the_part_has_its_emphasis() -> None:
    """Foreign languages, mixed English, freelancers, universities, municipalities,
    agencies, contractors, terse notes and letters, and at least four data messages."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8 and styles[Style.MIXED] >= 3
    for style in (Style.FREELANCE, Style.CONTRACTOR, Style.TERSE, Style.CORRECTION):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    text = [_text(c) for c in cases]
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame, Monsieur",
        "Estimados",
        "Hej!",
        "Med vennlig hilsen",
        "Venlig hilsen",
        "Geachte",
        "Ystävällisin",
    ):
        assert any(word in t for t in text), word
    assert sum("univerzit" in t.lower() for t in text) >= 2
    assert (
        sum(c["labels"]["organization"]["name"].startswith(("Město", "Městys")) for c in cases) >= 4
    )
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks, netmasks, order words, IPv6 (also uncompressed), and hosts the
    text says are replaced, temporary or internal."""
    text = [_text(c) for c in all_cases()]
    assert sum(bool(re.search(r"\d/(2[4-9]|3[0-2])\b", t)) for t in text) >= 4
    assert sum("255.255.255." in t for t in text) >= 2
    assert sum(bool(re.search(r"\d( bis | až | t/m |-\d| – \d)", t)) for t in text) >= 4
    assert any("respektive" in t or "respectively" in t for t in text)
    assert any("respektíve" in t for t in text)
    assert any("0000:0000" in t for t in text)
    assert any("10.0.12.5" in t for t in text) and any("10.1.1.20" in t for t in text)
    labels = [c["labels"] for c in all_cases()]
    assert (
        sum(any(":" in ip for ip in lab["production_ips"] + lab["test_ips"]) for lab in labels) >= 4
    )
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    internal = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
    for lab in labels:
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert not any(addr in net for net in internal), ip


def test_the_part_has_its_request_mix() -> None:
    """Feed only, filming only and both; declined, withdrawn and later-election requests."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6, types
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 12
    phones = [c["labels"]["contact"]["phone"] for c in cases]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+46", "+47", "+45"):
        assert any(p and p.startswith(country) for p in phones), country
    descriptions = " ".join(c["description"] for c in cases)
    for word in ("withdraw", "declines", "later election", "if you allow", "replaced"):
        assert word in descriptions, word
