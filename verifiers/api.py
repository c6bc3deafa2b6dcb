"""Public API: a ``Verifier`` configured once, verifying e-mails, PDFs and ZFOs."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.validation.qualified.tsp import TSPRegistry

from intake.errors import VerificationUnavailable
from verifiers.chain import ChainValidator
from verifiers.cms import CmsInput, verify_cms
from verifiers.pades import verify_pdf as _verify_pdf
from verifiers.results import SignatureKind, SignatureResult, format_failure
from verifiers.smime import Scan, scan_message
from verifiers.tl import load_cached_registry
from verifiers.trust import (
    CERT_SUFFIXES,
    CRL_SUFFIXES,
    TrustStore,
    files_in,
    load_certs,
    load_crls,
)
from verifiers.zfo import NotAZfo, load_signed_data
from verifiers.zfo import verify_zfo as _verify_zfo

if TYPE_CHECKING:
    from verifiers.fetch import RevinfoCache

T = TypeVar("T")
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerifierPolicy:
    fetch_revocation: bool = True
    """Fetch CRL/OCSP from certificate URLs (guarded); off = crl_dir only."""
    allow_private_fetch: bool = False
    """Allow loopback/private revocation hosts (tests only: SSRF risk)."""
    accept_seals: bool = False
    cache_verdicts: bool = True


@dataclass(frozen=True)
class EmailVerification:
    signatures: tuple[SignatureResult, ...]
    unsigned_parts: tuple[str, ...]
    errors: tuple[str, ...]
    """Signature containers that could not be read (reported, not raised)."""

    def summary(self) -> str:
        if not self.signatures:
            return "no S/MIME signature"
        return "; ".join(s.summary() for s in self.signatures)


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as ex:  # called from async code
        return ex.submit(asyncio.run, coro).result()


def _moment(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        raise ValueError("validation time must be timezone-aware")
    return at.astimezone(UTC)


def build_trust_store(
    anchors_dirs: Sequence[Path | None],
    crl_dirs: Sequence[Path | None] = (),
    *,
    tl_cache_dir: Path | None = None,
    extra_anchors: Sequence[x509.Certificate] = (),
) -> TrustStore:
    """Read anchors and CRLs from directories, plus the cached trusted lists if present."""
    anchors = load_certs(files_in(anchors_dirs, CERT_SUFFIXES)) + list(extra_anchors)
    crls = load_crls(files_in(crl_dirs, CRL_SUFFIXES))
    registry = TSPRegistry()
    status = None
    if tl_cache_dir is not None:
        loaded = load_cached_registry(tl_cache_dir, registry)
        if loaded is not None:
            status = loaded
    return TrustStore(anchors=tuple(anchors), crls=tuple(crls), registry=registry, tl_status=status)


@dataclass(frozen=True)
class TrustSource:
    """Where a trust store came from, so a change on disk (a new CRL dropped into crl_dir, new
    anchors, refreshed trusted lists) is picked up: a new store means a new cache generation."""

    anchors_dirs: tuple[Path, ...]
    crl_dirs: tuple[Path, ...] = ()
    tl_cache_dir: Path | None = None

    def fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        out: list[tuple[str, int, int]] = []
        dirs = [*self.anchors_dirs, *self.crl_dirs]
        if self.tl_cache_dir is not None:
            dirs.append(self.tl_cache_dir / "current")
        for d in dirs:
            if not d.is_dir():
                continue
            for f in sorted(d.iterdir()):
                try:
                    st = f.stat()
                except OSError:
                    continue
                out.append((str(f), st.st_mtime_ns, st.st_size))
        return tuple(out)

    def load(self) -> TrustStore:
        return build_trust_store(
            list(self.anchors_dirs), list(self.crl_dirs), tl_cache_dir=self.tl_cache_dir
        )


RECHECK_SECONDS = 10.0


class Verifier:
    """Holds the trust store, the revocation cache and the per-signer verdict cache."""

    def __init__(
        self,
        store: TrustStore,
        policy: VerifierPolicy | None = None,
        revinfo_cache: RevinfoCache | None = None,
        source: TrustSource | None = None,
    ) -> None:
        self.store = store
        self.source = source
        self._fingerprint = source.fingerprint() if source is not None else ()
        self._checked = time.monotonic()
        self.policy = policy or VerifierPolicy()
        fetcher = None
        if self.policy.fetch_revocation:
            from verifiers.fetch import GuardedFetcherBackend, UrlGuard  # requests: only now

            fetcher = GuardedFetcherBackend(
                UrlGuard(self.policy.allow_private_fetch), revinfo_cache
            )
        self.chain = ChainValidator(store, fetcher, cache_verdicts=self.policy.cache_verdicts)

    def reload_if_changed(self, *, force: bool = False) -> bool:
        """Rebuild the trust store when its directories changed (checked every few seconds).
        A store that fails to load keeps the previous one in use (and is logged)."""
        if self.source is None:
            return False
        now = time.monotonic()
        if not force and now - self._checked < RECHECK_SECONDS:
            return False
        self._checked = now
        fp = self.source.fingerprint()
        if fp == self._fingerprint:
            return False
        try:
            store = self.source.load()
        except VerificationUnavailable as e:
            logger.error("trust material changed but cannot be loaded, keeping the old: %s", e)
            return False
        self._fingerprint = fp
        self.store = store
        self.chain.store = store  # new generation: cached verdicts no longer match
        return True

    @classmethod
    def from_dirs(
        cls,
        anchors_dirs: list[Path],
        crl_dirs: list[Path] | None = None,
        *,
        tl_cache_dir: Path | None = None,
        policy: VerifierPolicy | None = None,
    ) -> Verifier:
        source = TrustSource(tuple(anchors_dirs), tuple(crl_dirs or ()), tl_cache_dir)
        return cls(source.load(), policy, source=source)

    # --- e-mail -------------------------------------------------------------------------
    async def averify_email(self, raw: bytes, *, at: datetime | None = None) -> EmailVerification:
        self.reload_if_changed()
        moment = _moment(at)
        scan: Scan = scan_message(raw)
        results: list[SignatureResult] = []
        for found in scan.signatures:
            layer = f", layer {found.layer}" if found.layer > 1 else ""
            inp = CmsInput(
                found.signed_data,
                found.detached_content,
                SignatureKind.SMIME,
                f"{found.covered} [{found.form}{layer}]",
            )
            results.extend(await verify_cms(inp, self.chain, moment))
        for broken in scan.broken:
            where = broken.split(": ", 1)[0]
            results.append(format_failure(SignatureKind.SMIME, where, broken, moment))
        return EmailVerification(tuple(results), scan.unsigned_parts, scan.errors)

    def verify_email(self, raw: bytes, *, at: datetime | None = None) -> EmailVerification:
        """S/MIME signatures of a raw RFC 822 message, validated at ``at`` (receipt time)."""
        return _run(self.averify_email(raw, at=at))

    # --- PDF ----------------------------------------------------------------------------
    async def averify_pdf(
        self, data: bytes, *, name: str = "document.pdf", at: datetime | None = None
    ) -> list[SignatureResult]:
        self.reload_if_changed()
        try:
            return await _verify_pdf(data, name, self.chain, _moment(at))
        except (ValueError, KeyError, TypeError, PdfError) as e:
            raise VerificationUnavailable(f"cannot read PDF {name}: {e}") from e

    def verify_pdf(
        self, data: bytes, *, name: str = "document.pdf", at: datetime | None = None
    ) -> list[SignatureResult]:
        return _run(self.averify_pdf(data, name=name, at=at))

    # --- CAdES file ---------------------------------------------------------------------
    async def averify_cades(
        self,
        data: bytes,
        *,
        content: bytes | None = None,
        name: str = "document.p7m",
        at: datetime | None = None,
    ) -> list[SignatureResult]:
        """Every signature of a CMS/CAdES file (``.p7m`` enveloping, or ``.p7s`` detached with
        ``content``); a file that is not CMS SignedData yields one FORMAT_FAILURE result."""
        self.reload_if_changed()
        moment = _moment(at)
        try:
            sd = load_signed_data(data)
        except NotAZfo as e:
            return [format_failure(SignatureKind.CADES, name, str(e), moment)]
        inp = CmsInput(sd, content, SignatureKind.CADES, name)
        return await verify_cms(inp, self.chain, moment)

    def verify_cades(
        self,
        data: bytes,
        *,
        content: bytes | None = None,
        name: str = "document.p7m",
        at: datetime | None = None,
    ) -> list[SignatureResult]:
        return _run(self.averify_cades(data, content=content, name=name, at=at))

    # --- ZFO ----------------------------------------------------------------------------
    async def averify_zfo(self, data: bytes, *, at: datetime | None = None) -> SignatureResult:
        self.reload_if_changed()
        try:
            return await _verify_zfo(data, self.chain, _moment(at))
        except NotAZfo as e:
            raise VerificationUnavailable(f"not a ZFO: {e}") from e

    def verify_zfo(self, data: bytes, *, at: datetime | None = None) -> SignatureResult:
        """Verify the ISDS seal of a ZFO; ``.content`` of the result is the inner XML."""
        return _run(self.averify_zfo(data, at=at))
