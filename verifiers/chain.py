"""Certificate path + revocation verdicts, cached per signer certificate.

The verdict "this certificate chains to a configured anchor, every certificate on the path has
fresh revocation data saying it is not revoked, key usage fits" is computed by pyHanko with
revocation REQUIRED for the end entity and every CA. A positive verdict is kept and reused for
another validation moment only inside the window where every input still holds: all path
certificates valid, the anchor's service granted, every CRL/OCSP response used before its
nextUpdate, and before any revocation date those data list for a path certificate. A change of
trust material (new anchors, new CRLs in crl_dir) starts a new generation, i.e. a new cache.
Negative verdicts are never cached (revocation data may become available later).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from asn1crypto import x509
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESSubIndic
from pyhanko.sign.validation.generic_cms import (
    _service_type_implicit_key_usages,
    handle_certvalidator_errors,
)
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import RevocationDetails
from pyhanko_certvalidator import ValidationContext, find_valid_path
from pyhanko_certvalidator.authority import TrustedServiceType
from pyhanko_certvalidator.path import ValidationPath
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

from verifiers.algopolicy import DATED_POLICY
from verifiers.certinfo import (
    cert_info,
    crl_covers,
    crl_revocation,
    crl_revocation_date,
    der,
    ocsp_covers,
    ocsp_revocation,
    ocsp_revocation_date,
)
from verifiers.explain import chain_explanation
from verifiers.pathfix import apply as _fix_crl_issuer_search
from verifiers.results import CertInfo, Qualification, Revocation
from verifiers.revinfo import EMPTY, Embedded
from verifiers.trust import TrustStore, sha256_hex

if TYPE_CHECKING:
    from verifiers.fetch import GuardedFetcherBackend  # requests: only when fetching

REQUIRE_ALL = RevocationCheckingPolicy(
    ee_certificate_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
    intermediate_ca_cert_rule=RevocationCheckingRule.CRL_OR_OCSP_REQUIRED,
)
"""Revocation data required for the end entity and every CA (never soft-/hard-fail)."""
_fix_crl_issuer_search()
IF_DECLARED = RevocationCheckingPolicy(
    ee_certificate_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
    intermediate_ca_cert_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
)
"""For ISDS seals only: checked (and required) whenever the certificate declares a source."""
ALGORITHMS = DATED_POLICY
"""Certificates, CRLs and OCSP responses are judged by the dated policy at the validation
moment (the best proof of existence of the signature)."""


@dataclass(frozen=True)
class TrustVerdict:
    path: ValidationPath | None
    subindication: AdESSubIndic | None
    revocation_details: RevocationDetails | None
    revocation: tuple[Revocation, ...]
    evidence: dict[str, bytes]
    window: tuple[datetime, datetime] | None
    error: str = ""
    """pyHanko's own reason (English, for the record's notes)."""
    explanation: str = ""
    """Which certificate, which check, why: a Czech sentence for the officer."""

    @property
    def trusted(self) -> bool:
        return self.path is not None and self.subindication is None

    @cached_property
    def path_names(self) -> tuple[str, ...]:
        """The subjects on the path, anchor included (worked out once per verdict: the cache
        hands one verdict to every message of a signer)."""
        if self.path is None:
            return ()
        return tuple(
            c.subject.human_friendly
            for c in self.path.iter_certs(include_root=True)
            if isinstance(c, x509.Certificate)
        )


@dataclass
class ChainValidator:
    store: TrustStore
    fetcher: GuardedFetcherBackend | None
    """None: no fetching (offline; only crl_dir and supplied revocation data)."""
    cache_verdicts: bool = True
    max_entries: int = 10000
    hits: int = 0
    misses: int = 0
    _cache: OrderedDict[tuple[object, ...], TrustVerdict] = field(default_factory=OrderedDict)
    _infos: dict[bytes, CertInfo] = field(default_factory=dict)
    qualifications: dict[tuple[object, ...], tuple[Qualification, tuple[datetime, datetime]]] = (
        field(default_factory=dict)
    )
    """Qualification per (certificate, generation) with the window it holds for."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def cert_info(self, cert: x509.Certificate) -> CertInfo:
        key = der(cert)
        info = self._infos.get(key)
        if info is None:
            info = cert_info(cert)
            if len(self._infos) < self.max_entries:
                self._infos[key] = info
        return info

    def context(
        self,
        moment: datetime,
        other_certs: Sequence[x509.Certificate] = (),
        *,
        seal: bool = False,
        revinfo: Embedded = EMPTY,
    ) -> ValidationContext:
        """A context at ``moment`` with the configured anchors and CRLs plus the validation
        data embedded in the file (certificates, CRLs, OCSP responses)."""
        return ValidationContext(
            trust_manager=self.store.trust_manager,
            other_certs=[*self.store.anchor_certs, *other_certs, *revinfo.certs],
            moment=moment,
            allow_fetching=self.fetcher is not None,
            fetcher_backend=self.fetcher,
            crls=[*self.store.crls, *revinfo.crls],
            ocsps=list(revinfo.ocsps),
            revinfo_policy=CertRevTrustPolicy(
                IF_DECLARED if seal else REQUIRE_ALL, retroactive_revinfo=True
            ),
            algorithm_usage_policy=ALGORITHMS,
            time_tolerance=timedelta(seconds=1),
        )

    async def verdict(
        self,
        cert: x509.Certificate,
        other_certs: Sequence[x509.Certificate],
        moment: datetime,
        key_usage: KeyUsageConstraints,
        *,
        seal: bool = False,
        revinfo: Embedded = EMPTY,
    ) -> TrustVerdict:
        key = (der(cert), self.store.generation, seal, _ku_key(key_usage))
        if self.cache_verdicts:
            with self._lock:
                hit = self._cache.get(key)
                if hit is not None and hit.window and hit.window[0] <= moment <= hit.window[1]:
                    self._cache.move_to_end(key)
                    self.hits += 1
                    return hit
        self.misses += 1
        v = await self._compute(cert, other_certs, moment, key_usage, seal, revinfo)
        if self.cache_verdicts and v.trusted and v.window is not None:
            with self._lock:
                self._cache[key] = v
                if len(self._cache) > self.max_entries:
                    self._cache.popitem(last=False)
        return v

    async def _compute(
        self,
        cert: x509.Certificate,
        other_certs: Sequence[x509.Certificate],
        moment: datetime,
        key_usage: KeyUsageConstraints,
        seal: bool,
        revinfo: Embedded = EMPTY,
    ) -> TrustVerdict:
        vc = self.context(moment, other_certs, seal=seal, revinfo=revinfo)
        vc.certificate_registry.register_multiple([*other_certs, *revinfo.certs])
        failure: list[BaseException] = []
        try:
            result = await handle_certvalidator_errors(
                cert=cert, coro=_usage(cert, vc, key_usage, failure)
            )
        except Exception as e:  # pyHanko bugs on odd input (P13) must not fail open
            sub = AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE
            return TrustVerdict(
                None, sub, None, (), {}, None, error=f"{type(e).__name__}: {e}",
                explanation=chain_explanation(sub.standard_name, str(e), cert, [cert], moment),
            )
        path = result.success_result or result.error_path
        subindic: AdESSubIndic | None = (
            None
            if result.success_result is not None
            else (result.error_subindic or AdESIndeterminate.CERTIFICATE_CHAIN_GENERAL_FAILURE)
        )
        if result.revo_details is not None:
            subindic = (
                AdESFailure.REVOKED
                if not result.revo_details.ca_revoked
                else AdESIndeterminate.REVOKED_CA_NO_POE
            )
        revocation, evidence, revoked_at = self._evidence(vc, path, cert)
        window = None
        if subindic is None and path is not None:
            window = _window(path, revocation, revoked_at)
        message = _failure_message(failure)
        path_certs = _path_certs(path, cert)
        when = result.revo_details.revocation_date if result.revo_details else moment
        return TrustVerdict(
            path if subindic is None else result.error_path or path,
            subindic,
            result.revo_details,
            revocation,
            evidence,
            window,
            error=message,
            explanation=chain_explanation(
                subindic.standard_name if subindic else None, message, cert, path_certs, when
            ),
        )

    def _evidence(
        self, vc: ValidationContext, path: ValidationPath | None, leaf: x509.Certificate
    ) -> tuple[tuple[Revocation, ...], dict[str, bytes], datetime | None]:
        certs = [c for c in path.iter_certs(include_root=False)] if path is not None else [leaf]
        certs = [c for c in certs if isinstance(c, x509.Certificate)]
        local = {sha256_hex(c.dump()) for c in self.store.crls}
        fetched_urls = self.fetcher.cache.by_sha256 if self.fetcher is not None else {}
        revs: list[Revocation] = []
        evidence: dict[str, bytes] = {}
        revoked_at: datetime | None = None
        for c in vc.crls:
            if not any(crl_covers(c, pc) for pc in certs):
                continue
            h = sha256_hex(c.dump())
            src = "local" if h in local else fetched_urls.get(h, "fetched")
            revs.append(crl_revocation(c, src))
            evidence[h] = c.dump()
            for pc in certs:
                if crl_covers(c, pc):
                    d = crl_revocation_date(c, pc)
                    if d is not None:
                        revoked_at = d if revoked_at is None else min(revoked_at, d)
        for o in vc.ocsps:
            if not any(ocsp_covers(o, pc) for pc in certs):
                continue
            h = sha256_hex(o.dump())
            revs.append(ocsp_revocation(o, fetched_urls.get(h, "fetched")))
            evidence[h] = o.dump()
            for pc in certs:
                d = ocsp_revocation_date(o, pc) if ocsp_covers(o, pc) else None
                if d is not None:
                    revoked_at = d if revoked_at is None else min(revoked_at, d)
        return tuple(revs), evidence, revoked_at


