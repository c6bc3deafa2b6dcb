"""Replays the regression corpus (inputs that once broke a stage) and pins each fix."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.fuzz.harness import REGRESSIONS, Harness

CASES = sorted(p for p in REGRESSIONS.glob("*/*") if p.is_file() and p.name != "README.md")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_regression_input_gets_an_outcome(harness: Harness, path: Path) -> None:
    target = harness.targets()[path.parent.name]
    t = time.monotonic()
    outcome = target(path.read_bytes())
    assert isinstance(outcome, str) and outcome
    assert time.monotonic() - t < 10, "a regression input took too long"


def test_corpus_is_not_empty() -> None:
    assert len(CASES) >= 1


@pytest.mark.timeout(20)
def test_organisation_regex_does_not_backtrack_on_long_words() -> None:
    """A 40-letter capitalised word without a legal form took seconds (exponential
    backtracking in ``_WITH_LEGAL``); 5 000 letters must now be instant."""
    from intake.extraction.org import legal_name_in

    t = time.monotonic()
    assert legal_name_in("Aaaa" + "b" * 5000 + " x") is None
    assert time.monotonic() - t < 1.0
    assert legal_name_in("Píšeme za Deník Nový s.r.o. a žádáme") == "Deník Nový s.r.o."
    assert legal_name_in("Naše Noviny,s.r.o.") == "Naše Noviny,s.r.o."


def test_unreadable_pdf_is_could_not_evaluate_not_a_crash(harness: Harness) -> None:
    """pyHanko's PdfReadError (not a ValueError) escaped ``verify_pdf``; the verify stage
    failed instead of recording an unsigned message."""
    from intake.errors import VerificationUnavailable
    from intake.model import Channel
    from tests.fuzz.harness import AT

    with pytest.raises(VerificationUnavailable):
        harness.verifier.verify_pdf(b"%PDF-1.4\n", name="x.pdf", at=AT)
    raw = (REGRESSIONS / "analyse" / "truncated-pdf-attachment.eml").read_bytes()
    outcome = harness.stages.verify(raw, Channel.EMAIL, AT)
    assert [p.code for p in outcome.problems] == ["signature_missing"]


def _corrupt_san(pki: object) -> bytes:
    """An S/MIME message whose signer certificate's SAN extension has a wrong tag class."""
    import base64

    raw: bytes = pki.smime("qualified")  # type: ignore[attr-defined]
    head, _, rest = raw.partition(b'filename="smime.p7s"\r\n\r\n')
    b64, _, tail = rest.partition(b"\r\n\r\n--")
    der = bytearray(base64.b64decode(b64))
    leaf = bytes(pki.ids["qualified"].der)  # type: ignore[attr-defined]
    at = der.index(leaf) + leaf.index(b"\x06\x03\x55\x1d\x11\x04")
    inner = at + 6 + 1  # OID, OCTET STRING tag, one length byte
    assert der[inner] == 0x30
    der[inner] = 0x70  # [APPLICATION 16] constructed instead of SEQUENCE
    sig = base64.encodebytes(bytes(der)).replace(b"\n", b"\r\n")
    return head + b'filename="smime.p7s"\r\n\r\n' + sig + b"\r\n--" + tail


def test_damaged_signer_certificate_extension_is_a_format_failure(
    harness: Harness, pki: object
) -> None:
    """asn1crypto raised ValueError lazily from the SAN (read for the signer's e-mail) and it
    escaped ``verify_email``; now the signature is a FORMAT_FAILURE."""
    from tests.fuzz.harness import AT

    ev = harness.verifier.verify_email(_corrupt_san(pki), at=AT)
    assert len(ev.signatures) == 1
    sig = ev.signatures[0]
    assert not sig.passed and sig.subindication == "FORMAT_FAILURE"
