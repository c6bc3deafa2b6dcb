"""Signature and seal verification: S/MIME, PAdES, ZFO (ISDS), EU trusted lists.

Fail closed: revocation is required for every certificate on the path, the trust anchors
are only those configured (directories, EU trusted lists), never the OS store.
"""

from verifiers.api import EmailVerification, Verifier, VerifierPolicy
from verifiers.results import (
    CertInfo,
    Indication,
    Level,
    Qualification,
    Revocation,
    SignatureKind,
    SignatureResult,
)
from verifiers.trust import TrustStore, build_trust_store

__all__ = [
    "CertInfo",
    "EmailVerification",
    "Indication",
    "Level",
    "Qualification",
    "Revocation",
    "SignatureKind",
    "SignatureResult",
    "TrustStore",
    "Verifier",
    "VerifierPolicy",
    "build_trust_store",
]

import logging as _logging

# pyHanko logs every validation failure as a WARNING with a traceback; our results carry the
# same facts. A NullHandler keeps Python's last-resort handler from printing them on stderr
# when the application has not configured logging (CLI); configured handlers still get them.
_logging.getLogger("pyhanko").addHandler(_logging.NullHandler())