async def _usage(
    cert: x509.Certificate,
    vc: ValidationContext,
    key_usage: KeyUsageConstraints,
    failure: list[BaseException],
) -> ValidationPath:
    """pyHanko's ``validate_cert_usage`` check, keeping the exception that explains a failure
    (pyHanko only logs it) for the record."""
    try:
        paths = vc.path_builder.async_build_paths_lazy(cert)
        path: ValidationPath = await find_valid_path(cert, paths, validation_context=vc)
        if path.pkix_len > 0:
            key_usage.validate(cert)
        else:
            service_type = path.trust_anchor.trust_qualifiers.trusted_service_type
            if service_type != TrustedServiceType.UNSPECIFIED:
                kus, ekus = _service_type_implicit_key_usages(service_type)
                key_usage.validate(
                    cert, extra_asserted_key_usages=kus, extra_asserted_extd_key_usages=ekus
                )
        return path
    except BaseException as e:
        failure.append(e)
        raise


def _failure_message(failure: list[BaseException]) -> str:
    if not failure:
        return ""
    e = failure[0]
    msg = getattr(e, "failure_msg", None) or str(e) or type(e).__name__
    return f"{type(e).__name__}: {msg}"


def _path_certs(path: ValidationPath | None, leaf: x509.Certificate) -> list[x509.Certificate]:
    if path is None:
        return [leaf]
    return [c for c in path.iter_certs(include_root=True) if isinstance(c, x509.Certificate)]


def _ku_key(ku: KeyUsageConstraints) -> tuple[object, ...]:
    return (
        frozenset(ku.key_usage or ()),
        frozenset(ku.extd_key_usage or ()),
        ku.match_all_key_usages,
        ku.explicit_extd_key_usage_required,
    )


def _window(
    path: ValidationPath, revs: tuple[Revocation, ...], revoked_at: datetime | None
) -> tuple[datetime, datetime] | None:
    certs = [c for c in path.iter_certs(include_root=True) if isinstance(c, x509.Certificate)]
    start = max(c.not_valid_before for c in certs)
    end = min(c.not_valid_after for c in certs)
    quals = path.trust_anchor.trust_qualifiers
    if quals.valid_from is not None:
        start = max(start, quals.valid_from)
    if quals.valid_until is not None:
        end = min(end, quals.valid_until)
    if not revs:
        return None
    for r in revs:
        if r.next_update is None:
            return None
        end = min(end, r.next_update)
    if revoked_at is not None:
        end = min(end, revoked_at)
    return (start, end) if start <= end else None
