"""The sixtieth held-out part ``dh`` (tests/corpus/sixtieth/dh###-…): what is particular to
this part — e-mail as people really send it (phone-typed notes without diacritics, emoji role
markers, chatty mails, twenty-odd mail clients, HTML-only mails with tables, replies and
forwards with quoted history including the office's own identifiers, corrections, signatures
naming several people, format=flowed with and without delsp, foreign senders writing English
or Slovak) and this round's new classes (a Markdown mail, pasted iptables rules and a Cisco
ACL, live/staging/UAT/pre-prod role names, a reply-all changing one address, a "same as in
2022, only the test IP is new" follow-up, phones in 2-2-2 groups, with a slash and with a
switchboard extension) — and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.make_sixtieth_dh import all_cases, files
from tests.corpus.sixtieth_dh_common import FEED, FILM, Style

OFFICE = ("00025593", "2gfaasy", "274 052 733")


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def _one(marker: str) -> dict[str, Any]:
    found = [c for c in all_cases() if marker in _text(c)]
    assert found, marker
    return found[0]


def test_the_new_classes_are_written_in() -> None:
    markdown = _one("| IP             | účel     |")
    assert markdown["style"] == Style.MARKDOWN
    assert "**Žadatel:**" in markdown["body"] and "\n- " in markdown["body"]
    assert re.search(r"\|-+\|-+\|", markdown["body"])
    iptables = _one("iptables -A INPUT -s 203.0.113.52")
    assert "-j ACCEPT  # test" in iptables["body"] and "# prod (web1)" in iptables["body"]
    acl = _one("ip access-list extended")
    assert " remark test" in acl["body"] and acl["body"].count("permit tcp host") == 3
    emoji = _one("✅ produkce:")
    assert "🧪 test:" in emoji["body"] and emoji["headers"][0][1].startswith("iPhone Mail")
    reply_all = _one("doplňuji za kolegyni")
    assert reply_all["cc"].endswith("<simonova@tyneckyzpravodaj.example>")
    assert "Subject: Žádost o přístup" in reply_all["body"] and "203.0.113.145" in _text(reply_all)
    jargon = [c for c in all_cases() if c["style"] == Style.JARGON]
    words = " ".join(c["body"] for c in jargon)
    for word in ("live:", "staging:", "UAT:", "Pre-prod:", "(live)"):
        assert word in words, word
    again = _one("stejně jako u voleb 2022")
    assert "jen testovací IP je nová" in again["body"] and "> Testovací IP:" in again["body"]
    assert all(o in again["body"] for o in OFFICE)
    assert _one("603/18 72 45") and _one("602/41 88 17")
    assert "linka 215" in _one("ústředna: 568 800 100")["html"]
    assert re.search(r"\+420 \d{3} \d\d \d\d \d\d", "".join(_text(c) for c in all_cases()))


def test_html_only_mails_replies_and_office_quotes() -> None:
    cases = all_cases()
    assert len(cases) == 42
    html_only = [c for c in cases if "html" in c and c.get("body") is None]
    assert len(html_only) >= 4
    assert sum("<table" in c["html"] for c in html_only) >= 3
    assert any("<s>" in c["html"] for c in html_only), "a struck-through address"
    replies = [c for c in cases if c["style"] == Style.REPLY]
    assert len(replies) >= 3
    quoting = [c for c in cases if sum(o in repr(c) for o in OFFICE) >= 2]
    assert len(quoting) >= 4
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"


def test_many_clients_and_phone_typed_mails() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 12
    phone = [c for c in cases if c["style"] == Style.PHONE]
    assert len(phone) >= 3
    for case in phone:
        assert not any(ch in case["body"][:120] for ch in "ěščřžýáíéůú"), case["id"]
    flowed = [c for c in cases if c.get("flowed")]
    assert any(c.get("delsp") for c in flowed) and any(not c.get("delsp") for c in flowed)
    assert any("-----BEGIN PGP SIGNED MESSAGE-----" in (c.get("body") or "") for c in cases)
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 12
    for style in (Style.CHATTY, Style.FOREIGN, Style.CORRECTION, Style.FORWARD, Style.REPLY):
        assert styles[style] >= 3, style


def test_data_messages_carry_the_application_in_annotation_or_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case.get("attachments"), case["id"]  # ISDS sends no message without a file
        assert len(case["subject"]) <= 255
    in_annotation = [c for c in boxes if re.search(r"\d+\.\d+\.\d+\.\d+", c["subject"])]
    assert len(in_annotation) >= 2
    kinds = Counter(kind for c in boxes for kind, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt"):
        assert kinds[kind] >= 1, kind
    assert any(len(c["attachments"]) == 2 for c in boxes)
    borrowed = [
        c for c in boxes if c["labels"]["organization"]["databox_id"] != c["databox"]["box"]
    ]
    assert len(borrowed) == 1 and borrowed[0]["labels"]["organization"]["databox_id"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 2
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 1  # a written range
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+32", "+386", "+41", "+44"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"Content-Transfer-Encoding: 7bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"X-Originating-Client: owa",
        b"Thunderbird/128",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Mail",
        b"Email.cz (Seznam Email)",
        b"Centrum.cz Mail",
        b"Roundcube Webmail",
        b"Zimbra",
        b"X-Google-Smtp-Source",
        b"Evolution",
        b"Claws Mail",
        b"eM_Client",
        b"NeoMutt",
        b"User-Agent: Mutt/",
        b"KMail",
        b"YahooMailAndroidMobile",
        b"Horde Application Framework",
        b"HCL Notes",
        b"X-Pm-Message-Id",
    ):
        assert marker in raw, marker
    boxes = b"".join(data for name, data in written.items() if name.endswith(".xml"))
    assert b"<p:dmAnnotation>" in boxes
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
