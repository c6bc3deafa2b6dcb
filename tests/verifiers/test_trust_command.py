"""``podatelna trust refresh --from DIR`` / ``trust status`` through the real CLI entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from intake.cli import main
from tests.fixtures.common import shared_path


def test_refresh_from_dir_then_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref = shared_path("reference", "sigtests", "eu-trusted-lists")
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ref / "eu-lotl-seq388-2026-05-22.xml", src)
    shutil.copy(ref / "TSL_CZ-seq141-2023-10-13.xtsl", src)
    cfg = tmp_path / "podatelna.toml"
    cfg.write_text('mode = "development"\n[trust]\ntl_cache_dir = "tl"\n', encoding="utf-8")
    assert main(["--config", str(cfg), "trust", "status"]) == 1  # nothing cached yet
    assert (
        main(["--config", str(cfg), "trust", "refresh", "--from", str(src), "--territory", "CZ"])
        == 0
    )
    assert "CZ #141" in capsys.readouterr().out
    assert (tmp_path / "tl" / "current" / "manifest.json").is_file()
    rc = main(["--config", str(cfg), "trust", "status", "--json"])
    st = json.loads(capsys.readouterr().out)
    assert rc == 3 and st["fresh"] is False  # the 2023 list is long past its NextUpdate
    assert st["lotl_sequence"] == 388 and st["lists"][0]["territory"] == "CZ"
