"""``mail.headers.first_values`` reads all header fields in one pass: each name's value is
what ``raw_value`` finds for it (the first occurrence, unfolded, 8-bit bytes decoded), and
``display_text`` of it is ``text_value``; checked on crafted headers and every corpus mail."""

from __future__ import annotations

from email.message import Message
from pathlib import Path

from mail.headers import display_text, first_values, raw_value, text_value
from mail.lean import parse_bytes

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"

_CRAFTED = (
    b"Received: from a by mx1.example; Mon, 1 Jan 2024 10:00:00 +0000\r\n"
    b"received: from b by mx2.example; Mon, 1 Jan 2024 09:00:00 +0000\r\n"
    b"From: =?utf-8?q?Jan_Nov=C3=A1k?= <jan@example.cz>\r\n"
    b"Subject: \xc5\xbd\xc3\xa1dost o\r\n p\xc5\x99\xc3\xadstup\r\n"
    b"SUBJECT: druh\xe1\r\n"
    b"X-Win: \x9e\xe1dost\r\n"
    b"To: podatelna@czso.cz\r\n"
    b"\r\n"
    b"body\r\n"
)


def _agrees(msg: Message) -> None:
    firsts = first_values(msg)
    names = {k for k, _ in msg.raw_items()} | {"Cc", "Date", "Message-ID"}
    for name in names:
        assert firsts.get(name.lower()) == raw_value(msg, name), name
        assert display_text(name, firsts.get(name.lower())) == text_value(msg, name), name


def test_crafted_headers() -> None:
    msg = parse_bytes(_CRAFTED)
    _agrees(msg)
    firsts = first_values(msg)
    assert firsts["received"].endswith("mx1.example; Mon, 1 Jan 2024 10:00:00 +0000")
    assert firsts["subject"] == "Žádost o přístup"
    assert firsts["x-win"] == "žádost"
    assert "cc" not in firsts


def test_every_corpus_mail() -> None:
    mails = sorted(p for d in ("cases", "blind", "fresh") for p in (_CORPUS / d).glob("*.eml"))
    assert mails
    for path in mails:
        _agrees(parse_bytes(path.read_bytes()))
