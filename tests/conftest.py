"""Test configuration: every module in tests/fixtures/ is loaded as a pytest plugin, so each
area adds its fixtures in a file of its own (tests/fixtures/<area>.py) without editing this one."""

from __future__ import annotations

import os
from pathlib import Path

import pyhanko.sign  # noqa: F401  (its asn1crypto names before any test parses a CMS; the app itself: tests/e2e/test_cli_startup.py)
import pytest

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}"
    for p in (Path(__file__).parent / "fixtures").glob("*.py")
    if not p.name.startswith("_") and p.stem != "common"
)


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No PODATELNA_* variable of the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("PODATELNA_"):
            monkeypatch.delenv(key)
