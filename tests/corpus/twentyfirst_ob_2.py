from typing import Any

CASES: list[dict[str, Any]] = []
