"""The fifty-eighth held-out part ``dd`` (tests/corpus/fiftyeighth/dd###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages or mixed with English, freelancers, universities, institutes and a school,
municipalities and regional TV, agencies and IT contractors writing for a medium, terse notes
and long letters; ranges, CIDR blocks, netmasks, 'respectively', IPv6, replaced, old,
temporary and internal hosts; declined, withdrawn, deferred, conditional and later-election
requests; data messages each carrying a file) and its label mix. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyeighth_dd_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyeighth_dd import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]

# one marker word per language the part must show
LANGUAGES = {
    "serbian": "produkciona",
    "bulgarian-english": "EOOD",
    "estonian": "tootmine",
    "norwegian": "Med vennlig hilsen",
    "portuguese": "endereço de produção",
    "german": "Mit freundlichen Grüßen",
    "polish": "Z poważaniem",
    "slovak": "S pozdravom",
    "hungarian": "Üdvözlettel",
    "french": "Cordialement",
    "spanish": "Un saludo",
    "italian": "cordiali saluti",
    "dutch": "Groeten",
    "swedish": "Vänliga hälsningar",
}

WORDING = {
    "cidr": re.compile(r"/(?:30|126)\b"),
    "netmask": re.compile(r"255\.255\.255\.25[24]"),
    "range": re.compile(r"\d\s*(?:–|-|až)\s*(?:198\.51\.100\.)?\d+\b"),
    "respectively": re.compile(r"resp\.|respectievelijk|respektive|bzw\."),
    "replaced": re.compile(r"nahradili|ruší se|nicht mehr in Betrieb"),
    "temporary": re.compile(r"dočasn"),
    "internal": re.compile(r"interní|NAT"),
    "withdrawn": re.compile(r"rezygnujemy|renonçons"),
    "declined": re.compile(r"trenger vi ikke|\bNE\b|nepotřebuji|nicht"),
    "deferred": re.compile(r"più avanti"),
    "conditional": re.compile(r"Pokud to bude možné"),
    "later election": re.compile(r"2026|2028"),
}


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def test_foreign_languages_and_the_rounds_specials() -> None:
    cases = all_cases()
    assert len(cases) == 42
    blob = "\n".join(_text(c) for c in cases)
    for lang, marker in LANGUAGES.items():
        assert marker in blob, lang
    for special in (
        "příspěvková organizace",
        "KAVKAfilm",
        "NIF",
        "distriktskontor",
        "tootmine / test",
        "produkciona / test adresa",
    ):
        assert special in blob, special
    foreign = [c for c in cases if c["style"] in (Style.FOREIGN, Style.MIXED)]
    assert len(foreign) >= 16
    phones = {lab["contact"]["phone"][:4] for lab in (c["labels"] for c in cases)}
    for cc in ("+381", "+359", "+372", "+47", "+351", "+49", "+48", "+421", "+36", "+33"):
        assert any(p.startswith(cc) for p in phones), cc


def test_unusual_applicants() -> None:
    names = [c["labels"]["organization"]["name"] for c in all_cases()]
    assert sum("univerzita" in n.lower() for n in names) >= 2
    assert sum(n.startswith(("Město", "Statutární město")) for n in names) >= 3
    assert sum(" – " in n for n in names) >= 2  # trade names after a dash kept whole
    assert sum(bool(re.search(r"televiz|TV", n)) for n in names) >= 4
    assert any("Inštitút" in n for n in names)
    agencies = [c for c in all_cases() if c["style"] == Style.AGENCY]
    assert len(agencies) >= 3
    for case in agencies:  # the writer is not the applicant's own domain
        sender = case["from"].split("@")[1]
        assert case["labels"]["contact"]["email"] is not None
        assert sender not in case["labels"]["organization"]["name"].lower()


def test_address_and_request_wording() -> None:
    for what, pattern in WORDING.items():
        hits = [c["id"] for c in all_cases() if pattern.search(_text(c))]
        assert hits, what


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_labels_are_well_formed_and_mixed() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    kinds = {k for c in cases for k, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 18 and types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 8
    for case in cases:
        lab = case["labels"]
        org, contact = lab["organization"], lab["contact"]
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not ips, case["id"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert re.fullmatch(r"\+\d{8,14}", contact["phone"]), case["id"]
        assert contact["email"].endswith(".example")
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 5


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(n.endswith(".xml") for n in written) >= 4
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            assert len(msg["From"].addresses) == 1, name
