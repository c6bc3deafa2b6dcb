"""The fiftieth held-out part ``bz`` (tests/corpus/fiftieth/bz###-…): what is particular to
this part — unusual applicants and wording (foreign media in nine languages, some mixed with
English; freelancers, universities and institutes, municipalities and their TVs, law firms
with a power of attorney, IT contractors writing for a medium, media groups naming several
titles; terse notes and long formal letters), addresses written as ranges, CIDR blocks,
netmasks, with order words, as IPv6 with a prefix length or in full, as hostnames with the
address in brackets, replaced, temporary and internal hosts; requests declined, withdrawn,
conditional, deferred, for a later election or for filming only; the same data given twice
with one difference; data messages each carrying a file — and its label mix. The checks every
part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftieth_bz_common import FEED, FILM, Style
from tests.corpus.make_fiftieth_bz import all_cases, files

# A phrase of each language that only a message written in it contains.
LANGUAGES = {
    "German": "Mit freundlichen Grüßen",
    "Polish": "Szanowni Państwo",
    "Slovak": "Dobrý deň",
    "Hungarian": "Üdvözlettel",
    "French": "Madame, Monsieur",
    "Spanish": "Un cordial saludo",
    "Italian": "Cordiali saluti",
    "Dutch": "Met vriendelijke groet",
    "Swedish": "Med vänliga hälsningar",
}
HOST_BRACKET = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example\s*[(\[][0-9a-f:.]+[)\]]")
IPV6_PREFIX = re.compile(r"2001:db8:[0-9a-f:]*/\d{2,3}\b")
IPV6_FULL = re.compile(r"2001:0db8(?::[0-9a-f]{4}){6}")
IPV4_CIDR = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}\b")
IPV4_RANGE = re.compile(
    r"\b\d{1,3}(?:\.\d{1,3}){3}\s*(?:-|–|bis)\s*(?:\d{1,3}(?:\.\d{1,3}){3}|\.?\d{1,3})\b"
)
ORDER_WORDS = re.compile(r"\brespectively\b|\bresp\.|\billetve\b|\brespectievelijk\b", re.I)
PROXY_WORDS = re.compile(r"plnou moc|plná moc|Vollmacht|pověření|na jejich žádost|za klienta")


def _text(case: dict[str, Any]) -> str:
    """Everything a case's message says, its nested .eml and documents included."""
    return repr(case)


def _cases(pattern: re.Pattern[str] | str) -> list[dict[str, Any]]:
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    return [c for c in all_cases() if rx.search(_text(c))]


def test_foreign_media_write_in_their_own_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    for language, phrase in LANGUAGES.items():
        assert _cases(re.escape(phrase)), language
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    assert styles[Style.FOREIGN] >= 10 and styles[Style.MIXED] >= 4
    mixed = [c for c in cases if c["style"] == Style.MIXED]
    assert all(re.search(r"\b(?:Hello|request|regards|I'd|No filming)\b", _text(c)) for c in mixed)
    for style in (Style.TERSE, Style.LETTER, Style.PROXY, Style.REPLY, Style.FORWARD):
        assert styles[style] >= 2, style
    terse = [c for c in cases if c["style"] == Style.TERSE]
    assert all(len(c.get("body", "")) < 420 for c in terse)
    letters = [c for c in cases if c["style"] == Style.LETTER]
    assert sum(len(_text(c)) > 2000 for c in letters) >= 2, "long formal letters"


def test_unusual_applicants() -> None:
    labels = [c["labels"] for c in all_cases()]
    names = [lab["organization"]["name"] for lab in labels]
    assert sum("univerzit" in n.lower() for n in names) >= 2
    assert any("v. v. i." in n or "Intézet" in n for n in names)
    assert sum(n.startswith(("Obec ", "Město ")) or "příspěvková" in n for n in names) >= 3
    # freelancers: a natural person is the applicant and its own contact
    own = [lab for lab in labels if lab["organization"]["name"] == lab["contact"]["person"]]
    assert len(own) >= 4
    assert any(" – " in n for n in names), "a trade name after the person's name"
    # law firms and contractors write for a medium: the medium applies, not the writer
    proxies = [c for c in all_cases() if c["style"] == Style.PROXY]
    assert len(proxies) >= 3
    for case in proxies:
        assert PROXY_WORDS.search(_text(case)), case["id"]
        sender_domain = case["from"].rsplit("@", 1)[1].rstrip(">")
        name = case["labels"]["organization"]["name"].lower()
        assert sender_domain.split(".")[0].replace("-", " ") not in name, case["id"]
        assert not re.search(r"advokát|kanzlei|rechtsanw|solutions", name), case["id"]
    groups = _cases(r"(?:za všechny|tituly|titles|Tituly)")
    assert (
        len([c for c in groups if re.search(r"(?:jeden|jediný) žadatel|\(jediný\)", _text(c))]) >= 3
    )


