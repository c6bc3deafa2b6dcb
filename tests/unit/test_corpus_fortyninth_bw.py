"""The forty-ninth held-out part ``bw`` (tests/corpus/fortyninth/bw###-…): what is particular
to this part — unusual applicants and wording (foreign media in many languages, several rarely
seen ones, mixed with English or Czech; freelancers, universities and institutes,
municipalities, contractors writing for a medium, consortia, Czech newsrooms of foreign groups;
terse notes and long formal letters), addresses written as ranges, CIDR blocks, a netmask, with
order words, IPv6, replaced, temporary or internal hosts, request types declined, withdrawn,
conditional or deferred, scope changing mid-letter, and at least four data messages each
carrying a file — and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyninth_bw_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyninth_bw import all_cases, files

# A word or two that only a message in that language would carry.
LANGUAGES = {
    "german": re.compile(r"Sehr geehrte|Grüß Gott|Grüezi|Ansprechpartner"),
    "polish": re.compile(r"Szanowni|chciałbym|Prosimy"),
    "slovak": re.compile(r"Dobrý deň|Žiadame|žiadame"),
    "hungarian": re.compile(r"Tisztelt|Kapcsolattartó"),
    "french": re.compile(r"Madame, Monsieur|Cordialement"),
    "spanish": re.compile(r"Saludos|solicitamos|Gracias"),
    "italian": re.compile(r"Gentili signori|Buongiorno|Referente"),
    "dutch": re.compile(r"Goedemiddag|vriendelijke groet"),
    "swedish": re.compile(r"Tack så|Vi skulle|Hej"),
    "portuguese": re.compile(r"Obrigado|Exmos|cumprimentos"),
    "romanian": re.compile(r"Bună ziua|Stimate|Cu stimă"),
    "croatian": re.compile(r"Poštovani|Lijep pozdrav"),
    "slovenian": re.compile(r"VLOGA|Kontaktna oseba"),
    "lithuanian": re.compile(r"Laba diena|Ačiū"),
    "greek": re.compile(r"Kalimera|Efcharist"),
}
RARE = ("portuguese", "romanian", "croatian", "slovenian", "lithuanian", "greek")
CZECH_WORDS = re.compile(r"[Dd]ěkuj|Dobrý den|S pozdravem|Žádost|Vážení")


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def _labels() -> list[dict[str, Any]]:
    return [c["labels"] for c in all_cases()]


def test_the_part_writes_in_many_languages_and_rare_ones() -> None:
    cases = all_cases()
    assert len(cases) == 42
    seen = {lang for lang, rx in LANGUAGES.items() if any(rx.search(_text(c)) for c in cases)}
    assert len(seen) >= 14, sorted(set(LANGUAGES) - seen)
    for lang in RARE:
        assert lang in seen, lang
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 12
    mixed = [
        c
        for c in cases
        if c["labels"]["organization"]["ico"] is None and CZECH_WORDS.search(_text(c))
    ]
    assert len(mixed) >= 6, "foreign applicants dropping in a few Czech words"
    foreign_phones = {
        p[:4] for lab in _labels() if (p := lab["contact"]["phone"]) and not p.startswith("+420")
    }
    assert len(foreign_phones) >= 14


def test_unusual_applicants_and_wording() -> None:
    cases = all_cases()
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(bool(re.search(r"[Uu]niver|Institut", n)) for n in names) >= 3
    assert sum(n.startswith(("Město", "Kraj")) or "příspěvková" in n for n in names) >= 3
    persons = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(persons) >= 3, "freelancers applying for themselves"
    assert any(" – " in n for n in names), "a freelancer's trade name after a dash"
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.TERSE, Style.LETTER, Style.CONSORTIUM, Style.PROSE, Style.CORRECTION):
        assert styles[style] >= 2, style
    bodies = [len(c["body"]) for c in cases if c.get("body")]
    assert min(bodies) < 250 and max(bodies) > 1000, "terse notes and long letters"
    # a contractor, agency or fixer writes for the medium that applies
    other_sender = [
        c for c in cases if "from" in c and c["labels"]["contact"]["email"] not in c["from"]
    ]
    assert len(other_sender) >= 6


def test_addresses_are_written_many_ways() -> None:
    text = " ".join(_text(c) for c in all_cases())
    assert re.search(r"\d+\.\d+\.\d+\.\d+/3[01]\b", text)
    assert re.search(r"2001:db8[0-9a-f:]*/126", text)
    assert "255.255.255.252" in text
    assert re.search(r"\d+\.\d+\.\d+\.\d+ (?:bis|až) ", text)
    assert re.search(r"\d+\.\d+\.\d+\.\d+\s*[–-]\s*\d+", text)
    for word in ("respectively", "respektive", "respectievelijk"):
        assert word in text, word
    for word in ("decommissioned", "temporary", "dočasného", "10.12.0.7", "10.40.2.11"):
        assert word in text, word
    # internal and replaced hosts are never labelled
    labelled = {ip for lab in _labels() for ip in lab["production_ips"] + lab["test_ips"]}
    for gone in ("203.0.113.14", "198.18.70.5", "192.0.2.48", "203.0.113.230"):
        assert gone in text and gone not in labelled, gone
    for lab in _labels():
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip
            assert any(
                addr in ipaddress.ip_network(net)
                for net in (
                    "192.0.2.0/24",
                    "198.51.100.0/24",
                    "203.0.113.0/24",
                    "198.18.0.0/15",
                    "2001:db8::/32",
                )
            ), ip


def test_request_types_declined_withdrawn_deferred_and_scope_changes() -> None:
    cases = {c["id"]: c for c in all_cases()}
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases.values())
    assert types[(FEED,)] >= 18 and types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 9
    for case in cases.values():
        lab = case["labels"]
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    # withdrawn filming, withdrawn feed, feed deferred, a whole application for later
    assert cases["bw007-it-agency-filming-withdrawn-ps"]["labels"]["request_types"] == [FEED]
    assert cases["bw017-regional-tv-filming-dropped-flowed"]["labels"]["request_types"] == [FEED]
    assert cases["bw031-ro-agency-feed-withdrawn"]["labels"]["request_types"] == [FILM]
    assert cases["bw019-smime-photo-agency-feed-deferred"]["labels"]["request_types"] == [FILM]
    assert cases["bw033-it-tv-filming-now-xml-later"]["labels"]["request_types"] == [FILM]
    assert cases["bw005-fr-formal-letter-pdf-later-election"]["labels"]["request_types"] == [
        FEED,
        FILM,
    ]
    assert FILM in cases["bw021-at-daily-conditional-filming-range-31"]["labels"]["request_types"]
    # addresses added in a postscript are labelled
    assert "203.0.113.214" in cases["bw018-sk-daily-ps-test-address-cp1250"]["labels"]["test_ips"]
    assert (
        "198.51.100.131" in cases["bw042-gr-tv-long-english-ipv6-test"]["labels"]["production_ips"]
    )


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert re.fullmatch(r"[a-z0-9]{7}", case["databox"]["box"])
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4


def test_the_label_mix_and_shared_markers() -> None:
    labels = _labels()
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 20
    for lab in labels:
        ico = lab["organization"]["ico"]
        assert ico is None or (ico_valid(ico) and ico != "00025593")
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
        assert lab["contact"]["email"].endswith(".example")
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert any(any(":" in ip for ip in lab["test_ips"]) for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
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
