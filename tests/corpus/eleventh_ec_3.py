"""Eleventh held-out part ``ec``, cases ec029–ec042 (being written)."""

from typing import Any

CASES: list[dict[str, Any]] = []
