"""``mail.headers.display_text`` reads a Date and a plain Message-ID without the stdlib's
token parse; the text is the one ``email.policy.default``'s header object gives, on crafted
values (well-formed, odd and broken) and on every corpus mail's Date and Message-ID."""

from __future__ import annotations

import email.policy
from pathlib import Path

import pytest

from mail.headers import _date_or_id_text, display_text, first_values
from mail.lean import parse_bytes

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"

_DATES = (
    "Mon, 1 Jan 2024 10:00:00 +0000",
    "Tue, 05 Mar 2024 08:15:02 +0100 (CET)",
    " Wed, 6 Mar 2024 23:59:59 -0000 ",
    "6 Mar 2024 07:00 +0200",
    "Thu, 7 Mar 24 12:00:00 GMT",
    "Fri, 8 Mar 2024 12:00:00",
    "Sat, 30 Feb 2024 12:00:00 +0000",
    "Sun, 10 Mar 2024 25:61:00 +0000",
    "yesterday",
    "",
    "Mon, 1 Jan 99999 10:00:00 +0000",
    "Mon, 1 Jan 2024 10:00:00 +9999",
    "Mon, 1 Jan 2024 10:00:00 +0000\udcc5",
)
_IDS = (
    "<abc.def@example.cz>",
    " <a+b=c/d?e^f_g`h{i|j}k~l-m!#$%&'*@mail.example.org> ",
    "<a..b@example.cz>",
    "<.a@example.cz>",
    "<a.@example.cz>",
    "<a@[192.0.2.1]>",
    '<"quoted id"@example.cz>',
    "<a b@example.cz>",
    "<a@example.cz> (comment)",
    "<a@example.cz",
    "a@example.cz",
    "<a@b@example.cz>",
    "<žluť@example.cz>",
    "",
)


def _stdlib(name: str, raw: str) -> str:
    return str(email.policy.default.header_factory(name, raw)).strip()


@pytest.mark.parametrize(
    ("name", "raw"), [("Date", d) for d in _DATES] + [("Message-ID", i) for i in _IDS]
)
def test_crafted(name: str, raw: str) -> None:
    known = _date_or_id_text(name, raw)
    if known is not None:
        assert known == _stdlib(name, raw)
    try:
        expected = _stdlib(name, raw)
    except Exception:
        return  # display_text falls back to decode_header then, as before
    assert display_text(name, raw) == expected


def test_shortcut_taken_for_plain_values() -> None:
    assert _date_or_id_text("Date", _DATES[0]) == "Mon, 01 Jan 2024 10:00:00 +0000"
    assert _date_or_id_text("message-id", _IDS[1]) == _IDS[1].strip()
    assert _date_or_id_text("Message-ID", "<a@[192.0.2.1]>") is None
    assert _date_or_id_text("Subject", _DATES[0]) is None


def test_every_corpus_mail() -> None:
    mails = sorted(
        p for d in ("cases", "heldout", "blind", "fresh") for p in (_CORPUS / d).glob("*.eml")
    )
    assert mails
    taken = 0
    for path in mails:
        firsts = first_values(parse_bytes(path.read_bytes()))
        for name in ("Date", "Message-ID"):
            raw = firsts.get(name.lower())
            if raw is not None and (known := _date_or_id_text(name, raw)) is not None:
                taken += 1
                assert known == _stdlib(name, raw), (path.name, name)
    assert taken > len(mails)
