"""Fourth-round held-out part ``h``: placeholder until written."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
