"""The common part of every throw-away certificate the stand-in, the demo and the tests issue:
subject, issuer, key, serial, validity, basic constraints, key usage (a CA signs certificates
and CRLs; an end entity signs with non-repudiation) and the key identifiers. Callers add
their own extensions (e-mail, CRL/OCSP addresses, QcStatements, extended key usage) and sign."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes

CA_USAGE = x509.KeyUsage(
    digital_signature=False,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=True,
    crl_sign=True,
    encipher_only=False,
    decipher_only=False,
)
SIGNER_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)


def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def certificate(
    subject: x509.Name,
    public_key: CertificateIssuerPublicKeyTypes,
    *,
    issuer: x509.Name | None,
    issuer_public_key: CertificateIssuerPublicKeyTypes | None,
    ca: bool,
    not_before: datetime,
    not_after: datetime,
    path_length: int | None = None,
) -> x509.CertificateBuilder:
    """An unsigned certificate of ``subject`` issued by ``issuer`` (self-issued when None, with
    ``issuer_public_key`` None too), ready for more extensions and ``sign``."""
    authority_key = public_key if issuer_public_key is None else issuer_public_key
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject if issuer is None else issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(
            x509.BasicConstraints(ca=ca, path_length=path_length if ca else None), critical=True
        )
        .add_extension(CA_USAGE if ca else SIGNER_USAGE, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority_key),
            critical=False,
        )
    )
