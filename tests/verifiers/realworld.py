"""The real-world development set (../shared/reference/sigtests/realworld): each file verified
offline, with the CA certificates found in the file itself as trust anchors, at a stand-in for
its receipt time: the manifest's validation time, or the issue time of the newest revocation
data the file carries if that is later (a file cannot arrive before its own content was made;
a long-term file's OCSP responder may not even exist at the signing time). ``python -m tests.verifiers.realworld [DIR]`` prints the table."""

from __future__ import annotations

import json
import re
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import cms, crl, ocsp, x509

from verifiers.api import Verifier, VerifierPolicy, build_trust_store
from verifiers.record import result_word
from verifiers.results import SignatureResult

REALWORLD = ("reference", "sigtests", "realworld")


@dataclass(frozen=True)
class Case:
    file: Path
    kind: str
    expected: str
    at: datetime


def cases(root: Path) -> list[Case]:
    manifest = json.loads((root / "manifest.json").read_text())
    return [
        Case(
            root / f["file"],
            f["kind"],
            f["expected"],
            datetime.fromisoformat(f["validation_time_hint"]),
        )
        for f in manifest["files"]
    ]


def _certs_in_der(der: bytes) -> list[x509.Certificate]:
    """Certificates of every CMS SignedData found at a DER offset in ``der`` (greedy scan)."""
    out: list[x509.Certificate] = []
    try:
        ci = cms.ContentInfo.load(der)
        if ci["content_type"].native == "signed_data":
            for c in ci["content"]["certificates"] or []:
                if c.name == "certificate":
                    out.append(c.chosen)
    except (ValueError, TypeError, KeyError):
        pass
    return out


_HEX = re.compile(rb"/Contents\s*<([0-9A-Fa-f\s]+)>")
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)


def _candidate_ders(data: bytes) -> list[bytes]:
    ders: list[bytes] = []
    if data[:1] == b"0":
        ders.append(data)
    for m in _HEX.finditer(data):
        try:
            ders.append(bytes.fromhex(m.group(1).decode().replace("\n", "").replace(" ", "")))
        except ValueError:
            continue
    for m in _STREAM.finditer(data):  # DSS /Certs streams, usually Flate
        body = m.group(1)
        for raw in (body, _inflate(body)):
            if raw[:1] == b"0":
                ders.append(raw)
    return ders


def _inflate(body: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(body)
    except zlib.error:
        return b""


def anchors_in(data: bytes) -> list[x509.Certificate]:
    """CA certificates carried by the file (CMS certificates, PDF DSS streams)."""
    found: dict[bytes, x509.Certificate] = {}
    for der in _candidate_ders(data):
        certs = _certs_in_der(der)
        if not certs:
            try:
                c = x509.Certificate.load(der)
                c.native  # noqa: B018
                certs = [c]
            except (ValueError, TypeError, KeyError):
                continue
        for c in certs:
            try:
                if c.ca or c.self_signed in ("maybe", "yes"):
                    found[c.dump()] = c
            except (ValueError, TypeError, KeyError):
                continue
    return list(found.values())


def _issued(der: bytes) -> datetime | None:
    """When an OCSP response or CRL was issued (None for anything else)."""
    try:
        resp = ocsp.OCSPResponse.load(der)
        produced = resp.basic_ocsp_response["tbs_response_data"]["produced_at"].native
        return produced if isinstance(produced, datetime) else None
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    try:
        this_update = crl.CertificateList.load(der)["tbs_cert_list"]["this_update"].native
        return this_update if isinstance(this_update, datetime) else None
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def received_at(case: Case, data: bytes) -> datetime:
    """The stand-in receipt time: the manifest's time or the newest embedded revocation data."""
    times = [t for der in _candidate_ders(data) if (t := _issued(der)) is not None]
    return max([case.at, *times])


def verify_case(case: Case) -> list[SignatureResult]:
    data = case.file.read_bytes()
    store = build_trust_store([], extra_anchors=anchors_in(data))
    v = Verifier(store, VerifierPolicy(fetch_revocation=False, cache_verdicts=False))
    at = received_at(case, data)
    if case.kind == "pades":
        return v.verify_pdf(data, name=case.file.name, at=at)
    if case.kind == "zfo":
        return [v.verify_zfo(data, at=at)]
    if case.kind == "cades":
        return v.verify_cades(data, name=case.file.name, at=at)
    return list(v.verify_email(data, at=at).signatures)


def verdict(results: list[SignatureResult]) -> str:
    """One word for the file: missing, or the words of its signatures (time-stamps apart)."""
    if not results:
        return "missing"
    words = [result_word(r) for r in results]
    return "/".join(words)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("../shared").joinpath(*REALWORLD)
    for case in cases(root):
        try:
            results = verify_case(case)
            word = verdict(results)
            why = "; ".join(
                f"{r.subindication}: {' | '.join(r.notes)[:150]}" for r in results if not r.passed
            )
        except Exception as e:  # noqa: BLE001 - the table shows every outcome
            word, why = f"ERROR {type(e).__name__}", str(e)[:150]
        print(f"{case.file.name:34} {case.expected:20} {word:30} {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
