"""The fifty-fourth held-out part ``cm`` (tests/corpus/fiftyfourth/cm###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
and sloppy messages, many mail clients, HTML-only mails with tables, replies and forwards with
quoted history including the office's own press release and signature, corrections inside one
message, signatures naming several people, format=flowed wrapping inside a role sentence,
foreign senders writing English, data messages each carrying a file; the Subject-only case,
inline answers under the office's quoted questions, a keyboard that typed commas and spaces
for dots, a Gmail plain/HTML pair where the HTML strikes a value, a newsroom on a personal
Gmail) and its label mix. The checks every part shares are in test_corpus_parts.py. These
cases were written by hand apart from the extraction rules and are scored only at the end of
the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfourth_cm_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfourth_cm import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733", "czso.cz")
CLIENT_KEYS = ("X-Mailer", "User-Agent", "X-Gm-Features", "X-Originating-Client")
DOC_RANGES = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _by_id(slug: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(slug))


def _client(case: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((k, v) for k, v in case.get("headers", []) if k in CLIENT_KEYS)


def _body_text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def test_mail_shapes_of_the_part() -> None:
    cases = all_cases()
    assert len(cases) == 42
    mails = [c for c in cases if "databox" not in c]
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4 and all("<table" in c["html"] for c in html_only)
    alternative = [c for c in mails if "html" in c and "body" in c]
    assert len(alternative) >= 2
    replies = [c for c in mails if re.search(r"^>", c.get("body", ""), re.M)]
    assert len(replies) >= 3
    quoting_office = [c for c in mails if sum(o in _body_text(c) for o in OFFICE) >= 2]
    assert len(quoting_office) >= 2
    for case in quoting_office:
        labels = repr(case["labels"])
        assert not any(o in labels for o in OFFICE), case["id"]
    clients = {_client(c) for c in mails if _client(c)}
    assert len(clients) >= 10
    assert all(_client(c) for c in mails), "every mail names its client"
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.PHONE, Style.HTML, Style.REPLY, Style.FOREIGN, Style.SIGNATURE):
        assert styles[style] >= 3, style
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    greetings = re.compile(r"^(Dear|Hello|Hi|Good morning)\b", re.M)
    assert sum(bool(greetings.search(c["body"])) for c in foreign) >= 4
    flowed = [c for c in mails if c.get("flowed")]
    assert flowed and any(re.search(r"testovací \n", c["body"]) for c in flowed)


def test_the_rounds_particular_cases() -> None:
    subj = _by_id("cm001")
    assert subj["body"].startswith("viz předmět")
    assert all(ip in subj["subject"] for ip in subj["labels"]["production_ips"])
    inline = _by_id("cm002")["body"]
    assert re.search(r"^>> IP adresy produkční.*\n198\.51\.100\.140", inline, re.M)
    samsung = _by_id("cm003")
    assert "203.0.113,17" in samsung["body"] and "203 0.113.30" in samsung["body"]
    assert samsung["labels"]["production_ips"][0] == "203.0.113.17"
    pardon = _by_id("cm004")
    assert ".8, pardon .9" in pardon["body"]
    assert "198.18.20.8" not in pardon["labels"]["production_ips"]
    last_year = _by_id("cm005")
    assert "203.0.113.90" in last_year["body"] and last_year["labels"]["test_ips"] == [
        "203.0.113.95"
    ]
    struck = _by_id("cm006")
    assert "<s>198.51.100.32</s>" in struck["html"] and "neplatí" in struck["body"]
    assert struck["labels"]["production_ips"] == ["198.51.100.33"]
    personal = _by_id("cm007")
    assert "gmail.example" in personal["from"]
    assert personal["labels"]["organization"]["ico"] in personal["body"].split("--")[-1]


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert any(c["databox"]["type"] == 40 for c in boxes)
    kinds = {k for c in all_cases() for k, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        if lab["request_types"] == [FILM]:
            assert not ips
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_RANGES), ip
        ico = lab["organization"]["ico"]
        assert ico is None or (ico_valid(ico) and ico != "00025593")
        box = lab["organization"]["databox_id"]
        assert box is None or (re.fullmatch(r"[a-z0-9]{7}", box) and box != "2gfaasy")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", lab["contact"]["phone"] or "+420000000")
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(any(":" in ip for ip in lab["test_ips"]) for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    phones = {lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]}
    countries = ("+420", "+421", "+49", "+43", "+48", "+36", "+33", "+31")
    assert sum(any(p.startswith(c) for p in phones) for c in countries) >= 6


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
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
    assert sum(name.endswith(".xml") for name in written) >= 4
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert files() == written, "the part is not deterministic"
