"""Eighth held-out part ``t``, placeholder."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
