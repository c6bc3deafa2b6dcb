"""Test messages built at test time: plain, multilingual, S/MIME (throw-away key), TNEF."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import struct
from email.message import EmailMessage
from email.policy import SMTP

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

CRLF = b"\r\n"


def simple(
    n: int = 1,
    *,
    sender: str = "Jan Novák <jan.novak@example.cz>",
    subject: str = "Žádost o přístup",
    received: str | None = None,
    body: str = "Dobrý den,\nžádáme o přístup.\n",
    size: int = 0,
) -> bytes:
    """A small text message (optionally padded with a base64 attachment to ``size`` bytes)."""
    m = EmailMessage()
    m["From"] = sender
    m["To"] = "podatelna@csu.example"
    m["Subject"] = f"{subject} {n}"
    m["Date"] = "Fri, 27 Nov 2026 10:00:00 +0100"
    m["Message-ID"] = f"<msg-{n}@example.cz>"
    m.set_content(body)
    if size:
        m.add_attachment(
            b"\x00" * (size * 3 // 4),
            maintype="application",
            subtype="octet-stream",
            filename="pad.bin",
        )
    raw = m.as_bytes(policy=SMTP)
    if received:
        raw = f"Received: {received}\r\n".encode() + raw
    return raw


@functools.cache
def signer() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A throw-away self-signed S/MIME certificate (not trusted anywhere: parsing only)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Jan Novák"),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, "jan.novak@example.cz"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name("jan.novak@example.cz")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return cert, key


def inner_mime() -> bytes:
    """multipart/mixed content: windows-1250 QP text + a PDF with an RFC 2231 name."""
    return CRLF.join(
        [
            b'Content-Type: multipart/mixed; boundary="inner"',
            b"",
            b"--inner",
            b"Content-Type: text/plain; charset=windows-1250",
            b"Content-Transfer-Encoding: quoted-printable",
            b"",
            b"=8E=E1dost o p=F8=EDstup k v=FDsledk=F9m volby.",
            b"--inner",
            b"Content-Type: application/pdf",
            b"Content-Disposition: attachment; filename*=utf-8''%C5%BE%C3%A1dost.pdf",
            b"Content-Transfer-Encoding: base64",
            b"",
            base64.b64encode(b"%PDF-1.4 test"),
            b"--inner--",
            b"",
        ]
    )


def _builder(data: bytes) -> pkcs7.PKCS7SignatureBuilder:
    cert, key = signer()
    return pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())


def _headers(n: int) -> bytes:
    return CRLF.join(
        [
            b"From: =?utf-8?Q?Jan_Nov=C3=A1k?= <jan.novak@example.cz>",
            b"To: podatelna@csu.example",
            f"Subject: Signed application {n}".encode(),
            b"Date: Fri, 27 Nov 2026 10:00:00 +0100",
            f"Message-ID: <signed-{n}@example.cz>".encode(),
            b"MIME-Version: 1.0",
        ]
    )


def signed_detached(n: int = 1) -> bytes:
    """multipart/signed with an application/pkcs7-signature part (cryptography's S/MIME output)."""
    smime = _builder(inner_mime()).sign(
        serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature]
    )
    smime = smime.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if smime.startswith(b"MIME-Version: 1.0\r\n"):
        smime = smime[len(b"MIME-Version: 1.0\r\n") :]
    return _headers(n) + CRLF + smime


def signed_opaque(n: int = 1) -> bytes:
    """application/pkcs7-mime; smime-type=signed-data with the MIME content encapsulated."""
    der = _builder(inner_mime()).sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    b64 = base64.encodebytes(der).replace(b"\n", CRLF)
    return (
        _headers(n)
        + CRLF
        + CRLF.join(
            [
                b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"',
                b"Content-Transfer-Encoding: base64",
                b'Content-Disposition: attachment; filename="smime.p7m"',
                b"",
                b"",
            ]
        )
        + b64
    )


def tnef_blob(body: bytes, attachments: list[tuple[bytes, bytes]]) -> bytes:
    """A minimal TNEF stream: version, OEM code page, body and attachments."""

    def obj(level: int, name: int, typ: int, data: bytes) -> bytes:
        checksum = sum(data) & 0xFFFF
        return (
            struct.pack("<BHHI", level, name, typ, len(data)) + data + struct.pack("<H", checksum)
        )

    out = struct.pack("<IH", 0x223E9F78, 1)
    out += obj(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))
    out += obj(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))
    out += obj(1, 0x800C, 0x0002, body)
    for name, data in attachments:
        out += obj(2, 0x9002, 0x0006, b"\xff\xff\xff\xff" + b"\x00" * 10)
        out += obj(2, 0x8010, 0x0001, name + b"\x00")
        out += obj(2, 0x800F, 0x0006, data)
    return out
