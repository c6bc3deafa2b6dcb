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
