"""Content checks of a submission (vyhláška 259/2012 §4(1)): format by content, accepted
formats, container unpacking with bomb limits, malware scan through clamd."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from intake.content.check import ContentPolicy, check_content, scanner_from_config
from intake.content.clamd import ClamdError, ClamdScanner, Scanner, ScanResult, ScanStatus
from intake.content.result import ContentResult, Finding

if TYPE_CHECKING:
    from intake.config import ContentConfig

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
    cfg: ContentConfig, resolve: Callable[[Path | str], Path] | None = None
) -> tuple[ContentPolicy, ClamdScanner | None]:
    """The policy and scanner of the ``[content]`` section; ``resolve`` turns a configured
    relative path (the clamd socket) into an absolute one."""
    policy = ContentPolicy.from_config(cfg)
    if cfg.clamd_socket is not None and resolve is not None:
        cfg = cfg.model_copy(update={"clamd_socket": resolve(cfg.clamd_socket)})
    return policy, scanner_from_config(cfg)
