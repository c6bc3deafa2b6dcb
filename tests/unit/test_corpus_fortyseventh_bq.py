"""The forty-seventh held-out part ``bq`` (tests/corpus/fortyseventh/bq###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in German,
Polish, Slovak, Hungarian, French, Spanish, Italian, Dutch, Swedish or mixed with English;
freelancers, bloggers and podcasters as natural persons; universities, institutes, towns and
regional TV; agencies, IT contractors, a fixer and a head office writing for the applicant;
terse notes and long letters; ranges, CIDR blocks, netmasks, "respectively" words, IPv6,
replaced, temporary and internal hosts; corrections in five languages; declined, withdrawn,
conditional and later-election requests; data messages each with a file) and its label mix.
The checks every part shares are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyseventh_bq_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyseventh_bq import all_cases, files

IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANGUAGES = {
    "de": ("Sehr geehrte", "Grüezi", "Mit freundlichen"),
    "pl": ("Szanowni", "Dzień dobry", "Pozdrawiam"),
    "sk": ("Dobrý deň", "S pozdravom"),
    "hu": ("Tisztelt", "Üdvözlettel"),
    "fr": ("Bonjour", "Madame, Monsieur"),
    "es": ("Buenos días", "Hola,"),
    "it": ("Buongiorno", "Cordiali saluti"),
    "nl": ("Goedendag", "Geachte", "Met vriendelijke groet"),
    "sv": ("Hej", "Vänliga hälsningar", "Ansökan"),
}
CORRECTIONS = ("sostituito da", "en lugar de", "remplace", "vervangt", "ersätter")


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description", "headers")})


def _ips(case: dict[str, Any]) -> list[str]:
    lab = case["labels"]
    return lab["production_ips"] + lab["test_ips"]


def test_foreign_languages_and_corrections_in_five_of_them() -> None:
    cases = all_cases()
    for lang, markers in LANGUAGES.items():
        hits = [c["id"] for c in cases if any(m in _text(c) for m in markers)]
        assert hits, lang
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 12
    assert sum(c["labels"]["organization"]["ico"] is None for c in foreign) >= 10
    mixed = [c for c in foreign if "Dear" in _text(c) or "In short" in _text(c)]
    assert len(mixed) >= 2
    for word in CORRECTIONS:
        assert any(word in _text(c) for c in cases), word
    phones = [c["labels"]["contact"]["phone"] or "" for c in cases]
    for country in ("+49", "+48", "+421", "+36", "+33", "+34", "+39", "+31", "+46", "+43"):
        assert any(p.startswith(country) for p in phones), country


def test_unusual_applicants_and_intermediaries() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    natural = [
        lab
        for lab in labels
        if lab["organization"]["name"].startswith(lab["contact"]["person"] or "\0")
    ]
    assert len(natural) >= 7
    assert sum(lab["organization"]["ico"] is None for lab in natural) >= 6
    names = [lab["organization"]["name"] for lab in labels]
    assert sum("univerzit" in n for n in names) >= 3
    assert any("veřejná vysoká škola" in n for n in names)
    assert sum(n.startswith(("Město", "Obec")) for n in names) >= 2
    broadcasters = re.compile(r"\bTV\b|Televíz|Telewizja|televize|Telealpi|Omroep")
    assert sum(bool(broadcasters.search(n)) for n in names) >= 6
    # someone other than the applicant writes: the sender's domain is not the applicant's
    foreign_sender = [
        c
        for c in cases
        if "from" in c
        and c["from"].rsplit("@", 1)[-1].rstrip(">")
        != (c["labels"]["contact"]["email"] or "").rsplit("@", 1)[-1]
    ]
    assert len(foreign_sender) >= 6
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.INTERMEDIARY] >= 4 and styles[Style.TERSE] >= 5
    assert styles[Style.LETTER] >= 3
    terse = [c for c in cases if c["style"] == Style.TERSE]
    assert all(len(c.get("body", "")) < 400 for c in terse)
    letters = [c for c in cases if c["style"] == Style.LETTER]
    assert sum(len(repr(c["attachments"])) > 1000 for c in letters) >= 2


def test_addresses_written_many_ways() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"\d/3[0-2]\b", t)) for t in texts) >= 3
    assert sum("255.255.255.25" in t for t in texts) >= 2
    for word in ("v tomto poradí", "respectivement", "postupně"):
        assert any(word in t for t in texts), word
    # expanded: a label address the text never writes out in full
    expanded = [c for c in cases if any(ip not in _text(c) for ip in _ips(c))]
    assert len(expanded) >= 8
    # left out: a documentation address in the text that the label does not carry
    left_out = [
        c
        for c in cases
        if any(
            ipaddress.ip_address(ip) in DOC_NETS[1]
            or ipaddress.ip_address(ip) in DOC_NETS[2]
            or ipaddress.ip_address(ip) in DOC_NETS[3]
            for ip in set(IPV4.findall(_text(c))) - set(_ips(c))
            if not ip.startswith("255.")
        )
    ]
    assert len(left_out) >= 7
    assert any("10.12.0.40" in t for t in texts)
    corrected_v6 = [
        c
        for c in cases
        if c["style"] in (Style.CORRECTION, Style.REPLY) and any(":" in ip for ip in _ips(c))
    ]
    assert len(corrected_v6) >= 2
    assert sum(any(":" in ip for ip in c["labels"]["test_ips"]) for c in cases) >= 4


def test_request_types_declined_withdrawn_conditional_later() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 8
    texts = {c["id"]: _text(c) for c in cases}
    assert any("bereme zpět" in t for t in texts.values())
    assert any("stahujeme" in t for t in texts.values())
    assert any("Si c'est possible" in t for t in texts.values())
    later = [i for i, t in texts.items() if "più avanti" in t or "nächsten Jahr" in t]
    assert len(later) == 2
    for c in cases:
        if c["id"] in later:
            assert c["labels"]["request_types"] == [FILM]


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4


def test_labels_are_well_formed() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in _ips(case):
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not _ips(case)
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
        assert lab["contact"]["email"].endswith(".example")


def test_written_messages_have_the_raw_markers() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
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
    for name, data in files().items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert files() == files()
