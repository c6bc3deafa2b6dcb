"""The fifty-fourth held-out part ``co`` (tests/corpus/fiftyfourth/co###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own language or mixed with
English or Czech, freelancers, universities and institutes, a town and a municipal TV, agencies
and contractors writing for a medium, terse notes and long letters), addresses as ranges in the
writer's own language, CIDR blocks with stated exceptions, netmasks, order words, IPv6, replaced,
backup and internal hosts, request types declined, withdrawn, deferred or for a later election,
at least four data messages each with a file, and its label mix. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfourth_co_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfourth_co import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def _by_id(prefix: str) -> dict[str, Any]:
    (case,) = [c for c in all_cases() if c["id"].startswith(prefix)]
    return case


def test_foreign_languages_and_own_language_ranges() -> None:
    cases = all_cases()
    assert len(cases) == 42
    own_ranges = {
        "de": r"von 198\.51\.100\.40 bis",
        "pt": r"do 203\.0\.113\.10 ao",
        "ro": r"de la 192\.0\.2\.100 până la",
        "pl": r"od 198\.51\.100\.70 do",
        "hu": r"-tól a 203\.0\.113\.133-ig",
        "sv": r"från 192\.0\.2\.200 till",
    }
    blob = "".join(_text(c) for c in cases)
    for lang, pattern in own_ranges.items():
        assert re.search(pattern, blob), lang
    markers = {
        "no": "Vestlandsk",
        "da": "Venlig hilsen",
        "lt": "Laba diena",
        "sl": "Spoštovani",
        "fr": "Madame, Monsieur",
        "es": "Buenos días",
        "it": "Gentili signori",
        "nl": "Met vriendelijke groet",
        "fi": "Ystävällisin terveisin",
        "sk": "Dobrý deň",
    }
    for lang, word in markers.items():
        assert word in blob, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 10 and styles[Style.MIXED] >= 6
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 4


def test_cidr_exceptions_netmasks_and_order_words_expand_as_written() -> None:
    assert "okrem" in _text(_by_id("co007")) and "ausgenommen" in _text(_by_id("co008"))
    assert "except" in _text(_by_id("co009"))
    net = ipaddress.ip_network("198.51.100.96/29")
    left = [
        str(a) for a in net if str(a) not in ("198.51.100.96", "198.51.100.97", "198.51.100.103")
    ]
    assert _by_id("co007")["labels"]["production_ips"] == left
    assert _by_id("co008")["labels"]["production_ips"] == ["203.0.113.161", "203.0.113.162"]
    assert len(_by_id("co017")["labels"]["production_ips"]) == 4
    assert "255.255.255.254" in _text(_by_id("co034"))
    for prefix, word in (
        ("co016", "respectivement"),
        ("co023", "resp."),
        ("co039", "bzw."),
        ("co032", "v tomto pořadí"),
    ):
        case = _by_id(prefix)
        assert word in _text(case), prefix
        assert len(case["labels"]["production_ips"]) == 1 == len(case["labels"]["test_ips"])
    assert _by_id("co028")["labels"]["production_ips"][-1] == "2001:db8:aa::7"


def test_replaced_withdrawn_deferred_and_declined() -> None:
    da = _by_id("co011")["labels"]
    assert "192.0.2.61" not in da["production_ips"] and "192.0.2.64" in da["production_ips"]
    assert "192.0.2.30" not in _by_id("co025")["labels"]["production_ips"]
    for prefix in ("co010", "co018", "co035", "co038", "co042"):
        lab = _by_id(prefix)["labels"]
        assert lab["request_types"] == [FILM], prefix
        assert not lab["production_ips"] and not lab["test_ips"], prefix
        assert re.search(r"\d+\.\d+\.\d+\.\d+|XML", _text(_by_id(prefix))), prefix
    assert "P.S." in _by_id("co010")["body"]
    assert _by_id("co029")["labels"]["request_types"] == [FEED]
    assert _by_id("co017")["labels"]["request_types"] == [FEED]
    assert _by_id("co019")["labels"]["request_types"] == [FEED, FILM]
    assert _by_id("co014")["labels"]["request_types"] == [FILM]
    assert "veřejná vysoká škola" in _by_id("co014")["labels"]["organization"]["name"]
    tv = _by_id("co012")
    assert tv["labels"]["contact"]["person"] not in tv["from"]


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert re.fullmatch(r"[a-z0-9]{7}", case["databox"]["box"])
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_labels_are_well_formed_and_mixed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 8
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not ips
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 15
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    phones = {lab["contact"]["phone"][:3] for lab in labels}
    for cc in ("+49", "+48", "+36", "+42", "+35", "+46", "+47", "+45", "+37", "+38"):
        assert cc in phones, cc


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
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
    clients = {str(c.get("headers")) for c in all_cases() if c.get("headers")}
    assert len(clients) >= 10
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
