"""The forty-eighth held-out part ``br`` (tests/corpus/fortyeighth/br###-…): what is particular
to this part — e-mail as people really send it (notes typed on phones and tablets without
diacritics and with mobiles split over two lines, chatty mails, many mail clients, HTML-only
mails with tables, replies with quoted history among them the office's own signature or press
release, inline answers to the office's questions, long threads, forwards, contacts handing
over to a colleague, corrections, signatures naming several people, format=flowed role
sentences wrapped before their address, senders from abroad writing English; at least four
data messages, each with a file) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyeighth_br_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyeighth_br import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
QUOTED = re.compile(r"^>", re.M)
SPLIT_PHONE = re.compile(r"\b\d{3}\n\d{3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return case.get("body", "") + case.get("html", "")


def _client(case: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(case.get("headers", []))


def test_mails_come_from_many_clients_and_phones() -> None:
    cases = all_cases()
    assert len(cases) == 42
    mails = [c for c in cases if "databox" not in c]
    assert all(c.get("headers") for c in mails)
    assert len({_client(c) for c in mails}) >= 10
    phone = [c for c in cases if c["style"] == Style.PHONE]
    assert len(phone) >= 4
    assert sum(bool(SPLIT_PHONE.search(c["body"])) for c in phone) >= 3
    signed_off = ("Odesláno z", "Odoslané z", "Get Outlook", "Získat Outlook")
    assert sum(any(s in _text(c) for s in signed_off) for c in mails) >= 5
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.HTML, Style.FOREIGN, Style.DATABOX):
        assert styles[style] >= 4, style
    for style in (Style.CHATTY, Style.CORRECTION, Style.HANDOVER, Style.THREAD, Style.INLINE):
        assert styles[style] >= 2, style


def test_html_only_mails_and_quoted_history() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert all("<table" in c["html"] for c in html_only)
    quoted = [c for c in mails if QUOTED.search(c.get("body", ""))]
    assert len(quoted) >= 5
    office = [c for c in mails if any(o in _text(c) for o in OFFICE)]
    assert len(office) >= 2
    inline = [c for c in cases if c["style"] == Style.INLINE]
    for case in inline:  # answers stand between quoted lines, not above them
        lines = case["body"].splitlines()
        first_quote = next(i for i, line in enumerate(lines) if line.startswith(">"))
        answered = [
            line for line in lines[first_quote:] if line.strip() and not line.startswith(">")
        ]
        assert len(answered) >= 2, case["id"]
    for case in office:  # the office's own identifiers never reach a label
        lab = repr(case["labels"])
        assert not any(o.replace(" ", "") in lab for o in OFFICE), case["id"]
        assert "czso.cz" not in lab


def test_flowed_role_sentences_wrap_before_their_address() -> None:
    flowed = [c for c in all_cases() if c.get("flowed")]
    assert len(flowed) >= 2 and any(c.get("delsp") for c in flowed)
    for case in flowed:
        soft = re.findall(r"(\w+) +\n([0-9a-f:.]+\d)", case["body"])
        assert any(
            ip in case["labels"]["production_ips"] + case["labels"]["test_ips"] for _, ip in soft
        ), case["id"]


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), ip
        org = lab["organization"]
        assert org["ico"] is None or ico_valid(org["ico"])
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        contact = lab["contact"]
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,13}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    handed = [c for c in cases if c["style"] == Style.HANDOVER]
    for case in handed:  # the contact is the colleague taking over, not the first writer
        assert case["labels"]["contact"]["email"] in _text(case) + repr(case.get("cc"))
    assert sum(c["labels"]["contact"]["email"] not in c.get("from", "") for c in handed) >= 2
    phones = {lab["contact"]["phone"] for lab in labels}
    countries = ("+420", "+421", "+48", "+49", "+43", "+36", "+44")
    assert sum(any(p.startswith(cc) for p in phones) for cc in countries) >= 6


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert len(written) == 84
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
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
