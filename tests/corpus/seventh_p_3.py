"""Seventh held-out part ``p``, cases p029–p042 (see make_seventh_p)."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
