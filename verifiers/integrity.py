"""CMS signature integrity (messageDigest + signature value) with a single pass over the signed
attributes — the hot path of high-volume validation.

Same checks as pyHanko's ``validate_sig_integrity`` (content-type present exactly once and equal
to the eContentType, messageDigest present exactly once, signature over the DER SET OF signed
attributes verified by pyHanko's own ``DefaultSignatureValidator``); whenever an attribute that
needs more (CMS algorithm protection, ESS signing-certificate(-v2)) is present, or there are no
signed attributes, pyHanko's function does the whole job.
"""

from __future__ import annotations

import hmac
from datetime import datetime

from asn1crypto import cms, core, x509
from cryptography.exceptions import InvalidSignature
from pyhanko.sign.general import CMSStructuralError
from pyhanko.sign.validation.generic_cms import validate_sig_integrity
from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator, SignatureValidationContext


def _oid(dotted: str) -> bytes:
    return core.ObjectIdentifier(dotted).contents


CONTENT_TYPE = _oid("1.2.840.113549.1.9.3")
MESSAGE_DIGEST = _oid("1.2.840.113549.1.9.4")
SIGNING_TIME = _oid("1.2.840.113549.1.9.5")
NEEDS_PYHANKO = frozenset(
    {
        _oid("1.2.840.113549.1.9.52"),  # CMS algorithm protection (RFC 6211)
        _oid("1.2.840.113549.1.9.16.2.12"),  # ESS signing-certificate
        _oid("1.2.840.113549.1.9.16.2.47"),  # ESS signing-certificate-v2
    }
)
_VALIDATOR = DefaultSignatureValidator()


def signing_time(si: cms.SignerInfo) -> datetime | None:
    """The claimed signingTime (single-valued attribute), or None."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID:
        return None
    values = [a["values"] for a in attrs if a["type"].contents == SIGNING_TIME]
    if len(values) != 1 or len(values[0]) != 1:
        return None
    t = values[0][0].native
    return t if isinstance(t, datetime) else None


def check_integrity(
    si: cms.SignerInfo, cert: x509.Certificate, econtent_type: cms.ContentType, actual_digest: bytes
) -> tuple[bool, bool, datetime | None]:
    """(intact, valid, claimed signingTime) like ``validate_sig_integrity``; raises CMSStructuralError on malformed
    attributes and pyHanko's SignatureValidationError on content-type problems."""
    attrs = si["signed_attrs"]
    if attrs is core.VOID or not len(attrs):
        return (*validate_sig_integrity(si, cert, econtent_type.native, actual_digest), None)
    untagged = attrs.untag()
    found: dict[bytes, list[core.Asn1Value]] = {}
    for attr in untagged:
        oid = attr["type"].contents
        if oid in NEEDS_PYHANKO:
            intact, valid = validate_sig_integrity(si, cert, econtent_type.native, actual_digest)
            return intact, valid, signing_time(si)
        found.setdefault(oid, []).append(attr)
    ct = found.get(CONTENT_TYPE, [])
    md = found.get(MESSAGE_DIGEST, [])
    if len(ct) != 1 or len(ct[0]["values"]) != 1 or len(md) != 1 or len(md[0]["values"]) != 1:
        raise CMSStructuralError("content-type and message-digest must each occur exactly once")
    if ct[0]["values"][0].contents != econtent_type.contents:
        raise CMSStructuralError("content-type attribute does not match the eContentType")
    embedded = md[0]["values"][0].native
    try:
        _VALIDATOR.validate_signature(
            si["signature"].native,
            untagged.dump(),
            cert.public_key,
            si["signature_algorithm"],
            context=SignatureValidationContext(
                contextual_md_algorithm=si["digest_algorithm"]["algorithm"].native, prehashed=False
            ),
        )
        valid = True
    except InvalidSignature:
        valid = False
    st = found.get(SIGNING_TIME, [])
    claimed = None
    if len(st) == 1 and len(st[0]["values"]) == 1:
        t = st[0]["values"][0].native
        claimed = t if isinstance(t, datetime) else None
    return hmac.compare_digest(embedded, actual_digest), valid, claimed
