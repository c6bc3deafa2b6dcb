"""Fifth-round held-out cases (written by hand; see fifth_i_common)."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
