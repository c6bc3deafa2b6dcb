"""Trust material: anchors from configured directories, offline CRLs, and the EU trusted lists.

Never the operating system's trust store: every validation context gets an explicit trust
manager built here. Anchors from a configured directory are registered as synthetic CA/QC
services, so one ``TSPTrustManager`` serves both kinds and the ETSI TS 119 615 assessor
evaluates the certificate's QcStatements under them (basis ``local-anchor``); anchors from the
EU trusted lists carry the lists' qualifiers and history (basis ``eu-trusted-list``).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import crl, pem, x509
from pyhanko.sign.validation.qualified.tsp import (
    CA_QC_URI,
    BaseServiceInformation,
    CAServiceInformation,
    QualifiedServiceInformation,
    TSPRegistry,
    TSPTrustManager,
)
from pyhanko_certvalidator.authority import AuthorityWithCert

from intake.errors import VerificationUnavailable

logger = logging.getLogger(__name__)

CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
CRL_SUFFIXES = (".crl", ".pem", ".der")
LOCAL_SERVICE_PREFIX = "local anchor: "
_generation = itertools.count(1)


class TrustMaterialError(VerificationUnavailable):
    """Trust material (anchor, CRL, trusted list) could not be read."""


def _der_blocks(data: bytes) -> list[bytes]:
    if pem.detect(data):
        return [der for _, _, der in pem.unarmor(data, multiple=True)]
    return [data]


def load_certs(paths: Iterable[Path]) -> list[x509.Certificate]:
    """Certificates from PEM (possibly several per file) or DER files."""
    out: list[x509.Certificate] = []
    for p in paths:
        try:
            for der in _der_blocks(p.read_bytes()):
                cert = x509.Certificate.load(der)
                cert.native  # noqa: B018 - force a full parse so garbage fails here
                out.append(cert)
        except (OSError, ValueError) as e:
            raise TrustMaterialError(f"cannot read certificate {p}: {e}") from e
    return out


def load_crls(paths: Iterable[Path]) -> list[crl.CertificateList]:
    out: list[crl.CertificateList] = []
    for p in paths:
        try:
            for der in _der_blocks(p.read_bytes()):
                c = crl.CertificateList.load(der)
                c["tbs_cert_list"]["issuer"].native  # noqa: B018
                out.append(c)
        except (OSError, ValueError) as e:
            raise TrustMaterialError(f"cannot read CRL {p}: {e}") from e
    return out


def files_in(dirs: Iterable[Path | None], suffixes: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if d is None or not d.is_dir():
            continue
        files.extend(sorted(p for p in d.iterdir() if p.is_file() and p.suffix.lower() in suffixes))
    return files


def _is_ca(cert: x509.Certificate) -> bool:
    return bool(cert.ca) or cert.self_signed in ("maybe", "yes")


@dataclass(frozen=True)
class TrustedListInfo:
    """One trusted list in use (for the freshness report and the verification record)."""

    territory: str
    sequence: int | None
    issued: datetime | None
    next_update: datetime | None
    location: str


@dataclass(frozen=True)
class TrustedListStatus:
    source: str
    """Where the lists came from (URL of the LOTL or the offline directory)."""
    loaded_at: datetime
    """When the lists were fetched and their signatures verified."""
    lotl_sequence: int | None
    lists: tuple[TrustedListInfo, ...]
    errors: tuple[str, ...] = ()

    def fresh(self, now: datetime) -> bool:
        """Every list in use is before its NextUpdate."""
        return bool(self.lists) and all(
            tl.next_update is None or tl.next_update >= now for tl in self.lists
        )


@dataclass
class TrustStore:
    """Anchors, offline revocation data and the qualification registry for one configuration."""

    anchors: tuple[x509.Certificate, ...] = ()
    crls: tuple[crl.CertificateList, ...] = ()
    registry: TSPRegistry = field(default_factory=TSPRegistry)
    tl_status: TrustedListStatus | None = None
    generation: int = field(default_factory=lambda: next(_generation))

    def __post_init__(self) -> None:
        for cert in self.anchors:
            if not _is_ca(cert):
                logger.warning(
                    "trust anchor %s is not a CA certificate; ignored", cert.subject.human_friendly
                )
                continue
            self.registry.register_ca(_local_service(cert))
        self.trust_manager = TSPTrustManager(self.registry)
        self.anchor_certs: tuple[x509.Certificate, ...] = tuple(
            a.certificate
            for a in self.registry.known_certificate_authorities
            if isinstance(a, AuthorityWithCert)
        )
        """Anchor certificates, registered in every context so CRLs they signed can be checked."""

    @property
    def empty(self) -> bool:
        return not any(True for _ in self.registry.known_certificate_authorities)


def _local_service(cert: x509.Certificate) -> CAServiceInformation:
    return CAServiceInformation(
        base_info=BaseServiceInformation(
            service_type=CA_QC_URI,
            service_name=LOCAL_SERVICE_PREFIX + cert.subject.human_friendly,
            valid_from=cert.not_valid_before,
            valid_until=cert.not_valid_after,
            provider_certs=(cert,),
            additional_info_certificate_type=frozenset(),
            other_additional_info=frozenset(),
        ),
        qualifications=frozenset(),
        expired_certs_revocation_info=None,
    )


def is_local_service(sd: QualifiedServiceInformation | None) -> bool:
    return sd is not None and sd.base_info.service_name.startswith(LOCAL_SERVICE_PREFIX)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utcnow() -> datetime:
    return datetime.now(UTC)
