"""Unit tests for mail.mime.parse_email / receipt_time (pure; no servers)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

from intake.model import Channel, ComponentRole
from mail.mime import parse_email, receipt_time
from tests.mail import samples
from tests.mail.mimetools import by_role, codes, msg


def test_headers_sender_date_and_body() -> None:
    raw = msg(
        b"Received: from mx.podatelna.example by imap.podatelna.example; Fri, 27 Nov 2026 10:00:05 +0100",
        b"Received: from mail.example.cz by mx.podatelna.example with ESMTPS; Fri, 27 Nov 2026 10:00:02 +0100",
        b"Received: from laptop by mail.example.cz; Fri, 27 Nov 2026 09:00:00 +0100",
        b"From: =?utf-8?B?SmFuIE5vdsOhaw==?= <jan.novak@example.cz>",
        b"To: podatelna@csu.example",
        b"Subject: =?windows-1250?Q?=8E=E1dost_o_p=F8=EDstup?=",
        b"Date: Fri, 27 Nov 2026 09:59:00 +0100",
        b"Message-ID: <abc@example.cz>",
        b"Auto-Submitted: auto-replied",
        b"Precedence: bulk",
        b"List-Id: <zpravy.example.cz>",
        b"X-Auto-Response-Suppress: All",
        b"Content-Language: cs",
        b"In-Reply-To: <prev@csu.example>",
        b"Return-Path: <bounce@example.cz>",
        b"Content-Type: text/plain; charset=utf-8",
        b"Content-Transfer-Encoding: 8bit",
        b"",
        "Dobrý den,\r\nžádáme.\r\n".encode(),
    )
    p = parse_email(raw)
    assert p.channel is Channel.EMAIL
    assert p.subject == "Žádost o přístup"
    assert (p.sender, p.sender_name) == ("jan.novak@example.cz", "Jan Novák")
    assert p.message_id == "<abc@example.cz>"
    assert p.date == datetime(2026, 11, 27, 8, 59, tzinfo=UTC)
    assert p.date.utcoffset() == timedelta(hours=1)
    for name, value in {
        "Auto-Submitted": "auto-replied",
        "Precedence": "bulk",
        "List-Id": "<zpravy.example.cz>",
        "X-Auto-Response-Suppress": "All",
        "Content-Language": "cs",
        "In-Reply-To": "<prev@csu.example>",
        "Return-Path": "<bounce@example.cz>",
    }.items():
        assert p.headers[name] == value
    assert p.headers["Received"].startswith("from mx.podatelna.example by imap")
    (body,) = by_role(p, ComponentRole.BODY_TEXT)
    assert body.text == "Dobrý den,\nžádáme.\n" and body.charset == "utf-8"
    assert p.problems == ()


def _text_part(charset: str, payload: bytes, cte: bytes = b"8bit") -> bytes:
    return msg(
        b"From: a@example.cz",
        b"Subject: t",
        f"Content-Type: text/plain; charset={charset}".encode(),
        b"Content-Transfer-Encoding: " + cte,
        b"",
        payload,
    )


def test_charsets() -> None:
    word = "Žádost o přístup k výsledkům"
    for charset in ("utf-8", "windows-1250", "iso-8859-2"):
        p = parse_email(_text_part(charset, word.encode(charset)))
        (body,) = by_role(p, ComponentRole.BODY_TEXT)
        assert body.text == word, charset
        assert "charset_fallback" not in codes(p)
    # quoted-printable windows-1250
    p = parse_email(_text_part("windows-1250", b"=8E=E1dost", b"quoted-printable"))
    assert by_role(p, ComponentRole.BODY_TEXT)[0].text == "Žádost"


def test_unknown_or_wrong_charset_falls_back_and_is_recorded() -> None:
    word = "Žádost o přístup k výsledkům voleb, příliš žluťoučký kůň"
    for label in ("x-unknown", "cp-1250", "utf-8"):
        p = parse_email(_text_part(label, word.encode("cp1250")))
        (body,) = by_role(p, ComponentRole.BODY_TEXT)
        assert "\ufffd" not in (body.text or ""), label
        assert body.text == word, (label, body.text, body.charset)
        if label != "cp-1250":  # the alias map knows cp-1250: no fallback needed
            assert "charset_fallback" in codes(p), label


def test_html_body_to_safe_text() -> None:
    html = (
        "<html><head><title>x</title><style>p{color:red}</style></head><body>"
        "<p>Dobrý den,</p><script>alert('x')</script><p>žádáme<br>o přístup</p>"
        "<img src='http://tracker.example/x.png'></body></html>"
    )
    raw = msg(b"From: a@example.cz", b"Content-Type: text/html; charset=utf-8", b"", html.encode())
    (h,) = by_role(parse_email(raw), ComponentRole.BODY_HTML)
    assert h.text is not None
    assert "Dobrý den," in h.text and "žádáme\no přístup" in h.text
    assert "alert" not in h.text and "color" not in h.text and "<" not in h.text
    assert h.data == html.encode()


def _with_attachment(disposition: bytes, ctype: bytes = b"application/pdf") -> bytes:
    return msg(
        b"From: a@example.cz",
        b'Content-Type: multipart/mixed; boundary="b"',
        b"",
        b"--b",
        b"Content-Type: text/plain",
        b"",
        b"body",
        b"--b",
        b"Content-Type: " + ctype,
        disposition,
        b"Content-Transfer-Encoding: base64",
        b"",
        base64.b64encode(b"%PDF-1.4 data"),
        b"--b--",
        b"",
    )


def test_attachment_names() -> None:
    cases = {
        b"Content-Disposition: attachment; filename*=utf-8''%C5%BE%C3%A1dost.pdf": "žádost.pdf",
        b"Content-Disposition: attachment; filename*0*=utf-8''%C5%BE%C3%A1; filename*1*=dost.pdf": "žádost.pdf",
        b"Content-Disposition: attachment; filename*=iso-8859-2''%AE%E1dost.pdf": "Žádost.pdf",
        b'Content-Disposition: attachment; filename="=?UTF-8?B?xb7DoWRvc3QucGRm?="': "žádost.pdf",
        b'Content-Disposition: attachment; filename="=?windows-1250?Q?=9E=E1dost.pdf?="': "žádost.pdf",
        'Content-Disposition: attachment; filename="žádost.pdf"'.encode(): "žádost.pdf",
        'Content-Disposition: attachment; filename="žádost.pdf"'.encode("cp1250"): "žádost.pdf",
        b'Content-Disposition: attachment; filename="../../etc/passwd"': "passwd",
        b'Content-Disposition: attachment; filename="C:\\\\Users\\\\jan\\\\zadost.pdf"': "zadost.pdf",
        b'Content-Disposition: attachment; filename="C:\\Users\\jan\\zadost.pdf"': "zadost.pdf",
    }
    for header, expected in cases.items():
        p = parse_email(_with_attachment(header))
        (att,) = by_role(p, ComponentRole.ATTACHMENT)
        assert att.name == expected, (header, att.name)
        assert att.data == b"%PDF-1.4 data"
        assert att.declared_type == "application/pdf"
    # a name given only in Content-Type
    p = parse_email(
        _with_attachment(
            b"Content-Disposition: attachment",
            b'application/pdf; name="=?UTF-8?B?xb7DoWRvc3QucGRm?="',
        )
    )
    assert by_role(p, ComponentRole.ATTACHMENT)[0].name == "žádost.pdf"


def test_duplicate_names_are_made_unique() -> None:
    part = msg(
        b"--b",
        b"Content-Type: application/pdf",
        b'Content-Disposition: attachment; filename="a.pdf"',
        b"",
        b"x",
    )
    raw = msg(
        b"From: a@example.cz",
        b'Content-Type: multipart/mixed; boundary="b"',
        b"",
        part,
        part,
        b"--b--",
        b"",
    )
    names = [c.name for c in parse_email(raw).components]
    assert names == ["a.pdf", "a-2.pdf"]


def test_broken_base64_is_recorded_not_raised() -> None:
    raw = _with_attachment(b'Content-Disposition: attachment; filename="x.pdf"').replace(
        base64.b64encode(b"%PDF-1.4 data"), b"JVBER!!!i0xLjQgZGF0Y"
    )
    p = parse_email(raw)
    assert "unreadable_attachment" in codes(p)
    assert any(pr.component == "x.pdf" for pr in p.problems)


def test_detached_smime_signature() -> None:
    p = parse_email(samples.signed_detached())
    sig = by_role(p, ComponentRole.SIGNATURE)
    assert len(sig) == 1 and sig[0].name.endswith(".p7s")
    assert sig[0].data[:1] == b"\x30"  # DER SEQUENCE
    (body,) = by_role(p, ComponentRole.BODY_TEXT)
    assert body.text == "Žádost o přístup k výsledkům volby."
    assert [c.name for c in by_role(p, ComponentRole.ATTACHMENT)] == ["žádost.pdf"]


def test_opaque_pkcs7_mime_is_unwrapped_without_verifying() -> None:
    p = parse_email(samples.signed_opaque())
    (sig,) = by_role(p, ComponentRole.SIGNATURE)
    assert sig.name == "smime.p7m" and sig.declared_type == "application/pkcs7-mime"
    (body,) = by_role(p, ComponentRole.BODY_TEXT)
    assert body.parent == "smime.p7m" and body.text == "Žádost o přístup k výsledkům volby."
    (pdf,) = by_role(p, ComponentRole.ATTACHMENT)
    assert (pdf.name, pdf.parent, pdf.data) == ("žádost.pdf", "smime.p7m", b"%PDF-1.4 test")
    # a corrupt CMS is recorded and kept as an attachment
    bad = (
        samples.signed_opaque().rsplit(b"\r\n\r\n", 1)[0]
        + b"\r\n\r\n"
        + base64.b64encode(b"\x30\x03junk")
    )
    q = parse_email(bad)
    assert "unreadable_signature" in codes(q)
    assert [c.name for c in q.components] == ["smime.p7m"]


def test_winmail_dat_is_expanded() -> None:
    blob = samples.tnef_blob(b"Text z Outlooku", [(b"zadost.pdf", b"%PDF-1.4 tnef")])
    raw = msg(
        b"From: a@example.cz",
        b'Content-Type: multipart/mixed; boundary="b"',
        b"",
        b"--b",
        b"Content-Type: application/ms-tnef",
        b'Content-Disposition: attachment; filename="winmail.dat"',
        b"Content-Transfer-Encoding: base64",
        b"",
        base64.b64encode(blob),
        b"--b--",
        b"",
    )
    p = parse_email(raw)
    by_name = {c.name: c for c in p.components}
    assert by_name["winmail.dat"].data == blob
    assert by_name["zadost.pdf"].data == b"%PDF-1.4 tnef"
    assert by_name["zadost.pdf"].parent == "winmail.dat"
    (body,) = by_role(p, ComponentRole.BODY_TEXT)
    assert body.text == "Text z Outlooku" and body.parent == "winmail.dat"
    # garbage named winmail.dat: recorded, kept
    q = parse_email(raw.replace(base64.b64encode(blob), base64.b64encode(b"not tnef at all")))
    assert "unreadable_attachment" in codes(q)
    assert [c.name for c in q.components] == ["winmail.dat"]


def test_forwarded_message_rfc822() -> None:
    inner = samples.signed_detached(7)
    raw = msg(
        b"From: kolega@csu.example",
        b"Subject: Fwd: Signed application 7",
        b'Content-Type: multipart/mixed; boundary="outer"',
        b"",
        b"--outer",
        b"Content-Type: text/plain; charset=utf-8",
        b"",
        "Přeposílám.".encode(),
        b"--outer",
        b"Content-Type: message/rfc822",
        b"",
        inner,
        b"--outer--",
        b"",
    )
    p = parse_email(raw)
    (eml,) = [c for c in p.components if c.name.endswith(".eml")]
    assert eml.role is ComponentRole.ATTACHMENT and eml.declared_type == "message/rfc822"
    assert eml.name == "Signed application 7.eml"
    assert eml.data == inner  # byte for byte, not re-serialised
    bodies = by_role(p, ComponentRole.BODY_TEXT)
    assert [(b.parent, b.text) for b in bodies] == [
        (None, "Přeposílám."),
        (eml.name, "Žádost o přístup k výsledkům volby."),
    ]
    assert [c.parent for c in p.components if c.name == "žádost.pdf"] == [eml.name]
    assert [c.parent for c in by_role(p, ComponentRole.SIGNATURE)] == [eml.name]


def test_receipt_time() -> None:
    raw = msg(
        b"Received: from mx.podatelna.example by imap.podatelna.example; Fri, 27 Nov 2026 10:00:05 +0100",
        b"Received: from mail.example.cz (mail.example.cz [192.0.2.1])",
        b"\tby MX.podatelna.example (Postfix) with ESMTPS id 4F;",
        b"\tFri, 27 Nov 2026 10:00:02 +0100",
        b"Received: from evil by mx.podatelna.example; Mon, 1 Jan 2024 00:00:00 +0000",
        b"From: a@example.cz",
        b"",
        b"x",
    )
    assert receipt_time(raw, "mx.podatelna.example") == datetime(2026, 11, 27, 9, 0, 2, tzinfo=UTC)
    assert receipt_time(raw, None) == datetime(
        2026, 11, 27, 10, 0, 5, tzinfo=timezone(timedelta(hours=1))
    )
    assert receipt_time(raw, "other.example") is None
    assert receipt_time(b"From: a@b.cz\r\n\r\nx", None) is None
    assert receipt_time(b"Received: from x by y; not a date\r\n\r\n", None) is None
    assert receipt_time(b"", "mx") is None


def test_signed_file_attachment_p7m_is_kept_as_attachment() -> None:
    """A ``dokument.pdf.p7m`` (a signed file, not S/MIME) stays an attachment for verifiers."""
    der = base64.b64encode(b"\x30\x03\x02\x01\x00")
    raw = _with_attachment(
        b'Content-Disposition: attachment; filename="dokument.pdf.p7m"', b"application/pkcs7-mime"
    ).replace(base64.b64encode(b"%PDF-1.4 data"), der)
    p = parse_email(raw)
    (att,) = by_role(p, ComponentRole.ATTACHMENT)
    assert att.name == "dokument.pdf.p7m" and att.data == base64.b64decode(der)
    assert by_role(p, ComponentRole.SIGNATURE) == []


def test_forwarded_message_bytes_are_exact_even_when_odd() -> None:
    """Headers without a space after the colon, long folded lines and bare LFs would all be
    changed by the email package's generator; the embedded message is sliced instead."""
    inner = (
        b"From:jan@example.cz\n"
        b"Subject:  two  spaces\n"
        b"X-Long: " + b"a" * 120 + b"\n\t" + b"b" * 120 + b"\n"
        b"Content-Type:text/plain;charset=utf-8\n"
        b"\n" + "Žádost\nFrom the start of a line\n".encode()
    )
    raw = (
        b'From: a@csu.example\nContent-Type: multipart/mixed; boundary="o"\n\n'
        b"preamble\n--o\nContent-Type: text/plain\n\nfwd\n--o\n"
        b"Content-Type: message/rfc822\n\n" + inner + b"\n--o--\nepilogue\n"
    )
    p = parse_email(raw)
    (eml,) = [c for c in p.components if c.declared_type == "message/rfc822"]
    assert eml.data == inner
    assert [b.text for b in by_role(p, ComponentRole.BODY_TEXT)] == [
        "fwd",
        "Žádost\nFrom the start of a line\n",
    ]


