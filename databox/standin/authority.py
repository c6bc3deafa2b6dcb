"""A test "ISDS" sealing authority: a throw-away CA and seal certificate generated at start.

Nothing here is committed key material: every key is generated in memory when the stand-in
(or a test) starts. The CA certificate can be written to a PEM file so that tests and the
demo can trust the seal (and the stand-in's HTTPS certificate)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from databox.standin.certs import certificate, rsa_key

SEAL_NAME = "Informační systém datových schránek – testovací náhrada"
CA_NAME = "podatelna ISDS stand-in test CA"


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Digitální a informační agentura (test)"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@dataclass(frozen=True)
class SealingAuthority:
    """CA + seal certificate; ``seal(content)`` makes a CMS SignedData (a ZFO)."""

    ca_cert: x509.Certificate
    ca_key: rsa.RSAPrivateKey
    seal_cert: x509.Certificate
    seal_key: rsa.RSAPrivateKey

    @classmethod
    def generate(cls, *, valid_days: int = 365) -> SealingAuthority:
        now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        until = now + dt.timedelta(days=valid_days)
        ca_key = rsa_key()
        ca_cert = certificate(
            _name(CA_NAME),
            ca_key.public_key(),
            issuer=None,
            issuer_public_key=None,
            ca=True,
            path_length=0,
            not_before=now,
            not_after=until,
        ).sign(ca_key, hashes.SHA256())
        seal_key = rsa_key()
        seal_cert = certificate(
            _name(SEAL_NAME),
            seal_key.public_key(),
            issuer=ca_cert.subject,
            issuer_public_key=ca_key.public_key(),
            ca=False,
            not_before=now,
            not_after=until,
        ).sign(ca_key, hashes.SHA256())
        return cls(ca_cert=ca_cert, ca_key=ca_key, seal_cert=seal_cert, seal_key=seal_key)

    def ca_pem(self) -> bytes:
        return self.ca_cert.public_bytes(serialization.Encoding.PEM)

    def write_ca(self, path: str | Path) -> Path:
        p = Path(path)
        p.write_bytes(self.ca_pem())
        return p

    def seal(self, content: bytes) -> bytes:
        """A DER CMS SignedData with ``content`` attached, signed by the seal certificate
        (signed attributes contentType, signingTime, messageDigest; CA certificate included)."""
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(content)
            .add_signer(self.seal_cert, self.seal_key, hashes.SHA256())
            .add_certificate(self.ca_cert)
            .sign(
                serialization.Encoding.DER,
                [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoCapabilities],
            )
        )

    def client_credentials(self, name: str) -> tuple[bytes, bytes]:
        """A TLS client certificate ("system certificate" for the stand-in) issued by the
        CA: ``(certificate PEM, key PEM)``."""
        return self._leaf(name, [], ExtendedKeyUsageOID.CLIENT_AUTH)

    def server_credentials(self, hosts: list[str]) -> tuple[bytes, bytes]:
        """A TLS server certificate for ``hosts`` (names or IP addresses) issued by the CA:
        ``(certificate PEM, key PEM)``."""
        return self._leaf(
            hosts[0] if hosts else "localhost", hosts, ExtendedKeyUsageOID.SERVER_AUTH
        )

    def _leaf(self, cn: str, hosts: list[str], usage: x509.ObjectIdentifier) -> tuple[bytes, bytes]:
        key = rsa_key()
        alt: list[x509.GeneralName] = []
        for h in hosts:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(h)))
            except ValueError:
                alt.append(x509.DNSName(h))
        now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(cn))
            .issuer_name(self.ca_cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([usage]), False)
        )
        if alt:
            builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
        cert = builder.sign(self.ca_key, hashes.SHA256())
        key_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return cert.public_bytes(serialization.Encoding.PEM), key_pem
