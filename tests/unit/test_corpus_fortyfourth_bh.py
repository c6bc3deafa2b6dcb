"""The forty-fourth held-out part ``bh`` (tests/corpus/fortyfourth/bh###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages or mixed with English, freelancers applying for themselves, universities, an
institute and municipalities, contractors writing for a medium, terse notes and long letters),
on addresses written as ranges, CIDR blocks, netmasks, 'respectively' sentences and IPv6 beside
replaced, temporary and internal hosts, on requests declined, withdrawn, conditional, left for a
later election or filming only, and at least four data messages each carrying a file. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyfourth_bh_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyfourth_bh import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
# words that mark each language in a message (own-language writing, not only English)
LANGUAGES = {
    "de": ("Sehr geehrte", "Guten Tag", "Antragsteller", "Ansprechpartner"),
    "pl": ("Szanowni", "Wnioskodawca", "Z poważaniem"),
    "sk": ("Dobrý deň", "žiadosť", "Ďakujem"),
    "hu": ("Tisztelt", "Üdvözlettel", "Kapcsolattartó"),
    "fr": ("Madame, Monsieur",),
    "es": ("Estimados", "Solicitante"),
    "it": ("Buongiorno", "Spett.le"),
    "nl": ("Geachte", "Beste,"),
    "sv": ("Hej", "vänliga hälsningar"),
}
CIDR = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}/\d{2}\b|\b2001:db8:[0-9a-f:]*/\d{2,3}\b")
NETMASK = re.compile(r"255\.255\.255\.\d{3}")
RANGE = re.compile(
    r"\d{1,3}(?:\.\d{1,3}){3}\s*(?:bis|-|–)\s*(?:\.?\d{1,3}\b|\d{1,3}(?:\.\d{1,3}){3})"
)
RESPECTIVELY = re.compile(r"\bresp\.|respectively|respectivement", re.IGNORECASE)


def _text(case: dict[str, Any]) -> str:
    return repr({k: case.get(k) for k in ("subject", "body", "html", "attachments")})


def _labels() -> list[dict[str, Any]]:
    return [c["labels"] for c in all_cases()]


def test_foreign_languages_and_mixed_wording_are_many() -> None:
    cases = all_cases()
    langs = {
        lang
        for c in cases
        for lang, words in LANGUAGES.items()
        if any(w in _text(c) for w in words)
    }
    assert {"de", "pl", "sk", "hu", "fr", "es", "it", "nl", "sv"} <= langs
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 14
    assert styles[Style.MIXED] >= 3 and styles[Style.TERSE] >= 5 and styles[Style.LETTER] >= 5
    no_ico = [lab for lab in _labels() if lab["organization"]["ico"] is None]
    assert len(no_ico) >= 14, "foreign media and freelancers without an IČO"
    phones = {lab["contact"]["phone"][:3] for lab in _labels()}
    for country in ("+49", "+48", "+42", "+36", "+33", "+34", "+39", "+31", "+46", "+43"):
        assert any(p.startswith(country[:3]) for p in phones), country
    assert len(phones) >= 12


def test_unusual_applicants() -> None:
    labels = _labels()
    own = [lab for lab in labels if lab["organization"]["name"] == lab["contact"]["person"]]
    assert len(own) >= 4, "freelancers applying under their own name"
    names = [lab["organization"]["name"] for lab in labels]
    assert sum("veřejná vysoká škola" in n or "Uniwersytet" in n for n in names) >= 3
    assert sum(n.startswith(("Město", "Městys", "Obec")) for n in names) >= 3
    assert any("v. v. i." in n for n in names)
    assert any(" – " in n for n in names), "a person's name dashed to a trade name"
    # a contractor or agency writing for a medium: a second valid IČO (the contractor's)
    # beside the applicant's, or the medium's mail forwarded by its contractor
    for_medium = [
        c
        for c in all_cases()
        if any(
            ico_valid(n) and n != c["labels"]["organization"]["ico"]
            for n in re.findall(r"\b\d{8}\b", _text(c))
        )
    ]
    assert len(for_medium) >= 2
    forwarded = [c for c in all_cases() if any(k == "eml" for k, _, _ in c.get("attachments", []))]
    assert any(
        c["labels"]["contact"]["email"].split("@")[1]
        == c["from"].rstrip(">").split("@")[1]
        != inner["from"].rstrip(">").split("@")[1]
        for c in forwarded
        for k, _, inner in c["attachments"]
        if k == "eml"
    ), "the contractor who forwards is the medium's named contact"


def test_addresses_are_written_in_many_ways_and_expanded() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(CIDR.search(t)) for t in texts) >= 5
    assert sum(bool(NETMASK.search(t)) for t in texts) >= 2
    assert sum(bool(RANGE.search(t)) for t in texts) >= 4
    assert sum(bool(RESPECTIVELY.search(t)) for t in texts) >= 2
    assert any("0000:0000" in t for t in texts) and any("2001:DB8" in t for t in texts)
    assert sum(bool(re.search(r"(?<![\d.])(?:10|172\.16)\.\d+\.\d+", t)) for t in texts) >= 2
    labels = _labels()
    assert any(
        len(lab["production_ips"]) == 4 and ":" in lab["production_ips"][0] for lab in labels
    ), "an IPv6 /126 expanded"
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 6
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 6
    for case in cases:
        lab = case["labels"]
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5, case["id"]
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip, (case["id"], ip)
            assert any(addr in net for net in DOC_NETS), (case["id"], ip)
        assert len(set(ips)) == len(ips), case["id"]


def test_request_types_declined_withdrawn_conditional_and_filming_only() -> None:
    cases = {c["id"]: c for c in all_cases()}
    types = Counter(tuple(lab["request_types"]) for lab in _labels())
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 7
    for case in cases.values():
        lab = case["labels"]
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]
    # withdrawn in a postscript / in a reply, left for a later election, conditional
    assert cases["bh011-spanish-withdraws-filming"]["labels"]["request_types"] == [FEED]
    assert cases["bh026-german-agency-drops-feed-reply"]["labels"]["request_types"] == [FILM]
    assert cases["bh015-dutch-filming-later-election"]["labels"]["request_types"] == [FEED]
    assert cases["bh013-italian-english-conditional"]["labels"]["request_types"] == [FEED]
    assert cases["bh039-swiss-long-letter-ipv6"]["labels"]["request_types"] == [FEED, FILM]
    # replaced and corrected addresses stay out of the labels
    assert "198.51.100.140" not in repr(cases["bh010-reply-moved-server-cp1250"]["labels"])
    assert "203.0.113.45" not in repr(cases["bh023-correction-swapped-test"]["labels"])
    assert not cases["bh035-university-databox-annotation-drops-test"]["labels"]["test_ips"]


def test_data_messages_carry_files_and_labels_are_well_formed() -> None:
    cases = all_cases()
    boxes = [c for c in cases if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    kinds = Counter(k for c in cases for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
    for case in cases:
        lab = case["labels"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert re.fullmatch(r"\+[1-9]\d{7,13}", contact["phone"]), case["id"]
        assert contact["email"].endswith(".example"), case["id"]
        if "databox" not in case:
            assert re.search(r"@[\w.-]+\.example>?$", case["from"]), case["id"]
    raw = b"".join(files().values())
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
    clients = {
        m
        for m in (
            b"Microsoft Outlook",
            b"Outlook on the web",
            b"Thunderbird",
            b"Apple Mail",
            b"iPhone Mail",
            b"K-9 Mail",
            b"Samsung Email",
            b"Email.cz",
            b"Roundcube",
            b"Zimbra",
            b"X-Gm-Message-State",
            b"Evolution",
            b"GMX FreeMail",
            b"X-Pm-Origin",
            b"Poczta WP",
        )
        if m in raw
    }
    assert len(clients) >= 10
