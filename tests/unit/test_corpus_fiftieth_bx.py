"""The fiftieth held-out part ``bx`` (tests/corpus/fiftieth/bx###-…): what is particular to
this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
mails, HTML-only mails with tables, many mail clients, replies and forwards with quoted
history including the office's own defect notice, press release and signature, threads where
a second colleague corrects the first, corrections inside one message, signatures naming
several people or laid out as HTML tables with icon alt texts, vCards, format=flowed breaking
a role sentence, foreign senders writing English and English from phone apps under a Czech
signature; data messages each carrying a file) and its label mix. The checks every part
shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftieth_bx_common import CSU_BOX, CSU_ICO, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftieth_bx import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
OFFICE = ("00025593", "2gfaasy", "274 052 733", "czso.cz")
CLIENT_KEYS = ("x-mailer", "user-agent", "x-originating-client")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _text(case: dict[str, Any]) -> str:
    """Every string of a case (texts, headers, attachment contents) joined by new lines."""
    return "\n".join(_strings(case))


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def test_many_clients_html_only_and_phone_notes() -> None:
    mails = _mails()
    assert len(all_cases()) == 42
    clients = {v for c in mails for k, v in c.get("headers", []) if k.lower() in CLIENT_KEYS}
    clients |= {v for c in mails for k, v in c.get("headers", []) if k.startswith("X-Gm")}
    assert len(clients) >= 10
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 3
    phone = [c for c in mails if c["style"] == Style.PHONE]
    assert len(phone) >= 4
    sent_from = re.compile(r"Odesláno z|Sent from|Get Outlook for iOS")
    assert sum(bool(sent_from.search(c.get("body", ""))) for c in phone) >= 4
    no_diacritics = [c for c in mails if re.search(r"\bdobry den|\bzdravim|\bposilam", _text(c))]
    assert len(no_diacritics) >= 3
    styles = Counter(c["style"] for c in all_cases())
    assert len(styles) >= 8
    for style in (Style.REPLY, Style.THREAD, Style.FOREIGN, Style.SIGNATURE, Style.VCARD):
        assert styles[style] >= 2, style


def test_quoted_history_defect_notices_and_office_identifiers() -> None:
    cases = all_cases()
    quoted = [
        c
        for c in cases
        if re.search(r"^>", c.get("body", ""), re.M) or "blockquote" in c.get("html", "")
    ]
    assert len(quoted) >= 6
    notices = [c for c in cases if re.search(r"(?i)odstran[ěe]n[íi] vad", _text(c))]
    assert len(notices) >= 3
    assert sum(bool(re.search(r"(?i)\bad 1\)|K bodu 1|Bod výzvy", _text(c))) for c in notices) >= 3
    office = [c for c in cases if sum(x in _text(c) for x in OFFICE) >= 2]
    assert len(office) >= 3
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != CSU_ICO
        assert lab["organization"]["databox_id"] != CSU_BOX
        assert "czso" not in (lab["contact"]["email"] or "")
        assert lab["contact"]["phone"] != "+420274052733"
    forwards = [c for c in cases if c["style"] == Style.FORWARD]
    assert any(k == "eml" for c in forwards for k, _, _ in c.get("attachments", []))
    assert any("Original Message" in c.get("body", "") for c in forwards)


def test_threads_corrections_signatures_and_vcards() -> None:
    cases = all_cases()
    threads = [c for c in cases if c["style"] == Style.THREAD]
    for case in threads:
        # the later colleague writes, the contact is someone else named in the quoted history
        assert case["labels"]["contact"]["email"] not in case["from"]
        assert "cc" in case
    corrections = re.compile(r"(?i)pardon|oprava|zapomnel|nebude|P\.S\.")
    assert sum(bool(corrections.search(_text(c))) for c in cases) >= 6
    icon_tables = [c for c in cases if re.search(r'alt="(tel|mob)"', c.get("html", ""))]
    assert len(icon_tables) >= 3
    assert any('alt="mob"' in c["html"] and 'alt="tel"' in c["html"] for c in icon_tables)
    vcards = [c for c in cases if "BEGIN:VCARD" in _text(c)]
    assert len(vcards) >= 2
    assert any(f.endswith(".vcf") for c in vcards for _, f, _ in c.get("attachments", []))
    assert any("BEGIN:VCARD" in c.get("body", "") for c in vcards)
    for case in vcards:
        assert case["labels"]["contact"]["phone"] is not None


def test_foreign_senders_write_english_and_phones_span_countries() -> None:
    cases = all_cases()
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 5
    english = re.compile(r"\b(?:would like|we'd like|please|Dear|Hello|Hi|Good morning)\b")
    assert all(english.search(c.get("body", "")) for c in foreign)
    assert sum(c["labels"]["organization"]["ico"] is None for c in foreign) >= 4
    czech_sig = [
        c
        for c in cases
        if c["style"] == Style.PHONE and english.search(c["body"]) and "IČO" in c["body"]
    ]
    assert len(czech_sig) >= 2
    phones = {c["labels"]["contact"]["phone"] for c in cases}
    countries = ("+420", "+421", "+49", "+48", "+36", "+43", "+386", "+44")
    assert sum(any(p and p.startswith(cc) for p in phones) for cc in countries) >= 6


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert any(c["databox"]["type"] == 40 for c in boxes)
    assert len({k for c in boxes for k, _, _ in c["attachments"]}) >= 4


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip
            assert any(addr in net for net in DOC_NETS), ip
        ico = lab["organization"]["ico"]
        assert ico is None or ico_valid(ico)
        box = lab["organization"]["databox_id"]
        assert box is None or re.fullmatch(r"[a-z0-9]{7}", box)
        assert re.fullmatch(r"\+\d{9,14}", lab["contact"]["phone"])
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
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
    flowed = [data for name, data in written.items() if b'format="flowed"' in data]
    # a soft line break right after an address or a role word, inside the role sentence
    role_line = rb"(?m)^[^\r\n]*(?:\d+\.\d+\.\d+\.\d+|adres|produk|test|pro)[^\r\n]* (?:=20)?\r\n"
    assert len(flowed) >= 2
    assert all(len(re.findall(role_line, data)) >= 2 for data in flowed)
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert files() == written
