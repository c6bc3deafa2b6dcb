"""Public API: a ``Verifier`` configured once, verifying e-mails, PDFs and ZFOs."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from intake.errors import VerificationUnavailable
from verifiers.chain import ChainValidator
from verifiers.cms import CmsInput, verify_cms
from verifiers.fetch import GuardedFetcherBackend, RevinfoCache, UrlGuard
from verifiers.pades import verify_pdf as _verify_pdf
from verifiers.results import SignatureKind, SignatureResult
from verifiers.smime import Scan, scan_message
from verifiers.trust import TrustStore, build_trust_store
from verifiers.zfo import NotAZfo
from verifiers.zfo import verify_zfo as _verify_zfo

T = TypeVar("T")


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


class Verifier:
    """Holds the trust store, the revocation cache and the per-signer verdict cache."""

    def __init__(
        self,
        store: TrustStore,
        policy: VerifierPolicy | None = None,
        revinfo_cache: RevinfoCache | None = None,
    ) -> None:
        self.store = store
        self.policy = policy or VerifierPolicy()
        fetcher = None
        if self.policy.fetch_revocation:
            fetcher = GuardedFetcherBackend(
                UrlGuard(self.policy.allow_private_fetch), revinfo_cache
            )
        self.chain = ChainValidator(store, fetcher, cache_verdicts=self.policy.cache_verdicts)

    @classmethod
    def from_dirs(
        cls,
        anchors_dirs: list[Path],
        crl_dirs: list[Path] | None = None,
        *,
        tl_cache_dir: Path | None = None,
        policy: VerifierPolicy | None = None,
    ) -> Verifier:
        return cls(
            build_trust_store(anchors_dirs, crl_dirs or [], tl_cache_dir=tl_cache_dir), policy
        )

    # --- e-mail -------------------------------------------------------------------------
    async def averify_email(self, raw: bytes, *, at: datetime | None = None) -> EmailVerification:
        moment = _moment(at)
        scan: Scan = scan_message(raw)
        results: list[SignatureResult] = []
        for found in scan.signatures:
            inp = CmsInput(
                found.signed_data,
                found.detached_content,
                SignatureKind.SMIME,
                f"{found.covered} [{found.form}]",
            )
            results.extend(await verify_cms(inp, self.chain, moment))
        return EmailVerification(tuple(results), scan.unsigned_parts, scan.errors)

    def verify_email(self, raw: bytes, *, at: datetime | None = None) -> EmailVerification:
        """S/MIME signatures of a raw RFC 822 message, validated at ``at`` (receipt time)."""
        return _run(self.averify_email(raw, at=at))

    # --- PDF ----------------------------------------------------------------------------
    async def averify_pdf(
        self, data: bytes, *, name: str = "document.pdf", at: datetime | None = None
    ) -> list[SignatureResult]:
        try:
            return await _verify_pdf(data, name, self.chain, _moment(at))
        except (ValueError, KeyError, TypeError) as e:
            raise VerificationUnavailable(f"cannot read PDF {name}: {e}") from e

    def verify_pdf(
        self, data: bytes, *, name: str = "document.pdf", at: datetime | None = None
    ) -> list[SignatureResult]:
        return _run(self.averify_pdf(data, name=name, at=at))

    # --- ZFO ----------------------------------------------------------------------------
    async def averify_zfo(self, data: bytes, *, at: datetime | None = None) -> SignatureResult:
        try:
            return await _verify_zfo(data, self.chain, _moment(at))
        except NotAZfo as e:
            raise VerificationUnavailable(f"not a ZFO: {e}") from e

    def verify_zfo(self, data: bytes, *, at: datetime | None = None) -> SignatureResult:
        """Verify the ISDS seal of a ZFO; ``.content`` of the result is the inner XML."""
        return _run(self.averify_zfo(data, at=at))
