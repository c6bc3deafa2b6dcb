"""Third held-out half, prefix ``c`` (written by hand, issue 18)."""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = []
