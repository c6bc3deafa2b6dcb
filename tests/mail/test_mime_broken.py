"""mail.mime.parse_email on broken and hostile input: never raises, fails closed on an
ambiguous sender, reads raw 8-bit headers; hypothesis over random and MIME-shaped bytes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.model import ComponentRole, ParsedMessage
from mail.mime import parse_email
from tests.mail.mimetools import CRLF, by_role, codes


def test_bad_input_never_raises() -> None:
    for raw in (
        b"",
        b"\x00\xff\xfe",
        b"garbage without headers",
        b"From: \r\nDate: yesterday\r\n\r\n",
    ):
        p = parse_email(raw)
        assert isinstance(p, ParsedMessage)
    assert "empty_message" in codes(parse_email(b""))
    p = parse_email(b"From: \r\nDate: yesterday\r\n\r\nx")
    assert {"bad_sender", "bad_date"} <= codes(p) and p.date is None
    assert "missing_sender" in codes(parse_email(b"Subject: x\r\n\r\nx"))
    # unterminated multipart, bare LF, NUL (Dovecot passes such messages through)
    p = parse_email(
        b"From: a@example.cz\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nab\x00c\n"
    )
    assert p.sender == "a@example.cz"
    assert by_role(p, ComponentRole.BODY_TEXT)[0].text.startswith("ab")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(raw: bytes) -> None:
    assert isinstance(parse_email(raw), ParsedMessage)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"From: a@b.cz",
                b"Content-Type: multipart/mixed; boundary=q",
                b"--q",
                b"--q--",
                b"Content-Type: message/rfc822",
                b"Content-Type: application/pkcs7-mime",
                b"Content-Type: application/ms-tnef",
                b"Content-Transfer-Encoding: base64",
                b"Content-Disposition: attachment; filename*=x''%ZZ",
                b"",
                b"=?utf-8?B?!!?=",
                b"\xff\xfe",
                b'Content-Type: text/plain; charset="x\x00"',
                b"MIIB",
                b"Subject: =?cp1250?Q?=9E?=",
            ]
        ),
        max_size=40,
    )
)
def test_fuzz_mime_shaped(lines: list[bytes]) -> None:
    assert isinstance(parse_email(CRLF.join(lines)), ParsedMessage)


def test_ambiguous_from_fails_closed() -> None:
    for value in (b"alice@example.org)<bob@example.org>", b"a@b.cz <c@d.cz>"):
        p = parse_email(b"From: " + value + b"\r\n\r\nx")
        assert p.sender == "" and "bad_sender" in codes(p), value


def test_raw_8bit_headers() -> None:
    for charset in ("utf-8", "cp1250"):
        raw = "From: Jan Novák <jan@example.cz>\r\nSubject: Žádost o přístup\r\n\r\nx".encode(
            charset
        )
        p = parse_email(raw)
        assert (p.subject, p.sender_name, p.sender) == (
            "Žádost o přístup",
            "Jan Novák",
            "jan@example.cz",
        )
