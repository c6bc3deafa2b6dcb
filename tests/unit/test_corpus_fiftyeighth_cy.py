"""The fifty-eighth held-out part ``cy`` (tests/corpus/fiftyeighth/cy###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, a mail in
capitals, chatty notes, many mail clients, HTML-only mails with tables and bold row headers,
quoted replies that carry the office's own letter and press release, forwards, corrections,
signatures naming several people, format=flowed, foreign senders writing English) plus data
messages that each carry a file — and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyeighth_cy_common import CLIENTS, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyeighth_cy import all_cases, files

OFFICE = ("00025593", "2gfaasy", "czso.cz", "274 052 733")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k != "labels"})


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def test_real_mail_shapes_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    mails = _mails()
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert any("<b>" in c["html"] and "<table" in c["html"] for c in html_only)
    quoted = [
        c
        for c in mails
        if c["style"] == Style.REPLY
        and re.search(r"^>|<blockquote", c.get("body", "") + c.get("html", ""), re.M)
    ]
    assert len(quoted) >= 2
    office = [c for c in mails if sum(mark in _text(c) for mark in OFFICE) >= 3]
    assert len(office) >= 2
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 10
    assert all(tuple(c["headers"]) in {tuple(h) for h in CLIENTS} for c in mails)
    no_diacritics = [c for c in mails if c.get("charset") == "us-ascii"]
    assert len(no_diacritics) >= 3
    assert any(c["body"].isupper() or c["body"].upper() == c["body"] for c in no_diacritics)
    assert any("ta samá co produkce" in c.get("body", "") for c in mails)
    assert any("v zastoupení" in c.get("body", "") and "P.S." in c.get("body", "") for c in mails)
    assert sum(bool(c.get("flowed")) for c in mails) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.PHONE, Style.HTML, Style.REPLY, Style.FOREIGN, Style.SIGNATURE):
        assert styles[style] >= 3, style
    assert styles[Style.CORRECTION] >= 3 and styles[Style.FORWARD] >= 2


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind


def test_labels_are_well_formed_and_mixed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        prod, test = lab["production_ips"], lab["test_ips"]
        assert len(prod) <= 5 and len(test) <= 5
        for ip in prod + test:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not prod and not test
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
        assert "274052733" not in contact["phone"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 5
    assert any(any(":" in ip for ip in lab["production_ips"]) for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    phones = {lab["contact"]["phone"] for lab in labels}
    for country in ("+420", "+421", "+43", "+44", "+48", "+49", "+36"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"delsp",
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
    assert files() == written
