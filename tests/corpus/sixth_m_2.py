"""Sixth held-out set, prefix ``m``, cases m015–m028."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
