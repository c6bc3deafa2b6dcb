"""The hostile-file suite uses the fuzz suite's offline stage harness."""

from __future__ import annotations

from tests.fuzz.conftest import harness  # noqa: F401 - fixture

__all__ = ["harness"]
