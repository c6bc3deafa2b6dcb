"""The embedded demo's own small PKI: a "qualified" demo CA (configured as a local trust
anchor, so podatelna treats it like a qualified trust service), signers whose certificates
carry QcStatements (QcCompliance, QSCD, QcType esign), a CRL, S/MIME and PAdES signing with a
chosen signing time. Generated once into ``var/demo/pki`` and reused on later starts.

Demo only: the keys are written unencrypted (0600) next to the demo data; nothing here is used
outside ``podatelna serve --demo``.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from databox.standin.certs import certificate, rsa_key

CRL_URL = "http://crl.demo.invalid/podatelna-demo-ca.crl"


def _qc_statements() -> bytes:
    from pyhanko.sign.ades.qualified_asn1 import QcCertificateType, QcStatement, QcStatements

    return QcStatements(
        [
            QcStatement({"statement_id": "qc_compliance"}),
            QcStatement({"statement_id": "qc_sscd"}),
            QcStatement(
                {"statement_id": "qc_type", "statement_info": QcCertificateType(["qct_esign"])}
            ),
        ]
    ).dump()


def _pem_key(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@dataclass
class Signer:
    name: str
    email: str
    cert: x509.Certificate
    key: rsa.RSAPrivateKey


@dataclass
class DemoPKI:
    ca_cert: x509.Certificate
    ca_key: rsa.RSAPrivateKey
    signers: dict[str, Signer]

    # ---- creation and persistence -------------------------------------------------------

    @classmethod
    def load_or_create(
        cls, directory: Path, people: dict[str, tuple[str, str]], now: datetime
    ) -> DemoPKI:
        """``people`` maps a handle to (name, e-mail). Existing files are reused."""
        directory.mkdir(parents=True, exist_ok=True)
        index = directory / "index.json"
        if index.exists():
            meta = json.loads(index.read_text())
            load_key = serialization.load_pem_private_key
            ca = cls(
                x509.load_pem_x509_certificate((directory / "ca.pem").read_bytes()),
                load_key((directory / "ca.key").read_bytes(), None),  # type: ignore[arg-type]
                {},
            )
            for handle, (name, email) in meta.items():
                ca.signers[handle] = Signer(
                    name,
                    email,
                    x509.load_pem_x509_certificate((directory / f"{handle}.pem").read_bytes()),
                    load_key((directory / f"{handle}.key").read_bytes(), None),  # type: ignore[arg-type]
                )
            return ca
        ca_key = rsa_key()
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CZ"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Demo kvalifikovaná autorita s.r.o."),
                x509.NameAttribute(NameOID.COMMON_NAME, "podatelna DEMO Qualified CA"),
            ]
        )
        ca_cert = certificate(
            subject,
            ca_key.public_key(),
            issuer=None,
            issuer_public_key=None,
            ca=True,
            path_length=0,
            not_before=now - timedelta(days=365),
            not_after=now + timedelta(days=3650),
        ).sign(ca_key, hashes.SHA256())
        pki = cls(ca_cert, ca_key, {})
        for handle, (name, email) in people.items():
            pki.signers[handle] = pki._issue(name, email, now)
        for handle, s in pki.signers.items():
            (directory / f"{handle}.pem").write_bytes(
                s.cert.public_bytes(serialization.Encoding.PEM)
            )
            _write_secret(directory / f"{handle}.key", _pem_key(s.key))
        (directory / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
        _write_secret(directory / "ca.key", _pem_key(ca_key))
        index.write_text(json.dumps({h: [s.name, s.email] for h, s in pki.signers.items()}))
        return pki

    def _issue(self, name: str, email: str, now: datetime) -> Signer:
        key = rsa_key()
        qc = x509.UnrecognizedExtension(
            x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), _qc_statements()
        )
        subject = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "CZ"),
                x509.NameAttribute(NameOID.COMMON_NAME, name),
                x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
            ]
        )
        crl = x509.DistributionPoint([x509.UniformResourceIdentifier(CRL_URL)], None, None, None)
        cert = (
            certificate(
                subject,
                key.public_key(),
                issuer=self.ca_cert.subject,
                issuer_public_key=self.ca_key.public_key(),
                ca=False,
                not_before=now - timedelta(days=180),
                not_after=now + timedelta(days=730),
            )
            .add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
            )
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
            .add_extension(x509.CRLDistributionPoints([crl]), critical=False)
            .add_extension(qc, critical=False)
            .sign(self.ca_key, hashes.SHA256())
        )
        return Signer(name, email, cert, key)

    def crl(self, this_update: datetime, next_update: datetime) -> bytes:
        return make_crl(self.ca_cert, self.ca_key, this_update, next_update)

    # ---- signing ---------------------------------------------------------------------------

    def _pyhanko_signer(self, handle: str) -> object:
        from asn1crypto import keys
        from asn1crypto import x509 as ax509
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        s = self.signers[handle]
        der = s.cert.public_bytes(serialization.Encoding.DER)
        ca = self.ca_cert.public_bytes(serialization.Encoding.DER)
        key_der = s.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return signers.SimpleSigner(
            signing_cert=ax509.Certificate.load(der),
            signing_key=keys.PrivateKeyInfo.load(key_der),
            cert_registry=SimpleCertificateStore.from_certs([ax509.Certificate.load(ca)]),
        )

    def detached_cms(self, handle: str, data: bytes, signing_time: datetime) -> bytes:
        import asyncio

        from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

        signer = self._pyhanko_signer(handle)
        info = asyncio.run(
            signer.async_sign_general_data(  # type: ignore[attr-defined]
                data,
                "sha256",
                detached=True,
                signed_attr_settings=PdfCMSSignedAttributes(signing_time=signing_time),
            )
        )
        return bytes(info.dump())

    def smime(self, handle: str, headers: bytes, entity: bytes, signing_time: datetime) -> bytes:
        """A ``multipart/signed`` message: ``headers`` (CRLF lines) + the signed ``entity``."""
        sig = base64.encodebytes(self.detached_cms(handle, entity, signing_time))
        boundary = b"----=_podatelna_demo_" + signing_time.strftime("%Y%m%d%H%M%S").encode()
        return (
            headers + b"MIME-Version: 1.0\r\nContent-Type: multipart/signed; "
            b'protocol="application/pkcs7-signature"; micalg=sha-256; boundary="'
            + boundary
            + b'"\r\n\r\nThis is a cryptographically signed message in MIME format.\r\n\r\n--'
            + boundary
            + b"\r\n"
            + entity
            + b"\r\n--"
            + boundary
            + b"\r\n"
            b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
            b"Content-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="smime.p7s"\r\n\r\n'
            + sig.replace(b"\n", b"\r\n")
            + b"\r\n--"
            + boundary
            + b"--\r\n"
        )

    def pades(self, handle: str, pdf: bytes, signing_time: datetime) -> bytes:
        """``pdf`` with a PAdES signature of the signer made at ``signing_time``."""
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers

        class _AtTime(signers.PdfSigner):
            def init_signing_session(self, *a: Any, **kw: Any) -> Any:
                session = super().init_signing_session(*a, **kw)
                session.system_time = signing_time
                return session

        out = _AtTime(
            signers.PdfSignatureMetadata(field_name="Podpis"),
            signer=self._pyhanko_signer(handle),  # type: ignore[arg-type]
        ).sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)))
        return bytes(out.getvalue())


def make_crl(
    issuer: x509.Certificate, key: rsa.RSAPrivateKey, this_update: datetime, next_update: datetime
) -> bytes:
    """An empty CRL (nothing revoked) of ``issuer``, DER."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(this_update)
        .next_update(next_update)
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
    )
    return builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def _write_secret(path: Path, data: bytes) -> None:
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    path.write_bytes(data)


def utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)
