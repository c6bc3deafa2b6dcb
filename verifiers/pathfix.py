"""A fix for pyHanko's CRL issuer search when the CRL issuer is itself the trust anchor.

pyhanko-certvalidator (0.33) finds the path of a CRL's issuer by truncating the certificate's
path after that issuer (``ValidationPath.truncate_to_issuer_and_append``). When the issuer is a
trust anchor that is not self-signed (an intermediate CA configured as an anchor: every
CA/QC service of a trusted list, or the CA certificates found in a file), the anchor's own
certificate is not "issued by" the anchor, the lookup raises ``LookupError`` and the CRL is
rejected ("the chain of trust for the CRL issuer ... could not be determined"), so a perfectly
valid certificate gets no revocation information. The fix: the anchor's own certificate is the
anchor (a path of the anchor alone), exactly as pyHanko already treats a self-signed one.
"""

from __future__ import annotations

from typing import Any

from asn1crypto import x509
from pyhanko_certvalidator.authority import AuthorityWithCert
from pyhanko_certvalidator.path import ValidationPath

_original = ValidationPath.truncate_to_issuer_and_append
_applied = False


def _truncate_to_issuer_and_append(self: ValidationPath, cert: x509.Certificate) -> Any:
    authority = self.trust_anchor.authority
    if isinstance(authority, AuthorityWithCert) and authority.certificate.sha256 == cert.sha256:
        return ValidationPath(self.trust_anchor, interm=[], leaf=None)
    return _original(self, cert)


def apply() -> None:
    """Install the fix once (idempotent)."""
    global _applied
    if not _applied:
        ValidationPath.truncate_to_issuer_and_append = _truncate_to_issuer_and_append  # type: ignore[method-assign]
        _applied = True
