"""Sixth held-out set, prefix ``m``, cases m029–m042."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
