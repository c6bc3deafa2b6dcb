"""The twentysecond held-out part ``pc`` (tests/corpus/twentysecond/pc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own language or mixed with English, freelancers, universities and institutes, municipalities,
agencies, IT contractors writing for a medium, two-line notes and long letters; addresses as
ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts; request
types declined, withdrawn, conditional, left for a later election, or filming only; at least
four data messages, each with a file) and its label mix, plus its own label rules: every label
names an organization and a contact person, and its addresses come only from the three
documentation networks and 2001:db8::/32. The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the mail clients, charsets, encodings,
wrappers and attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentysecond_pc import all_cases
from tests.corpus.twentysecond_pc_common import FEED, FILM, Style

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    """Everything a case's author wrote, as one string (body, HTML, subject, attachments)."""
    return repr(case)


def test_every_label_names_the_organization_and_the_contact_person() -> None:
    """LABELS.md: every label has an organization name and a contact person (the shared label
    check does not ask for them)."""
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["name"] and lab["contact"]["person"], case["id"]


def test_the_label_addresses_come_from_the_documentation_networks() -> None:
    """This part's addresses are all from 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and
    2001:db8::/32 (the shared label check also allows the benchmarking 198.18.0.0/15)."""
    for case in all_cases():
        lab = case["labels"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert any(addr in net for net in DOC_NETS), (case["id"], ip)


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in their own languages, freelancers, institutions, municipalities,
    agencies, IT contractors, terse notes and long letters, at least four data messages."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 7
    for style in (
        Style.FREELANCE,
        Style.INSTITUTION,
        Style.MUNICIPALITY,
        Style.AGENCY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.LETTER,
        Style.SCOPE,
    ):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    assert sum("databox" in c for c in cases) >= 4
    languages = {
        "German": "Sehr geehrte",
        "Polish": "Szanowni",
        "Hungarian": "Tisztelt",
        "French": "Bonjour",
        "Spanish": "Estimados",
        "Swedish": "Med vänliga",
        "Danish": "Venlig hilsen",
        "Norwegian": "Vennlig hilsen",
        "Finnish": "Kiitos",
        "Slovak": "Žiadame",
    }
    for language, marker in languages.items():
        assert any(marker in _text(c) for c in cases), language


def test_the_part_writes_addresses_in_unusual_forms() -> None:
    """CIDR blocks, a netmask, written ranges (whole, last octet, IPv6), internal hosts,
    replaced servers and full-form IPv6 all appear in the text."""
    text = "".join(_text(c) for c in all_cases())
    assert re.search(r"\d+\.\d+\.\d+\.\d+/3[01]\b", text)
    assert "255.255.255.252" in text
    assert re.search(r"\d+\.\d+\.\d+\.\d+ ?- ?\d+\.\d+\.\d+\.\d+", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+-\d{1,3}\b", text)
    assert "2001:0db8:" in text and " až 2001:db8:" in text
    assert "10.20.0.15" in text and "172.16.4.10" in text
    assert "už nepoužíváme" in text


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination with at least four filming-only cases, declined and
    withdrawn types, applicants without an IČO, blocks expanded, IPv6 on both sides and
    phones from many countries."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 6
    assert sum(lab["organization"]["databox_id"] is not None for lab in labels) >= 8
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+43", "+48", "+33", "+44", "+46", "+358", "+45", "+47"):
        assert any(p.startswith(country) for p in phones), country
    freelancers = [c for c in cases if c["style"] == Style.FREELANCE]
    assert all(
        c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"] for c in freelancers
    )


def test_data_messages_carry_files_of_several_kinds() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    for case in databox:
        assert case.get("attachments"), case["id"]
    kinds = {kind for c in databox for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 3, kinds
