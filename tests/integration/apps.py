"""Applications for integration tests, built in-process from settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intake.bootstrap import App, build_app
from intake.config import load_settings


def make_app(tmp_path: Path, **extra: Any) -> App:
    """Development mode, the registry (SQLite) and evidence store in ``tmp_path``, an open
    campaign and an SMTP server never reached (port 1); ``extra`` adds settings sections."""
    settings = load_settings(
        None,
        mode="development",
        base_dir=tmp_path,
        database={"url": f"sqlite:///{tmp_path}/reg.db"},
        campaign={"deadline": "2099-12-31T23:59:59+01:00"},
        evidence={"dir": str(tmp_path / "evidence")},
        smtp={"host": "127.0.0.1", "port": 1, "security": "plain", "sender": "podatelna@csu.cz"},
        **extra,
    )
    return build_app(settings, sources={})
