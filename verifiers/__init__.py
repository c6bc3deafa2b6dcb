"""Signature and seal verification: S/MIME, PAdES, ZFO (ISDS), EU trusted lists.

Fail closed: revocation is required for every certificate on the path, the trust anchors
are only those configured (directories, EU trusted lists), never the OS store.

Public API (import from the defining modules; this file imports no module of ours, so
importing one of them never runs the others)::

    from verifiers.api import Verifier, VerifierPolicy, build_trust_store
    from verifiers.results import SignatureResult, SignatureKind, Indication, Level, ...

    v = Verifier.from_dirs([anchors_dir], [crl_dir], tl_cache_dir=..., policy=VerifierPolicy())
    v.verify_email(raw, at=received_at)  -> EmailVerification (one SignatureResult per signature)
    v.verify_pdf(data, name=..., at=...) -> list[SignatureResult]  (PAdES, coverage, diff)
    v.verify_zfo(data, at=...)           -> SignatureResult (.content = inner message XML)
    verifiers.record.build_record(result) -> vyhláška 259/2012 §4(7) verification record (dict)
    verifiers.tl.refresh_online / refresh_from_dir / read_status  (EU trusted lists)

Every method also exists as ``averify_*`` for async callers. Results are frozen dataclasses with
``summary()``; ``intake.errors.VerificationUnavailable`` means "could not evaluate at all".
"""

import logging as _logging

# pyHanko logs every validation failure as a WARNING with a traceback; our results carry the
# same facts. A NullHandler keeps Python's last-resort handler from printing them on stderr
# when the application has not configured logging (CLI); configured handlers still get them.
_logging.getLogger("pyhanko").addHandler(_logging.NullHandler())
