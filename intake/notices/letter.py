"""PDF letters (reportlab, a font with Czech diacritics) sealed with pyHanko (PAdES B-B) using
the configured seal certificate, and S/MIME signing of e-mails with the same certificate."""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from intake.errors import ConfigurationError

logger = logging.getLogger(__name__)

DEFAULT_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
"""Debian's fonts-dejavu-core."""
_FONT_LOCK = threading.Lock()
_REGISTERED: dict[str, str] = {}


def _font(path: Path | None) -> str:
    """Register the TrueType font once; returns its reportlab name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = path or DEFAULT_FONT
    with _FONT_LOCK:
        if str(font) in _REGISTERED:
            return _REGISTERED[str(font)]
        if not font.is_file():
            raise ConfigurationError(
                f"font {font} not found: install fonts-dejavu-core or set [notices] font"
            )
        name = f"NoticeFont{len(_REGISTERED)}"
        pdfmetrics.registerFont(TTFont(name, str(font)))
        _REGISTERED[str(font)] = name
        return name


def render_letter(
    *,
    office: str,
    title: str,
    body: str,
    reference: str,
    issued: datetime,
    font: Path | None = None,
) -> bytes:
    """A one-or-more page A4 letter: letterhead, reference, date, title and the body text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    name = _font(font)
    normal = ParagraphStyle("n", fontName=name, fontSize=10.5, leading=14)
    small = ParagraphStyle("s", fontName=name, fontSize=9, leading=12)
    head = ParagraphStyle("h", fontName=name, fontSize=14, leading=18, spaceAfter=6)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=office,
        subject=reference,
        creator="podatelna",
    )
    story = [
        Paragraph(escape(office), head),
        Paragraph(escape(f"Evidenční číslo / Registry number: {reference}"), small),
        Paragraph(escape(f"Datum / Date: {issued.strftime('%d.%m.%Y')}"), small),
        Spacer(1, 8 * mm),
        Paragraph(escape(title), head),
        Spacer(1, 3 * mm),
    ]
    for para in body.split("\n\n"):
        lines = [escape(line) for line in para.split("\n")]
        story.append(Paragraph("<br/>".join(lines) or "&nbsp;", normal))
        story.append(Spacer(1, 3 * mm))
    doc.build(story)
    return out.getvalue()


@dataclass(frozen=True)
class SealCredentials:
    """The seal certificate, its key and chain, read from the configured files."""

    key_file: Path
    cert_file: Path
    chain: tuple[Path, ...] = ()
    password: bytes | None = None


def seal_pdf(
    pdf: bytes,
    creds: SealCredentials,
    *,
    reason: str,
    location: str,
    timestamp_url: str | None = None,
) -> bytes:
    """Seal ``pdf`` with pyHanko: PAdES baseline B-B, SHA-256; B-T with a time stamp from
    ``timestamp_url`` (RFC 3161) when given."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load(
        str(creds.key_file),
        str(creds.cert_file),
        ca_chain_files=tuple(str(p) for p in creds.chain),
        key_passphrase=creds.password,
    )
    if signer is None:
        raise ConfigurationError("cannot load the seal certificate or key")
    meta = signers.PdfSignatureMetadata(
        field_name="Pecet",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    timestamper = None
    if timestamp_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(timestamp_url, timeout=30)
    out = signers.sign_pdf(writer, meta, signer=signer, timestamper=timestamper)
    return out.getvalue()


def smime_sign(entity: bytes, creds: SealCredentials) -> bytes:
    """Detached S/MIME signature over a MIME entity; returns the multipart/signed entity
    (headers included, CRLF line ends)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    try:
        key = serialization.load_pem_private_key(creds.key_file.read_bytes(), creds.password)
        cert = x509.load_pem_x509_certificate(creds.cert_file.read_bytes())
        chain = [x509.load_pem_x509_certificate(p.read_bytes()) for p in creds.chain]
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"cannot load the seal certificate or key: {exc}") from exc
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise ConfigurationError("the seal key must be RSA or ECDSA for S/MIME")
    builder = pkcs7.PKCS7SignatureBuilder().set_data(entity).add_signer(cert, key, hashes.SHA256())
    for c in chain:
        builder = builder.add_certificate(c)
    return builder.sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
