"""bench/verify: 1 000 S/MIME messages from one signer, validated

(a) naively: a fresh pyHanko ValidationContext per message (``async_validate_detached_cms``),
    trust root + CRLs supplied, revocation REQUIRED for end entity and CA;
(b) by podatelna: one ``Verifier`` with its per-signer chain+revocation verdict cache, same
    anchors, same CRLs (crl_dir), same strictness (the CMS signature, digest and algorithm
    policy are checked for every message; only the certificate verdict is reused).

Prints messages per second of CPU time (``time.process_time``, so that other load on the
machine does not distort the figures) for both and the ratio. Usage:
    .venv/bin/python -m bench.verify [-n 1000]

Goal (issue 20): >= 10x. What each cut of the hot path bought, CPU per message of (b), each
step against the one before, all in one run (1 000 messages, best of 5, 2-core machine under
a load average of ~7 from other work; the naive rate was ~3 300 us/msg):

  before these cuts                                   395 us/msg   (ratio was 7.8-8.5x)
  signed attributes parsed once: the signature input is their content octets under the
    SET tag (what ``untag().dump()`` gives) instead of an untagged copy parsed a second
    time; embedded_in and the time-stamp check reuse the same parse   362 us  (-8 %)
  multipart delimiters found by a regex with a literal prefix (CRLF ``--boundary``)
    instead of ``(?:^|CRLF)--boundary``, tried at every byte: split 32 -> 5 us   331 us  (-9 %)
  DER memo per certificate object (``certinfo.der``): the verdict, qualification,
    signer-info and signature-verifier caches are DER-keyed, and a repeated signer's
    certificate is one memoised object whose ``dump()`` walks its whole parse (~10 us)
                                                                      313 us  (-5 %)
  certificate sets parsed once per identical encoded set (``revinfo.certificates``,
    shared by the signer lookup and the embedded validation data)    290 us  (-7 %)

So 395 -> 290 us/msg (1.36x): ratio 10.7-11.3x in three runs after the cuts (7.8-8.5x
before). Two smaller changes (the signature input taken before the attributes are parsed,
the path's names worked out once per cached verdict) measured within the noise. Examined
and left: the trust store, validation context and algorithm policy are already built once
per configuration (not per message) and the certificate verdict is already cached per
signer; in a pyinstrument profile of (b) what remains is asn1crypto parsing the CMS (~40 %),
the MIME scan (~20 %), the RSA signature check (~3 %) and the rest spread thin.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import cms, crl, x509
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.policy_decl import REQUIRE_REVINFO, CertRevTrustPolicy
from pyhanko_certvalidator.registry import SimpleTrustManager

from tests.fixtures.pki import build_pki
from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.smime import scan_message


def naive(
    messages: list[bytes], root: x509.Certificate, crls: list[crl.CertificateList], at: datetime
) -> tuple[float, int]:
    ku = KeyUsageConstraints(
        key_usage={"non_repudiation", "digital_signature"},
        extd_key_usage={"email_protection"},
        explicit_extd_key_usage_required=False,
    )

    async def run() -> int:
        ok = 0
        for raw in messages:
            found = scan_message(raw).signatures[0]
            vc = ValidationContext(
                trust_manager=SimpleTrustManager.build(trust_roots=[root]),
                crls=crls,
                moment=at,
                revinfo_policy=CertRevTrustPolicy(REQUIRE_REVINFO, retroactive_revinfo=True),
            )
            assert found.detached_content is not None
            st = await async_validate_detached_cms(
                bytes(found.detached_content),  # the scan gives a view; pyHanko wants bytes
                found.signed_data,
                signer_validation_context=vc,
                key_usage_settings=ku,
            )
            ok += bool(st.bottom_line)
        return ok

    t = time.process_time()
    ok = asyncio.run(run())
    return time.process_time() - t, ok


def ours(messages: list[bytes], verifier: Verifier, at: datetime) -> tuple[float, int]:
    async def run() -> int:
        ok = 0
        for raw in messages:
            ev = await verifier.averify_email(raw, at=at)
            ok += all(s.recognised for s in ev.signatures) and bool(ev.signatures)
        return ok

    t = time.process_time()
    ok = asyncio.run(run())
    return time.process_time() - t, ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="messages (default %(default)s)")
    args = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory() as d:
        pki, srv = build_pki(Path(d))
        try:
            at = datetime.now(UTC)
            messages = [
                pki.smime("qualified", entity=pki.entity(f"Žádost č. {i}\r\n"))
                for i in range(args.n)
            ]
            root = x509.Certificate.load(pki.root.der)
            crls = [crl.CertificateList.load(b) for b in pki.crls.values()]
            verifier = Verifier(
                build_trust_store([pki.anchors_dir], [pki.crl_dir]),
                VerifierPolicy(fetch_revocation=False),
            )
            # interleave rounds so that load from other processes hits both alike
            t_naive = t_ours = 0.0
            ok_naive = ok_ours = 0
            step = max(1, args.n // 10)
            for i in range(0, args.n, step):
                chunk = messages[i : i + step]
                dt, ok = naive(chunk, root, crls, at)
                t_naive, ok_naive = t_naive + dt, ok_naive + ok
                dt, ok = ours(chunk, verifier, at)
                t_ours, ok_ours = t_ours + dt, ok_ours + ok
        finally:
            srv.shutdown()
    assert ok_naive == ok_ours == args.n, (ok_naive, ok_ours)
    r_naive, r_ours = args.n / t_naive, args.n / t_ours
    print(
        f"messages: {args.n} from one signer (RSA-2048, SHA-256, root -> issuing CA -> signer, CRLs)"
    )
    print(f"naive pyHanko (fresh context per message): {r_naive:8.1f} msgs/s (CPU)")
    print(f"podatelna (verdict cache per signer cert):  {r_ours:8.1f} msgs/s (CPU)")
    print(
        f"ratio: {r_ours / r_naive:.1f}x   (cache hits {verifier.chain.hits}, misses {verifier.chain.misses})"
    )


if __name__ == "__main__":
    cms  # noqa: B018 - keep asn1crypto.cms registered for SignedData parsing
    main()
