"""Hostile inputs, built at test time (nothing large is committed)."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

XXE_DTD = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
    b'<!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>\n'
)
LAUGHS_DTD = (
    b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY l0 "ha">'
    + b"".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">'.encode() for i in range(1, 10))
    + b"]>\n"
)
"""Nine levels of ten references: 10⁹ copies of "ha" if expanded."""
PASSWD_MARK = "root:x:0:0"


def xml_with_dtd(xml: bytes, dtd: bytes, ref: bytes) -> bytes:
    """``xml`` (with or without a declaration) with ``dtd`` prepended and ``ref`` placed in the
    first text-bearing position: right after the root element's start tag."""
    if xml.startswith(b"<?xml"):
        xml = xml[xml.index(b"?>") + 2 :].lstrip()
    end = xml.index(b">") + 1
    if xml[end - 2 : end] == b"/>":  # empty root
        tag = xml[1 : end - 2].split()[0]
        return dtd + xml[: end - 2] + b">" + ref + b"</" + tag + b">" + xml[end:]
    return dtd + xml[:end] + ref + xml[end:]


def rewrite_zip(data: bytes, member: str, change: callable) -> bytes:  # type: ignore[valid-type]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == member:
                body = change(body)
            dst.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def zip_of(members: dict[str, bytes], level: int = 9) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, body in members.items():
            z.writestr(name, body)
    return out.getvalue()


def zeros_zip(name: str, size: int) -> bytes:
    """One member of ``size`` zero bytes, streamed (never held in memory whole)."""
    out = io.BytesIO()
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open(name, "w", force_zip64=True) as fh:
            left = size
            while left > 0:
                fh.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return out.getvalue()


def mail(
    attachments: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    body: str = "Žádost o přístup, viz příloha.",
    html: str | None = None,
) -> bytes:
    m = EmailMessage()
    m["From"] = "Jan Novák <jan@example.cz>"
    m["To"] = "podatelna@czso.cz"
    m["Subject"] = "Žádost"
    m["Date"] = "Tue, 20 Dec 2022 10:00:00 +0100"
    m["Message-ID"] = "<hostile@example.cz>"
    m.set_content(body)
    if html is not None:
        m.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        main, sub = ctype.split("/", 1)
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes()


def raw_mail(body: bytes, headers: bytes = b"") -> bytes:
    return (
        b"From: Jan Novak <jan@example.cz>\r\nTo: podatelna@czso.cz\r\nSubject: x\r\n"
        b"Date: Tue, 20 Dec 2022 10:00:00 +0100\r\nMessage-ID: <h@example.cz>\r\n"
        b"MIME-Version: 1.0\r\n" + headers + b"\r\n" + body
    )


def many_parts(n: int) -> bytes:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(n))
    return raw_mail(parts + b"--b--\r\n", b'Content-Type: multipart/mixed; boundary="b"\r\n')


def deep_multipart(levels: int) -> bytes:
    head = b"".join(
        b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1)
        for i in range(levels)
    )
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(levels + 1)))
    inner = b"--b%d\r\nContent-Type: text/plain\r\n\r\nnejhlubsi text" % levels
    return raw_mail(head + inner + tail, b'Content-Type: multipart/mixed; boundary="b0"\r\n')


def deep_rfc822(levels: int) -> bytes:
    msg = b"Subject: bottom\r\nContent-Type: text/plain\r\n\r\nnejhlubsi text\r\n"
    for i in range(levels):
        msg = b"Subject: level %d\r\nContent-Type: message/rfc822\r\n\r\n" % i + msg
    return raw_mail(msg, b"Content-Type: message/rfc822\r\n")


def big_mail(size: int) -> bytes:
    """A ~``size``-byte signed-looking application: text body plus one base64 PDF-ish blob."""
    blob = b"%PDF-1.4\n" + bytes(range(256)) * (size * 3 // 4 // 256)
    return mail([("velka-priloha.bin", "application/octet-stream", blob)])
