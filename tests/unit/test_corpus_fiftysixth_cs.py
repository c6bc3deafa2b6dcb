"""The fifty-sixth held-out part ``cs`` (tests/corpus/fiftysixth/cs###-…): what is particular
to this part — e-mail as people really send it (phone notes without diacritics, HTML-only
mails with tables, quoted replies that carry the office's own identifiers, many mail clients,
a format=flowed break inside a role sentence, a shared redakce@ mailbox, zero-padded octets,
foreign senders with phones from many countries; data messages each with a file) and its
label mix. The checks every part shares are in test_corpus_parts.py. These cases were written
by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysixth_cs_common import CLIENTS, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftysixth_cs import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def test_html_only_mails_and_quoted_replies() -> None:
    cases = all_cases()
    assert len(cases) == 42
    html_only = [c for c in cases if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert any("<table" in c["html"] for c in html_only)
    assert any("alt=" in c["html"] and "<img" in c["html"] for c in html_only)
    quoted = [c for c in cases if c["style"] == Style.REPLY and "\n> " in _text(c)]
    assert len(quoted) >= 2
    office = [c for c in cases if all(x in _text(c) for x in OFFICE[::2])]
    assert len(office) >= 2
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert "274052733" not in (lab["contact"]["phone"] or "")


def test_this_rounds_particular_cases() -> None:
    texts = {c["id"]: _text(c) for c in all_cases()}
    joined = "\n".join(texts.values())
    assert re.search(r"\b192\.000\.002\.0\d\d\b", joined)
    assert "Je adresa 203.0.113.77 produkční, nebo testovací?" in joined
    assert re.search(r"^Testovací\.\n", joined, re.M)
    assert "zatím neznámá, doplníme" in joined
    assert "produkcia" in joined and "• test" in joined
    assert "+44 20" in joined and "+420 777" in joined
    shared = [c for c in all_cases() if "<redakce@" in c.get("from", "")]
    assert shared and shared[0]["labels"]["contact"]["email"].startswith("redakce@")
    phone_typed = [c for c in all_cases() if c["style"] == Style.PHONE]
    assert len(phone_typed) >= 5
    assert sum("iPhon" in _text(c) for c in phone_typed) >= 2


def test_clients_flowed_and_raw_markers() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    used = {name for c in mails for name, hdr in CLIENTS.items() if c.get("headers") == hdr}
    assert len(used) >= 10, used
    flowed = [c for c in mails if c.get("flowed")]
    assert flowed and any(re.search(r"pro \n", c["body"]) for c in flowed)
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
            assert len(msg["From"].addresses) == 1, name
            assert msg["From"].addresses[0].domain.endswith(".example"), name


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    assert len({c["style"] for c in all_cases()}) >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        ico = lab["organization"]["ico"]
        assert ico is None or ico_valid(ico)
        assert re.fullmatch(r"\+[1-9]\d{7,14}", lab["contact"]["phone"] or "+420000000")
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+43", "+33"):
        assert any(p.startswith(country) for p in phones), country
