"""Ninth held-out part x, further cases."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
