"""The sixty-second held-out part ``dn`` (tests/corpus/sixtysecond/dn###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
mails, twenty-nine mail clients, HTML-only mails with tables, replies and forwards with quoted
history including the office's own identifiers, corrections, signatures naming several people,
format=flowed with and without delsp, foreign senders writing English or Slovak, six data
messages) and this round's new classes (a top-posted "platí beze změny, viz níže" over the
applicant's own earlier mail, a defect notice answered with only the missing field, a shared
mailbox sent on behalf of one person naming another the contact, Markdown/ASCII pipe tables,
terminal pastes, a comma-separated line with roles in parentheses, a tab-aligned list with
Windows line endings, test addresses "the same as last year" with last year's mail quoted,
pasted Teams/WhatsApp chats, three ways of writing a phone) — and its label mix. The checks
every part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.heldout_docs import text_doc
from tests.corpus.make_sixtysecond_dn import N0, all_cases, files
from tests.corpus.sixtysecond_dn_common import FEED, FILM, Style

OFFICE = ("00025593", "2gfaasy", "274 052 733")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def _one(marker: str) -> dict[str, Any]:
    found = [c for c in all_cases() if marker in _text(c)]
    assert found, marker
    return found[0]


def _style(style: Style) -> list[dict[str, Any]]:
    return [c for c in all_cases() if c["style"] == style]


def _labelled(case: dict[str, Any]) -> list[str]:
    return list(case["labels"]["production_ips"]) + list(case["labels"]["test_ips"])


def test_the_part_numbers_from_its_offset() -> None:
    assert N0 == 18000
    assert [c["id"][:5] for c in all_cases()] == [f"dn{n:03d}" for n in range(1, 43)]


def test_unchanged_reply_over_the_applicants_own_mail() -> None:
    (case,) = _style(Style.UNCHANGED)
    body = case["body"]
    top, quoted = body.split("\nFrom: ", 1)
    assert "platí beze změny, viz níže" in top
    assert not IPV4.search(top) and case["labels"]["organization"]["ico"] not in top
    assert all(ip in quoted for ip in _labelled(case))
    assert case["labels"]["organization"]["ico"] in quoted
    assert "To: podatelna@czso.cz" in quoted


def test_defect_notice_answered_with_only_the_missing_phone() -> None:
    case = _one("neobsahuje\n> telefonní číslo")
    body = case["body"]
    answer = body.split("\nDne ", 1)[0]
    assert "+420 / 602 11 22 33" in answer and not IPV4.search(answer)
    assert all(o in body for o in OFFICE)
    assert "\n>> IP produkce: 198.51.100.61" in body
    assert case["labels"]["contact"]["phone"] == "+420602112233"


def test_shared_mailbox_sent_on_behalf() -> None:
    (case,) = _style(Style.SHARED)
    assert case["from"].split("<")[1].startswith("redakce@")
    sender = dict(case["headers"])["Sender"]
    assert "Kamila Dvořáková" in sender and case["body"].rstrip().count("Kamila Dvořáková") == 1
    assert case["labels"]["contact"]["person"] not in sender
    assert re.search(r"\d+\.\d+\.\d+\.\d+ \(prod\), [\d.]+ \(prod\), [\d.]+ \(test\)", case["body"])


def test_pipe_tables_terminal_pastes_and_tab_list() -> None:
    pipes = _style(Style.PIPETABLE)
    assert len(pipes) == 2
    assert _one("|----------|------------------|")
    ascii_table = _one("+-----------+------------------+")
    assert "/30 |" in ascii_table["body"] and len(ascii_table["labels"]["production_ips"]) == 4
    terminals = _style(Style.TERMINAL)
    assert len(terminals) == 2 and all("```\n" in c["body"] for c in terminals)
    nat = _one("$ ip -4 addr show eth0")
    assert "inet 10.40.2.15/24" in nat["body"] and "10.40.2.15" not in _labelled(nat)
    assert nat["body"].count("$ curl ifconfig.me") == 2
    crlf = [
        (c, content)
        for c in all_cases()
        for kind, name, content in c.get("attachments", [])
        if kind == "txt" and "\r\n" in content
    ]
    ((case, content),) = crlf
    assert "databox" in case and "\n" not in content.replace("\r\n", "")
    assert re.search(
        r"produkce\t198\.51\.100\.190\r\nprodukce\t198\.51\.100\.191\r\ntest\t", content
    )
    assert text_doc(content).count(b"\r\n") == content.count("\r\n")


def test_last_year_quoted_chats_and_phone_formats() -> None:
    last_year = _one("stejné jako loni")
    quote = last_year["body"].split("napsal:", 1)[1]
    assert set(last_year["labels"]["test_ips"]) <= set(IPV4.findall(quote))
    assert not set(last_year["labels"]["production_ips"]) & set(IPV4.findall(quote))
    chats = _style(Style.CHATLOG)
    assert len(chats) == 2
    assert re.search(r"\n\[15:0\d\] Novák Tomáš\n", _one("[15:02] Novák Tomáš")["body"])
    assert re.search(
        r"\n\[16\.09\.25 14:\d\d:\d\d\] Filip Onderka: ", _one("Filip Onderka:")["body"]
    )
    for case in chats:
        assert "\nShrnuto: " in case["body"] or "\nTakže: " in case["body"], case["id"]
    every = " ".join(_text(c) + repr(c.get("attachments", "")) for c in all_cases())
    assert "+420 / 602 11 22 33" in every
    assert re.search(r"\(\+420\) \d{3}-\d{3}-\d{3}", every)
    assert "00420602113544" in every


def test_html_only_mails_replies_and_office_quotes() -> None:
    cases = all_cases()
    assert len(cases) == 42
    html_only = [c for c in cases if "html" in c and c.get("body") is None]
    assert len(html_only) == 3 and all("<table" in c["html"] for c in html_only)
    assert sum(c["style"] in (Style.REPLY, Style.UNCHANGED, Style.FORWARD) for c in cases) >= 6
    quoting = [c for c in cases if sum(o in repr(c) for o in OFFICE) >= 2]
    assert len(quoting) >= 3
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"


def test_many_clients_and_phone_typed_mails() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 25
    phone = _style(Style.PHONE)
    assert len(phone) == 3
    for case in phone:
        assert not any(ch in case["body"][:160] for ch in "ěščřžýáíéůú"), case["id"]
    flowed = [c for c in cases if c.get("flowed")]
    assert any(c.get("delsp") for c in flowed) and any(not c.get("delsp") for c in flowed)
    for case in flowed:
        soft = "  \n" if case.get("delsp") else " \n"
        assert soft in case["body"], case["id"]
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style)
    for style in (Style.FOREIGN, Style.CORRECTION, Style.CHATTY, Style.HTML, Style.REPLY):
        assert styles[style] >= 3, style
    foreign = " ".join(c["body"] for c in _style(Style.FOREIGN))
    assert "Dear" in foreign and "Dobrý deň" in foreign and "Hello" in foreign


def test_data_messages_carry_the_application_in_annotation_or_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) == 6
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
    in_annotation = [c for c in boxes if IPV4.search(c["subject"])]
    assert len(in_annotation) == 2
    for case in in_annotation:
        assert set(_labelled(case)) <= set(IPV4.findall(case["subject"]))
    kinds = Counter(kind for c in boxes for kind, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt"):
        assert kinds[kind] >= 1, kind
    assert sum(len(c["attachments"]) == 2 for c in boxes) == 2
    borrowed = [
        c for c in boxes if c["labels"]["organization"]["databox_id"] != c["databox"]["box"]
    ]
    assert len(borrowed) == 1 and borrowed[0]["labels"]["organization"]["databox_id"]
    assert {c["databox"]["type"] for c in boxes} == {10, 20, 40}


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 28 and types[(FILM,)] == 3 and types[(FEED, FILM)] >= 6
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44"):
        assert any(p.startswith(country) for p in phones), country
    deferred = _one("požiadame až pri ďalších voľbách")
    assert "198.51.100.222" in deferred["body"] and deferred["labels"]["request_types"] == [FILM]


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
        b"\r\nSender:",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"X-Mailer: Outlook for iOS",
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
        b"User-Agent: Mutt/",
        b"NeoMutt",
        b"KMail",
        b"YahooMailAndroidMobile",
        b"Horde Application Framework",
        b"HCL Notes",
        b"X-Readdle-Message-ID",
        b"Airmail",
        b"SOGoMail",
        b"GroupWise",
        b"X-Mailer: Mailspring",
        b"Postbox",
    ):
        assert marker in raw, marker
    boxes = b"".join(data for name, data in written.items() if name.endswith(".xml"))
    assert b"<p:dmAnnotation>" in boxes
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
