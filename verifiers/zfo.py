"""ZFO (ISDS data message): CMS SignedData sealed by the ISDS operator, XML encapsulated."""

from __future__ import annotations

import base64
import binascii
from datetime import datetime

from asn1crypto import cms

from verifiers.chain import ChainValidator
from verifiers.cms import CmsInput, verify_cms
from verifiers.results import (
    ZFO_DATA_MESSAGE,
    ZFO_DELIVERY_RECEIPT,
    SignatureKind,
    SignatureResult,
)

_DELIVERY_NS = b"http://isds.czechpoint.cz/v20/delivery"


class NotAZfo(ValueError):
    pass


def _covered(sd: cms.SignedData) -> str:
    """What the seal covers, from the namespace of the sealed XML's root element (a data
    message when the content cannot be read: the verification reports why)."""
    try:
        content = sd["encap_content_info"]["content"]
        data = content.native if content is not None else None
    except (ValueError, TypeError, KeyError):  # asn1crypto parses lazily: damaged DER
        return ZFO_DATA_MESSAGE
    if isinstance(data, bytes):
        head = data[:1024]
        root = head[head.find(b"<", head.find(b"?>") + 1 if b"?>" in head else 0) :]
        if _DELIVERY_NS in root[: root.find(b">") + 1]:
            return ZFO_DELIVERY_RECEIPT
    return ZFO_DATA_MESSAGE


def load_signed_data(data: bytes) -> cms.SignedData:
    der = data
    if not data[:1] == b"\x30":
        try:
            der = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError) as e:
            raise NotAZfo("not DER or base64 CMS") from e
    try:
        ci = cms.ContentInfo.load(der)
        if ci["content_type"].native != "signed_data":
            raise NotAZfo(f"CMS content type {ci['content_type'].native}, not signed-data")
        sd = ci["content"]
        for si in sd["signer_infos"]:
            # what a signature needs; unsigned attributes (long-term data asn1crypto may not
            # know, e.g. CAdES complete-revocation-refs) are read one by one where used
            for key in ("sid", "digest_algorithm", "signed_attrs", "signature_algorithm"):
                si[key].native  # noqa: B018
        return sd
    except (ValueError, TypeError, KeyError) as e:
        raise NotAZfo(f"not a CMS SignedData: {e}") from e


async def verify_zfo(data: bytes, chain: ChainValidator, moment: datetime) -> SignatureResult:
    """Verify the ISDS seal; ``result.content`` is the inner message XML when present."""
    sd = load_signed_data(data)
    results = await verify_cms(
        CmsInput(sd, None, SignatureKind.ZFO_SEAL, _covered(sd)), chain, moment
    )
    # ISDS seals carry one SignerInfo; with several, the weakest decides.
    results.sort(key=lambda r: r.passed)
    return results[0]
