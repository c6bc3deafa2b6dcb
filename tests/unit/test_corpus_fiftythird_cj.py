"""The fifty-third held-out part ``cj`` (tests/corpus/fiftythird/cj###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
and sloppy messages, at least ten distinct mail clients, HTML-only mails with tables, an image
signature whose alt text carries the phone, quoted replies and forwards, the office's own
identifiers in quoted history but never in a label, corrections inside one message, signatures
naming several people, format=flowed wrapping inside a role sentence, addresses with port
numbers, foreign senders with phones from at least six countries; at least four data messages,
each carrying a file) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftythird_cj_common import CLIENTS, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftythird_cj import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def _client(case: dict[str, Any]) -> str | None:
    for name, headers in CLIENTS.items():
        if case.get("headers") == headers:
            return name
    return None


def test_the_part_is_written_like_real_mail() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"cj{n:03d}" for n in range(1, 43)]
    mails = [c for c in cases if "databox" not in c]
    clients = {_client(c) for c in mails} - {None}
    assert len(clients) >= 10, clients
    assert all(_client(c) for c in mails), "every mail names its client"
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert any("<table" in c["html"] for c in html_only)
    assert any(re.search(r'alt="[^"]*\+\d', c["html"]) for c in html_only), "image signature"
    phone_typed = [c for c in mails if c["style"] == Style.PHONE]
    assert len(phone_typed) >= 3
    assert sum(not DIACRITICS.search(c["body"].split("Odesláno")[0]) for c in phone_typed) >= 2
    assert any(re.search(r"\d+\.\d+\.\d+\.\d+:\d{2,5}", _text(c)) for c in mails), "ports"
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.HTML, Style.REPLY, Style.FORWARD, Style.CHATTY, Style.FOREIGN):
        assert styles[style] >= 2, style


def test_quoted_history_and_the_office_identifiers() -> None:
    cases = all_cases()
    quoted = [c for c in cases if re.search(r"^> \S", c.get("body", ""), re.M)]
    assert len(quoted) >= 3
    replies = [c for c in cases if c["subject"].lower().startswith("re:")]
    assert len(replies) >= 3
    office = [c for c in cases if all(x in _text(c) for x in OFFICE)]
    assert len(office) >= 2
    assert any("Výzva k odstranění vad" in c["subject"] for c in office), "defect notice"
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert "czso.cz" not in (lab["contact"]["email"] or "")
        assert lab["contact"]["phone"] != "+420274052733"
    cc_added = [c for c in cases if "cc" in c and re.search(r"ještě \.\d+ na test", _text(c))]
    assert cc_added and cc_added[0]["labels"]["test_ips"] == ["198.51.100.20"]
    ipad = [c for c in cases if "Sent from my iPad" in c.get("body", "")]
    assert ipad and "Begin forwarded message:" in ipad[0]["body"]
    assert sum(k == "eml" for c in cases for k, _, _ in c.get("attachments", [])) >= 1
    flowed = [c for c in cases if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    assert any(re.search(r"testovací adresa bude \n", c["body"]) for c in flowed)


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert re.fullmatch(r"[a-z0-9]{7}", case["databox"]["box"])
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4
    kinds = {k for c in all_cases() for k, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf"} <= kinds


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        prod, test = lab["production_ips"], lab["test_ips"]
        assert len(prod) <= 5 and len(test) <= 5
        if lab["request_types"] == [FILM]:
            assert not prod and not test
        for ip in prod + test:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip, ip
            assert any(addr in net for net in DOC_NETS), ip
        ico = lab["organization"]["ico"]
        assert ico is None or ico_valid(ico)
        assert lab["contact"]["email"].endswith(".example")
        assert re.fullmatch(r"\+[1-9]\d{7,14}", lab["contact"]["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    phones = [lab["contact"]["phone"] for lab in labels]
    countries = ("+420", "+421", "+49", "+48", "+36", "+43", "+386", "+44")
    assert sum(any(p.startswith(c) for p in phones) for c in countries) >= 6


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert len(written) == 84
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
            assert len(msg["From"].addresses) == 1, name
