"""Issue 16 acceptance on the real-world development set (../shared; skipped without it):
offline, at each file's validation time, with the CA certificates found in the file as anchors."""

from __future__ import annotations

import pytest

from tests.fixtures.common import shared_path
from tests.verifiers.realworld import REALWORLD, Case, cases, verify_case
from verifiers.record import result_word
from verifiers.results import SignatureResult

NOT_VALID = {"INVALID", "REVOKED", "WEAK"}
LONG_TERM_VALID = {
    "ph-pades-lta-dss.pdf": {"LTA"},
    "dss-muestra-2sig.pdf": {"LTA"},
    "dss-doc-firmado-lt.pdf": {"LT"},
    "dss-cz-six-1-p7m.p7m": {"LT"},
}
"""Every LT/LTA file of the set whose source says VALID, with the level each reaches from its
own embedded data (dss-cz-six-1 carries a CAdES archive-time-stamp-v3, which podatelna does
not evaluate: its revocation values make it LT)."""


Verified = list[tuple[Case, list[SignatureResult]]]


@pytest.fixture(scope="module")
def dev_set() -> Verified:
    """Every file verified once for the module's tests."""
    return [(case, verify_case(case)) for case in cases(shared_path(*REALWORLD))]


def test_no_bad_signature_is_valid_and_no_good_one_invalid(dev_set: Verified) -> None:
    wrong = []
    for case, results in dev_set:
        words = {result_word(r) for r in results if r.kind.value != "doc_timestamp"}
        if case.expected in NOT_VALID and "valid" in words:
            wrong.append((case.file.name, case.expected, words))
        if case.expected == "VALID" and "invalid" in words:
            wrong.append((case.file.name, case.expected, words))
        if case.kind == "pades" and not words:
            wrong.append((case.file.name, "signed PDF reported unsigned", words))
    assert not wrong


def test_long_term_files_validate_from_embedded_data(dev_set: Verified) -> None:
    seen: set[str] = set()
    for case, results in dev_set:
        name = case.file.name
        if name not in LONG_TERM_VALID:
            continue
        sigs = [r for r in results if r.kind.value in ("pades", "cades")]
        assert sigs and all(r.passed for r in sigs), [(r.subindication, r.notes) for r in sigs]
        assert {r.ades_level.value for r in sigs if r.ades_level} == LONG_TERM_VALID[name]
        stamps = [r for r in results if r.kind.value == "doc_timestamp"]
        assert all(r.passed for r in stamps), [(r.subindication, r.notes) for r in stamps]
        seen.add(name)
    assert seen == set(LONG_TERM_VALID)


def test_ber_file_keeps_its_certificate_bytes(dev_set: Verified) -> None:
    """The signing-certificate attribute hashes the certificate as encoded in the file."""
    (results,) = [r for case, r in dev_set if case.file.name == "dss-ber-reordered.p7m"]
    assert results and all(r.intact and r.valid for r in results)
    assert all("signing-certificate" not in r.explanation for r in results)


def test_every_non_valid_result_is_explained_in_czech(dev_set: Verified) -> None:
    for case, results in dev_set:
        for r in results:
            if r.passed:
                continue
            assert r.explanation, (case.file.name, r.subindication)
            assert "_FAILURE" not in r.explanation and "INDETERMINATE" not in r.explanation
