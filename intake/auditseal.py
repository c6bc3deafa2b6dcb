"""Seals of the audit checkpoints (``storage.checkpoints``): a detached CMS signature with the
office seal (``[notices] seal_certificate`` / ``seal_key``) and an RFC 3161 time-stamp from
``[audit] tsa_url`` — either, both or none, as configured.

Checking a seal proves that its bytes cover the checkpoint and are intact; a CMS seal must
moreover come from the configured seal certificate when one is configured.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intake.errors import ConfigurationError, StorageError
from storage.checkpoints import b64, unb64


@dataclass(frozen=True)
class SealKey:
    cert_file: Path
    key_file: Path
    password: bytes | None = None


@dataclass(frozen=True)
class CheckpointSealer:
    """Seals checkpoint messages with what is configured; checks every seal a line carries."""

    key: SealKey | None = None
    tsa_url: str | None = None
    timeout: float = 30.0

    def seal(self, message: bytes) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.key is not None:
            out["cms"] = b64(self._sign(message))
        if self.tsa_url:
            out["tst"] = b64(self._stamp(message))
        return out

    def check(self, message: bytes, seals: Mapping[str, str]) -> list[str]:
        problems = []
        if "cms" in seals:
            problems += self._check_cms(message, seals["cms"])
        if "tst" in seals:
            problems += _check_tst(message, seals["tst"])
        return problems

    def _sign(self, message: bytes) -> bytes:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, rsa
        from cryptography.hazmat.primitives.serialization import pkcs7

        assert self.key is not None
        try:
            key = serialization.load_pem_private_key(
                self.key.key_file.read_bytes(), self.key.password
            )
            cert = x509.load_pem_x509_certificate(self.key.cert_file.read_bytes())
        except (OSError, ValueError) as exc:
            raise ConfigurationError(f"cannot load the seal certificate or key: {exc}") from exc
        if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
            raise ConfigurationError("the seal key must be RSA or ECDSA")
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(message)
            .add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature])
        )

    def _stamp(self, message: bytes) -> bytes:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        assert self.tsa_url is not None
        stamper = HTTPTimeStamper(self.tsa_url, timeout=int(self.timeout))
        digest = hashlib.sha256(message).digest()
        try:
            token = asyncio.run(stamper.async_timestamp(digest, "sha256"))
        except Exception as exc:  # pyHanko raises its own and aiohttp's errors
            raise StorageError(f"the time-stamping authority refused: {exc}") from exc
        return bytes(token.dump())

    def _check_cms(self, message: bytes, token: str) -> list[str]:
        from asn1crypto import cms
        from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

        try:
            signed = cms.ContentInfo.load(unb64(token))["content"]
            status = asyncio.run(
                async_validate_detached_cms(message, signed, signer_validation_context=_context())
            )
        except Exception as exc:  # a damaged token raises from deep inside asn1crypto
            return [f"seal unreadable ({type(exc).__name__})"]
        if not (status.intact and status.valid):
            return ["seal does not match the checkpoint (checkpoint line edited)"]
        if self.key is not None:
            try:
                ours = _cert_der(self.key.cert_file)
            except OSError:
                return []
            if status.signing_cert.dump() != ours:
                return ["sealed with another certificate than the configured office seal"]
        return []


def _context() -> Any:
    """A validation context of its own: integrity is what a checkpoint's seal must show; no
    trust store of the operating system, nothing fetched."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=[], allow_fetching=False)


def _cert_der(path: Path) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return x509.load_pem_x509_certificate(path.read_bytes()).public_bytes(
        serialization.Encoding.DER
    )


def _check_tst(message: bytes, token: str) -> list[str]:
    from asn1crypto import cms
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data

    digest = hashlib.sha256(message).digest()
    try:
        signed = cms.ContentInfo.load(unb64(token))["content"]
        status = asyncio.run(validate_tst_signed_data(signed, _context(), lambda _md: digest))
    except Exception as exc:  # a damaged or foreign token
        return [f"time-stamp does not match the checkpoint ({type(exc).__name__})"]
    if not (status.get("intact") and status.get("valid")):
        return ["time-stamp does not match the checkpoint (checkpoint line edited)"]
    return []
