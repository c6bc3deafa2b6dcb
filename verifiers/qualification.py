"""Qualified status per ETSI TS 119 615 (pyHanko's assessor), at issuance AND validation time."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from asn1crypto import x509
from pyhanko.sign.validation.qualified.assess import QualificationAssessor
from pyhanko.sign.validation.qualified.q_status import QualificationResult
from pyhanko.sign.validation.qualified.tsp import QcCertType, TSPRegistry
from pyhanko_certvalidator.path import ValidationPath

from verifiers.certinfo import der
from verifiers.chain import ChainValidator, TrustVerdict
from verifiers.results import NOT_QUALIFIED, Qualification
from verifiers.trust import LOCAL_SERVICE_PREFIX, TrustStore, is_local_service

logger = logging.getLogger(__name__)

_QC_TYPES = {QcCertType.QC_ESIGN: "esign", QcCertType.QC_ESEAL: "eseal", QcCertType.QC_WEB: "web"}


def _assess(
    assessor: QualificationAssessor, path: ValidationPath, moment: datetime
) -> QualificationResult | None:
    try:
        return assessor.check_entity_cert_qualified(path, moment)
    except NotImplementedError as e:  # e.g. several QcType values (pyHanko P10)
        logger.warning("qualification not assessable: %s", e)
        return None


def assess(registry: TSPRegistry, path: ValidationPath, moment: datetime) -> Qualification:
    """Qualified for the purpose in the certificate at notBefore and at ``moment``."""
    leaf = path.leaf
    if not isinstance(leaf, x509.Certificate):
        return NOT_QUALIFIED
    assessor = QualificationAssessor(registry)
    at_issue = _assess(assessor, path, leaf.not_valid_before)
    at_moment = _assess(assessor, path, moment)
    if at_issue is None or at_moment is None:
        return NOT_QUALIFIED
    sd = at_moment.service_definition or at_issue.service_definition
    basis = "none"
    service = provider = None
    if sd is not None:
        basis = "local-anchor" if is_local_service(sd) else "eu-trusted-list"
        service = sd.base_info.service_name.removeprefix(LOCAL_SERVICE_PREFIX)
        certs = sd.base_info.provider_certs
        if certs:
            org = certs[0].subject.native.get("organization_name")
            provider = str(org) if org else certs[0].subject.human_friendly
    st_i, st_m = at_issue.status, at_moment.status
    qualified = bool(st_i.qualified and st_m.qualified and st_i.qc_type == st_m.qc_type)
    detail = (
        f"at issuance: {'qualified' if st_i.qualified else 'not qualified'}; "
        f"at validation time: {'qualified' if st_m.qualified else 'not qualified'}"
    )
    if not qualified:
        return Qualification(
            False, _QC_TYPES.get(st_m.qc_type), False, basis, service, provider, detail
        )
    return Qualification(
        qualified=True,
        qc_type=_QC_TYPES.get(st_m.qc_type),
        qscd=bool(st_m.qc_key_security.is_qscd),
        basis=basis,
        service_name=service,
        provider=provider,
        detail=detail,
    )


async def qualify_certificate(
    store: TrustStore,
    cert: x509.Certificate,
    moment: datetime,
    other_certs: Sequence[x509.Certificate] = (),
) -> Qualification:
    """Qualified status of a certificate alone (path to a trusted-list/anchor CA, no revocation
    check): for reports and tests of the trusted lists, never a signature verdict."""
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError

    vc = ValidationContext(
        trust_manager=store.trust_manager,
        other_certs=[*store.anchor_certs, *other_certs],
        moment=moment,
        revocation_mode="none",
    )
    try:
        paths = await vc.path_builder.async_build_paths(cert)
    except PathBuildingError:
        return NOT_QUALIFIED
    results = [assess(store.registry, p, moment) for p in paths]
    return max(results, key=lambda q: (q.qualified, q.qscd)) if results else NOT_QUALIFIED


def assess_cached(chain: ChainValidator, verdict: TrustVerdict, moment: datetime) -> Qualification:
    """``assess`` memoised per certificate: reused for moments inside the verdict's window
    intersected with the validity of the trust service definition the decision came from."""
    path = verdict.path
    if path is None or verdict.window is None:
        return NOT_QUALIFIED if path is None else assess(chain.store.registry, path, moment)
    leaf = path.leaf
    if not isinstance(leaf, x509.Certificate):
        return NOT_QUALIFIED
    key = (der(leaf), chain.store.generation)
    hit = chain.qualifications.get(key)
    if hit is not None and hit[1][0] <= moment <= hit[1][1]:
        return hit[0]
    q = _assess_with_window(chain.store.registry, path, moment, verdict.window)
    if q[1] is not None:
        chain.qualifications[key] = (q[0], q[1])
    return q[0]


def _assess_with_window(
    registry: TSPRegistry, path: ValidationPath, moment: datetime, window: tuple[datetime, datetime]
) -> tuple[Qualification, tuple[datetime, datetime] | None]:
    q = assess(registry, path, moment)
    start, end = window
    sds = list(registry.applicable_tsps_on_path(path, moment))
    if len(sds) != 1:
        return q, None  # several (or no) services: do not memoise
    info = sds[0].base_info
    start = max(start, info.valid_from)
    if info.valid_until is not None:
        end = min(end, info.valid_until)
    return q, ((start, end) if start <= moment <= end else None)
