"""The forty-fifth held-out part ``bk`` (tests/corpus/fortyfifth/bk###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own language or mixed
with English, with foreign phones and no IČO; freelancers in their own name; universities,
towns, agencies and IT contractors writing for the medium; terse notes and long letters),
addresses as written ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary and
internal hosts, requests declined, withdrawn, conditional or left for a later election, at
least four data messages each with a file — and its label mix. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyfifth_bk_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyfifth_bk import all_cases, files

GREETINGS = {
    "de": "Sehr geehrte",
    "pl": "Szanowni",
    "sk": "Žiadosť",
    "hu": "Tisztelt",
    "fr": "Madame, Monsieur",
    "es": "Estimados",
    "it": "Gentile",
    "nl": "Geachte",
    "sv": "Hej!",
    "sl": "Spoštovani",
}
RANGE_WORDS = (" bis .", " t/m ", " à ", " až ", "–", "-12")
ORDER_WORDS = ("v tomto pořadí", "resp.")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def _labels() -> list[dict[str, Any]]:
    return [c["labels"] for c in all_cases()]


def test_foreign_applicants_write_in_their_own_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    for lang, word in GREETINGS.items():
        assert any(word in _text(c) for c in cases), lang
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 12
    phones = {c["labels"]["contact"]["phone"][:3] for c in cases if c["labels"]["contact"]["phone"]}
    for code in ("+49", "+48", "+42", "+36", "+33", "+34", "+39", "+31", "+46", "+43", "+41"):
        assert code in phones, code
    mixed = [
        c for c in cases if re.search(r"\b(?:please|Please|production|Production)\b", _text(c))
    ]
    assert len(mixed) >= 5
    no_ico = [lab for lab in _labels() if lab["organization"]["ico"] is None]
    assert len(no_ico) >= 12


def test_unusual_applicants_and_lengths() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    assert styles[Style.PROXY] >= 3 and styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 3
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum("univerzit" in n.lower() or "vysoká škola" in n.lower() for n in names) >= 3
    assert sum(n.startswith(("Město", "Městys")) for n in names) >= 3
    persons = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(persons) >= 3, "freelancers applying in their own name"
    sizes = [len(_text(c)) for c in cases]
    assert sum(n < 1000 for n in sizes) >= 4, "three-line notes"
    assert sum(n > 1700 for n in sizes) >= 5, "long formal letters"


def test_addresses_are_written_many_ways() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"/(?:3[01]|12[67])\b", t)) for t in texts) >= 5, "CIDR blocks"
    assert sum("255.255.255.25" in t for t in texts) >= 2, "netmasks"
    assert sum(any(w in t for w in ORDER_WORDS) for t in texts) >= 3
    assert sum(any(w in t for w in RANGE_WORDS) for t in texts) >= 6
    for word in ("nahrazeno", "ya no se utiliza", "dočasného", "NATem", "překlep"):
        assert any(word in t for t in texts), word
    labels = _labels()
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 6
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    v6 = [lab for lab in labels if any(":" in ip for ip in lab["production_ips"])]
    assert len(v6) >= 6
    assert any(any(":" in ip for ip in lab["test_ips"]) for lab in labels)


def test_requests_declined_withdrawn_conditional_or_later() -> None:
    cases = all_cases()
    descriptions = " ".join(c["description"] for c in cases)
    for word in ("withdraw", "unticked", "condition", "later", "Nee", "drops"):
        assert word in descriptions, word
    types = Counter(tuple(lab["request_types"]) for lab in _labels())
    assert types[(FEED,)] >= 18 and types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 10
    for lab in _labels():
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind


def test_labels_are_well_formed() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5, case["id"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip, ip
            assert any(addr in net for net in DOC_NETS if net.version == addr.version), ip
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        contact = lab["contact"]
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", contact["phone"]), case["id"]
        assert contact["phone"] != "+420274052733"


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
    clients = set()
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            clients.add(
                msg.get("X-Mailer")
                or msg.get("User-Agent")
                or msg.get("X-Gm-Features")
                or msg.get("X-Originating-Client")
            )
    assert len(clients) >= 10
