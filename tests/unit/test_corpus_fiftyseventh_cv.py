"""The fifty-seventh held-out part ``cv`` (tests/corpus/fiftyseventh/cv###-…): what is
particular to this part — e-mail as people really send it (phone-typed notes, chatty and
sloppy mails, many mail clients, HTML-only mails with tables, an alternative whose plain part
only points to the HTML, replies and forwards with quoted history including the office's own
identifiers, corrections inside one message, signatures with T:/M:/F: lines or several people,
a flowed role sentence, roles by "resp.", addresses with a port or inside a URL, foreign
senders writing English, data messages each carrying a file) and its label mix. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyseventh_cv_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyseventh_cv import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
QUOTE = re.compile(r"^> ", re.MULTILINE)
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "198.18.0.0/15",
        "2001:db8::/32",
    )
]


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def test_html_only_mails_and_the_see_html_alternative() -> None:
    mails = _mails()
    html_only = [c for c in mails if "html" in c and c.get("body") is None]
    assert len(html_only) >= 4
    assert all("<table" in c["html"] or "<pre>" in c["html"] for c in html_only)
    alternative = [c for c in mails if "html" in c and c.get("body") is not None]
    assert any(
        "HTML" in c["body"] and not re.search(r"\d+\.\d+\.\d+\.\d+", c["body"]) for c in alternative
    ), "a plain part that only points to the HTML version"


def test_replies_forwards_and_the_office_identifiers() -> None:
    mails = _mails()
    replies = [c for c in mails if c["style"] == Style.REPLY and QUOTE.search(c.get("body", ""))]
    assert len(replies) >= 2
    quoting_office = [c for c in mails if all(o in _text(c) for o in ("00025593", "czso.cz"))]
    assert len(quoting_office) >= 2
    for case in all_cases():
        lab = case["labels"]
        assert lab["organization"]["ico"] not in OFFICE
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"
    bodies = [c.get("body", "") for c in mails]
    assert any("---------- Forwarded message ---------" in b for b in bodies)
    assert any("Začátek přeposílané zprávy:" in b for b in bodies)
    assert any(k == "eml" for c in mails for k, _, _ in c.get("attachments", []))
    reply_all = [c for c in mails if "cc" in c and c["style"] == Style.REPLY]
    assert any(c["labels"]["contact"]["email"] in c["cc"] for c in reply_all)


def test_the_particular_ways_of_writing() -> None:
    bodies = "\n".join(_text(c) for c in _mails())
    assert "192.0.2.10:443" in bodies and "https://198.51.100.5/feed" in bodies
    assert re.search(r"^T: .*\n^M: .*\n^F: ", bodies, re.MULTILINE)
    assert re.search(r"resp\. testovací adresa je \S+, resp\. \S+", bodies)
    assert "v zastoupení" in bodies
    assert "Odesláno z iPhonu" in bodies
    flowed = [c for c in _mails() if c.get("flowed")]
    assert flowed and any(" \n" in c["body"] for c in flowed)


def test_clients_styles_and_countries() -> None:
    mails = _mails()
    clients = {tuple(h for h in c.get("headers", []) if h[0] != "In-Reply-To") for c in mails}
    assert len(clients - {()}) >= 10
    styles = Counter(c["style"] for c in all_cases())
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 5 and styles[Style.HTML] >= 5
    phones = [c["labels"]["contact"]["phone"] for c in all_cases()]
    countries = {p[:4] if p.startswith(("+42", "+38")) else p[:3] for p in phones if p}
    assert len(countries) >= 6, countries


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = {k for c in all_cases() for k, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "eml"} <= kinds


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    assert len(labels) == 42
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        if lab["request_types"] == [FILM]:
            assert not ips
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        ico = lab["organization"]["ico"]
        assert ico is None or ico_valid(ico)
        box = lab["organization"]["databox_id"]
        assert box is None or re.fullmatch(r"[a-z0-9]{7}", box)
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
        assert lab["contact"]["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2


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
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert written == files(), "the part regenerates byte for byte"
