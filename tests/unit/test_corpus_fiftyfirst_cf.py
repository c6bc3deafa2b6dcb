"""The fifty-first held-out part ``cf`` (tests/corpus/fiftyfirst/cf###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own languages or mixed
with English and Czech, freelancers for several media, universities and municipalities,
agencies and IT contractors writing for a medium), addresses written as ranges, CIDR blocks,
netmasks, 'respectively', IPv6, reverse-DNS names, replaced/temporary/internal hosts and the
office's own server addresses; requests declined, withdrawn, for a later election or only for a
second round; data messages each with a file. The checks every part shares are in
test_corpus_parts.py. Extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfirst_cf_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfirst_cf import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def _phone_prefixes() -> set[str]:
    return {
        c["labels"]["contact"]["phone"][:4] for c in all_cases() if c["labels"]["contact"]["phone"]
    }


def test_foreign_languages_and_unusual_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    text = " ".join(_text(c) for c in cases)
    for word in (
        "Mit freundlichen",  # German
        "Z wyrazami",  # Polish
        "S pozdravom",  # Slovak
        "Üdvözlettel",  # Hungarian
        "Cordialement",  # French (either case)
        "Atentamente",  # Spanish
        "Cordiali saluti",  # Italian
        "Met vriendelijke",  # Dutch
        "Med vänliga",  # Swedish
        "Srdačan pozdrav",  # Serbian, Latin script
        "Aitäh",  # Estonian
        "ar cieņu",  # Latvian
        "Dobryi den",  # Ukrainian transliterated
    ):
        assert word.lower() in text.lower(), word
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FREELANCE, Style.CONTRACTOR, Style.INSTITUTION, Style.MIXED):
        assert styles[style] >= 3, style
    assert styles[Style.FOREIGN] >= 12
    prefixes = _phone_prefixes()
    for country in ("+43", "+48", "+36", "+380", "+381", "+359", "+372", "+371", "+421"):
        assert any(p.startswith(country) for p in prefixes), country
    freelancers = [c for c in cases if c["style"] == Style.FREELANCE]
    for case in freelancers:
        assert case["labels"]["organization"]["name"] == case["labels"]["contact"]["person"]


def test_address_notations_are_varied() -> None:
    text = " ".join(_text(c) for c in all_cases())
    assert re.search(r"\d/3[01]\b", text), "a CIDR block"
    assert "255.255.255.252" in text and "255.255.255.254" in text
    assert "respectively" in text and "respectivement" in text
    assert "in-addr.arpa" in text
    assert re.search(r"\d, \.\d+", text), "shortened last octets"
    assert re.search(r"2001:0db8:", text), "IPv6 written with leading zeros"
    assert "10.20.0.15" in text and "tillfällig" in text
    labels = [c["labels"] for c in all_cases()]
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 5
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5


def test_office_server_addresses_never_in_labels() -> None:
    office = {"198.51.100.250", "198.51.100.251", "192.0.2.250", "203.0.113.240", "192.0.2.10"}
    named = [c for c in all_cases() if any(ip in _text(c) for ip in office)]
    assert len(named) >= 4
    for case in all_cases():
        lab = case["labels"]
        assert not office & set(lab["production_ips"] + lab["test_ips"]), case["id"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"


def test_request_mix_declined_withdrawn_later_rounds() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 8
    for case in cases:
        lab = case["labels"]
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]
    film_only_with_ips = [
        c
        for c in cases
        if c["labels"]["request_types"] == [FILM]
        and re.search(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", _text(c))
    ]
    assert len(film_only_with_ips) >= 3, "declined or withdrawn feeds that name addresses"
    second = [
        c
        for c in cases
        if re.search(
            r"second round|2nd round|druga tura|II tura|"
            r"secondo turno|drugiej tury",
            _text(c),
            re.I,
        )
    ]
    assert len(second) >= 4
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 15


def test_data_messages_and_labels_well_formed() -> None:
    cases = all_cases()
    boxes = [c for c in cases if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {b["databox"]["type"] for b in boxes} >= {10, 20, 40}
    kinds = {k for c in cases for k, _, _ in c.get("attachments", [])}
    assert kinds >= {"pdf", "docx", "xlsx", "odt", "rtf", "eml"}
    ids = [c["id"] for c in cases]
    assert ids == sorted(ids) and all(re.fullmatch(r"cf0\d\d-[a-z0-9-]+", i) for i in ids)
    for case in cases:
        lab = case["labels"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["organization"]["ico"]:
            assert ico_valid(lab["organization"]["ico"])
        box_id = lab["organization"]["databox_id"]
        assert box_id is None or re.fullmatch(r"[a-z0-9]{7}", box_id)
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+\d{8,15}", phone)
        assert lab["contact"]["email"].endswith(".example")


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert len(written) == 84
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
    clients = {v for c in all_cases() for _, v in c.get("headers", [])}
    assert len(clients) >= 10
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
