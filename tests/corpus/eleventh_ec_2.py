"""Eleventh held-out part ``ec``, cases ec015–ec028 (being written)."""

from typing import Any

CASES: list[dict[str, Any]] = []