def test_split_multipart() -> None:
    from mail.rawparts import split_header, split_multipart

    body = b"pre\r\n--b\r\nA: 1\r\n\r\none\r\n--b \r\n\r\ntwo\r\n\r\n--b--\r\nepi"
    assert split_multipart(body, "b") == [b"A: 1\r\n\r\none", b"\r\ntwo\r\n"]
    assert split_multipart(b"--b\r\nx\r\n--bb\r\n", "b") == [b"x\r\n--bb\r\n"]  # unterminated
    assert split_multipart(b"no delimiters", "b") is None
    assert split_header(b"A: 1\r\n\r\nbody") == (b"A: 1\r\n\r\n", b"body")
    assert split_header(b"\r\nbody") == (b"\r\n", b"body")
    assert split_header(b"A: 1") == (b"A: 1", b"")


def test_multipart_spans_as_the_delimiter_pattern_finds_them() -> None:
    """The literal search gives the spans the RFC 2046 pattern gives, on bytes and on views:
    delimiters right after another, glued to text, after a lone CR, CRLF or LF, at the very
    start and end, with trailing white space, and a boundary holding a line break."""
    import random

    from mail.rawparts import _delimiter_pattern, multipart_spans

    def expected(body: bytes, boundary: str) -> list[tuple[int, int]] | None:
        spans: list[tuple[int, int]] = []
        start: int | None = None
        for m in _delimiter_pattern(("--" + boundary).encode()).finditer(body):
            if start is not None:
                spans.append((start, m.start()))
            if m.group(1):
                return spans
            start = m.end()
        if start is not None:
            spans.append((start, len(body)))
        return spans or None

    rng = random.Random(18)
    for boundary in ("b", "-", "aa", "x-", "a\nb"):
        d = ("--" + boundary).encode()
        pieces = [b"\r", b"\n", b"\r\n", b"-", b" ", b"\t", b"a", b"b", d, d, d + b"--"]
        for _ in range(3000):
            body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            want = expected(body, boundary)
            assert multipart_spans(body, boundary) == want, (body, boundary)
            assert multipart_spans(memoryview(body), boundary) == want, (body, boundary)
