"""Content checks of a submission (vyhláška 259/2012 §4(1)): format by content, accepted
formats, container unpacking with bomb limits, malware scan through clamd."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from intake.content.check import ContentPolicy, check_content, scanner_from_config
from intake.content.clamd import ClamdError, ClamdScanner, Scanner, ScanResult, ScanStatus
from intake.content.result import ContentResult, Finding

__all__ = [
    "ClamdError",
    "ClamdScanner",
    "ContentPolicy",
    "ContentResult",
    "Finding",
    "ScanResult",
    "ScanStatus",
    "Scanner",
    "build_content_checks",
    "check_content",
]


def build_content_checks(
    cfg: Any, resolve: Callable[[Path | str], Path] | None = None
) -> tuple[ContentPolicy, ClamdScanner | None]:
    """The policy and scanner for ``intake.config.ContentConfig``; ``resolve`` turns a
    configured relative path (the clamd socket) into an absolute one."""
    policy = ContentPolicy.from_config(cfg)
    sock = getattr(cfg, "clamd_socket", None)
    if sock is not None and resolve is not None:
        cfg = cfg.model_copy(update={"clamd_socket": resolve(sock)})
    return policy, scanner_from_config(cfg)
