"""The thirty-ninth held-out part ``ao`` (tests/corpus/thirtyninth/ao###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own languages, freelancers, universities, municipalities, agencies and IT contractors, terse
notes and long letters), on addresses written as ranges, CIDR blocks, netmasks and IPv6, with
replaced and internal hosts left out, and on request types declined, withdrawn, conditional or
left for a later election (mostly feed access, filming only at least five and both at least seven
times, at least ten applicants without an IČO, a box ID in a mail, phones from ten countries),
and at least four data messages each carrying a file, of several kinds, with an annotation of at
most 255 characters. The checks every part shares (ids, files, labels, loading, variety, the
sender header, the sender box, the attachment kinds and the mail clients, charsets, encodings and
wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from tests.corpus.make_thirtyninth_ao import all_cases
from tests.corpus.thirtyninth_ao_common import FEED, FILM, Style


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "") + case["subject"]


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in at least eight languages, freelancers, universities, municipalities,
    agencies and contractors, terse notes and letters, and at least four data messages."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 6
    for style in (
        Style.FREELANCER,
        Style.UNIVERSITY,
        Style.CONTRACTOR,
        Style.TERSE,
        Style.AGENCY,
        Style.FORM,
    ):
        assert styles[style] >= 2, style
    assert styles[Style.DATABOX] >= 4
    assert sum("databox" in c for c in cases) >= 4
    languages = {
        "de": "Mit freundlichen Grüßen",
        "pl": "Szanowni Państwo",
        "sk": "Dobrý deň",
        "hu": "Tisztelt",
        "fr": "Madame, Monsieur",
        "es": "Estimados",
        "sv": "Med vänliga hälsningar",
        "da": "Venlig hilsen",
        "no": "Vennlig hilsen",
        "en": "Dear ",
    }
    for lang, phrase in languages.items():
        assert any(phrase in _text(c) for c in cases), lang
    assert len(styles) >= 15, styles


def test_the_part_has_its_address_emphasis() -> None:
    """Written ranges, CIDR blocks, netmasks and IPv6 in the text, expanded in the labels;
    internal (private) addresses and replaced ones never labelled."""
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"\d/3[01]\b", t)) for t in texts) >= 3
    assert sum("255.255.255.25" in t for t in texts) >= 2
    assert sum(bool(re.search(r"\d\s?(-|–|až)\s?\.?\d", t)) for t in texts) >= 3
    labels = [c["labels"] for c in cases]
    blocks = [lab for lab in labels if len(lab["production_ips"] + lab["test_ips"]) >= 4]
    assert len(blocks) >= 5
    ipv6 = [ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"] if ":" in ip]
    assert len(ipv6) >= 6
    internal = ipaddress.ip_network("10.0.0.0/8")
    for lab in labels:
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert ipaddress.ip_address(ip) not in internal, ip
    assert not any("10.20.0.5" in lab["production_ips"] for lab in labels)


def test_the_part_has_its_request_type_mix() -> None:
    """Mostly feed access only, filming only (declined feed) at least five and both at least
    seven times; declined and withdrawn wording at least twice, conditional and later-election
    wording at least once; at least ten applicants without an IČO, a box ID in a mail and phones
    from ten countries."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 7
    styles = Counter(c["style"] for c in cases)
    for style in (Style.DECLINED, Style.WITHDRAWN):
        assert styles[style] >= 2, style
    assert styles[Style.CONDITIONAL] >= 1 and styles[Style.LATER] >= 1
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+46", "+45", "+47"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_carry_a_file_and_a_short_annotation() -> None:
    """Every data message carries a file and an annotation of at most 255 characters, with at
    least four attachment kinds among them (their number is in the applicant-emphasis test)."""
    kinds = set()
    for case in (c for c in all_cases() if "databox" in c):
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