def test_addresses_are_written_in_unusual_ways() -> None:
    assert len(_cases(HOST_BRACKET)) >= 3
    assert len(_cases(IPV6_PREFIX)) >= 3
    assert len(_cases(IPV6_FULL)) >= 2
    assert len(_cases(IPV4_CIDR)) >= 2
    assert len(_cases(IPV4_RANGE)) >= 3
    assert len(_cases(ORDER_WORDS)) >= 3
    assert _cases(r"255\.255\.255\.\d+")
    for word in (r"replaces the old|NAHRAZENO|přečísloval", r"dočasně", r"interní|Interně"):
        assert _cases(word), word
    for case in all_cases():
        lab = case["labels"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert str(ipaddress.ip_address(ip)) == ip, (case["id"], ip)
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
    # a private or decommissioned address that is written never reaches a label
    written_private = _cases(r"\b10\.\d+\.\d+\.\d+\b")
    assert len(written_private) >= 2
    for case in written_private:
        ips = case["labels"]["production_ips"] + case["labels"]["test_ips"]
        assert not any(ip.startswith("10.") for ip in ips), case["id"]


def test_requests_declined_withdrawn_conditional_deferred() -> None:
    by_id = {c["id"].split("-")[0]: c for c in all_cases()}
    # conditional on filming: filming only
    assert by_id["bz015"]["labels"]["request_types"] == [FILM]
    assert "pokud nám schválíte natáčení, xml nepotřebujeme" in _text(by_id["bz015"]).lower()
    # applied 'if foreign media may': counts
    assert by_id["bz001"]["labels"]["request_types"] == [FEED, FILM]
    # XML deferred while filming asked now; filming deferred while XML asked now
    assert by_id["bz010"]["labels"]["request_types"] == [FILM]
    assert by_id["bz031"]["labels"]["request_types"] == [FEED]
    # withdrawn in a PS, withdrawn in a reply, declined as NIE / NE
    for key in ("bz013", "bz023", "bz021", "bz034"):
        assert by_id[key]["labels"]["request_types"] == [FEED], key
    # a whole application for a later election counts
    assert by_id["bz009"]["labels"]["request_types"] == [FEED]
    assert by_id["bz017"]["labels"]["request_types"] == [FILM]
    film_only = [c for c in all_cases() if c["labels"]["request_types"] == [FILM]]
    assert len(film_only) >= 6
    for case in film_only:
        assert not case["labels"]["production_ips"] and not case["labels"]["test_ips"]


def test_same_data_twice_with_one_difference() -> None:
    by_id = {c["id"].split("-")[0]: c for c in all_cases()}
    pasted = by_id["bz019"]["body"]
    assert pasted.count("Produkční IP: 198.51.100.77, 198.51.100.78") == 2
    assert "198.51.100.85" in pasted and by_id["bz019"]["labels"]["test_ips"] == ["198.51.100.86"]
    twice = by_id["bz033"]
    assert "567 210 300" in twice["body"] and "721 448 390" not in twice["body"]
    assert twice["labels"]["contact"]["phone"] == "+420721448390"


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 12
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 5
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+49", "+36", "+33", "+34", "+39", "+31", "+46"):
        if country == "+33":
            continue  # the French-speaking applicant is Belgian (+32)
        assert any(p.startswith(country) for p in phones), country
    assert any(p.startswith("+32") for p in phones)
    for lab in labels:
        assert "00025593" != lab["organization"]["ico"]
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"


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
