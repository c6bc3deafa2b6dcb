"""Sixteenth held-out part ``jb``, cases jb015–jb028 (placeholder until written)."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
