"""The fifty-sixth held-out part ``cu`` (tests/corpus/fiftysixth/cu###-…): what is particular
to this part — unusual applicants and wording (foreign media writing in their own language or
mixing it with English, freelancers, universities and institutes, municipalities, regional TV,
agencies and IT contractors writing for a medium, terse notes and long letters), addresses as
ranges, CIDR blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts, request
types declined, withdrawn, conditional, deferred, for a later election or for filming only,
this round's seven named cases and at least four data messages with a file — and its label
mix. The checks every part shares are in test_corpus_parts.py. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction
is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysixth_cu_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftysixth_cu import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
# one marker word per language the part writes in besides Czech
LANGUAGES = {
    "de": "Grüße",
    "pt": "Endereço de produção",
    "nl": "vriendelijke",
    "el": "Τηλ.",
    "fi": "tuotanto",
    "hu": "Kapcsolattartó",
    "it": "Cordiali saluti",
    "sk": "S pozdravom",
    "pl": "Z poważaniem",
    "fr": "Madame, Monsieur",
    "es": "Atentamente",
    "sv": "hälsningar",
    "da": "Venlig hilsen",
}


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def _case(prefix: str) -> dict[str, Any]:
    (found,) = [c for c in all_cases() if c["id"].startswith(prefix)]
    return found


def test_foreign_languages_and_unusual_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"cu{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"cu\d{3}-[a-z0-9-]+", c["id"]) for c in cases)
    for lang, marker in LANGUAGES.items():
        assert any(marker in _text(c) for c in cases), lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 12 and styles[Style.PROXY] >= 2
    assert styles[Style.HOSTS] >= 4 and styles[Style.TERSE] >= 1
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum("univerzita" in n.lower() or "universität" in n.lower() for n in names) >= 3
    assert sum(n.startswith(("Město ", "Obec ")) for n in names) >= 2
    persons = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(persons) >= 4, "freelancers applying for themselves"
    assert all(c["labels"]["organization"]["ico"] is None for c in persons if "databox" not in c)


def test_this_rounds_named_cases() -> None:
    pt = _case("cu002")
    assert "Endereço de produção / de teste" in pt["body"]
    nl = _case("cu003")
    assert "productie- en testadres zijn respectievelijk" in nl["body"]
    assert nl["labels"]["production_ips"] == ["198.51.100.120"]
    assert nl["labels"]["test_ips"] == ["198.51.100.121"]
    gr = _case("cu004")
    assert re.search(r"[Α-Ωα-ω]{4}", gr["body"].split("--\n")[-1])
    assert "Dear Sir" in gr["body"] and gr["labels"]["contact"]["phone"].startswith("+30")
    fi = _case("cu005")
    assert "<th>tuotanto</th><th>testi</th>" in fi["html"] and "body" not in fi
    hu = _case("cu006")
    assert "Kapcsolattartó: Szabó Eszter" in hu["body"]
    assert hu["labels"]["contact"]["person"] == "Szabó Eszter"
    it = _case("cu007")
    assert "fotografo freelance" in it["body"]
    assert it["labels"]["request_types"] == [FILM]
    de = _case("cu001")
    assert "192.0.2.10 bis .14 (außer .12" in de["body"]
    assert de["labels"]["production_ips"] == [
        "192.0.2.10",
        "192.0.2.11",
        "192.0.2.13",
        "192.0.2.14",
    ]


def test_addresses_are_written_many_ways() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    assert sum(bool(re.search(r"\d/(30|31)\b", t)) for t in texts) >= 4, "CIDR blocks"
    assert sum("255.255.255.25" in t for t in texts) >= 2, "netmasks"
    ranges = r"\d(–|-| bis )\.?\d{1,3}\b(?!\.)|-tól"
    assert sum(bool(re.search(ranges, t)) for t in texts) >= 5, "written ranges"
    order = ("respectievelijk", "respectivamente", "henholdsvis", "v pořadí")
    assert all(any(w in t for t in texts) for w in order)
    for word in ("neplatí", "nahradili", "dočasný", "záložný", "interně", "stará"):
        assert any(word in t for t in texts), word
    assert any("2001:DB8:AB:0:0:0:0:7" in t for t in texts), "IPv6 written in full"
    for case in cases:
        lab = case["labels"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), (case["id"], ip)
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        # an internal or replaced host is never labelled
        for gone in ("10.20.0.15", "198.51.100.12", "192.0.2.40", "192.0.2.12", "198.51.100.249"):
            assert gone not in lab["production_ips"] + lab["test_ips"]


def test_request_types_declined_withdrawn_deferred_later() -> None:
    cases = all_cases()
    labels = {c["id"][:5]: c["labels"] for c in cases}
    assert labels["cu011"]["request_types"] == [FEED], "filming withdrawn in a P.S."
    assert labels["cu032"]["request_types"] == [FILM], "feed withdrawn in a reply"
    assert not labels["cu032"]["production_ips"]
    assert labels["cu033"]["request_types"] == [FEED], "filming deferred"
    assert labels["cu021"]["request_types"] == [FEED, FILM], "conditional filming counts"
    assert labels["cu012"]["request_types"] == [FEED, FILM], "later election as a whole"
    assert "2029" in _case("cu012")["body"] and "2028" in _case("cu042")["body"]
    types = Counter(tuple(lab["request_types"]) for lab in labels.values())
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels.values():
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


def test_labels_are_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 15
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    for lab in labels:
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", contact["phone"])
        assert contact["phone"] != "+420274052733"
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+49", "+351", "+31", "+30", "+358", "+36", "+39", "+421", "+48", "+33"):
        assert any(p.startswith(country) for p in phones), country


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
                str(
                    msg.get("X-Mailer")
                    or msg.get("User-Agent")
                    or msg.get("X-Originating-Client")
                    or msg.get("X-Gm-Features")
                )
            )
    assert len(clients) >= 10
