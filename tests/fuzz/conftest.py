"""Fixtures for the fuzz and hostile-file suites: the offline stage harness over the test PKI."""

from __future__ import annotations

import os

import pytest

from tests.fuzz.harness import Harness, build_harness

EXAMPLES = int(os.environ.get("PODATELNA_FUZZ_EXAMPLES", "0") or 0)
"""Examples per fuzz target; 0 = the reduced CI default of each test."""


def examples(default: int) -> int:
    return EXAMPLES or default


@pytest.fixture(scope="session")
def harness(pki: object) -> Harness:
    return build_harness(pki)
