"""The commands: feed token add/list/revoke, feed key, allowlist export/profile, agent --once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.bootstrap import build_app
from intake.cli import main
from intake.config import load_settings
from intake.feed import minisign
from intake.web.app import create_app
from tests.fakes import FakeStages
from tests.feed.helpers import approve_new, serving


def write_config(tmp: Path, agent: str = "") -> Path:
    cfg = tmp / "podatelna.toml"
    cfg.write_text(
        'mode = "development"\n[database]\nurl = "sqlite:///var/p.db"\n'
        '[evidence]\ndir = "var/evidence"\n' + agent,
        encoding="utf-8",
    )
    return cfg


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    c = str(cfg)
    code, out = run(
        capsys, "--config", c, "feed", "token", "add", "feedhost", "--allow", "127.0.0.1"
    )
    token = out.strip()
    assert code == 0 and token.startswith("pdl_") and len(token) > 40
    code, out = run(capsys, "--config", c, "feed", "token", "list", "--json")
    rows = json.loads(out)
    assert rows[0]["name"] == "feedhost" and rows[0]["allowed_sources"] == ["127.0.0.1/32"]
    assert token not in out
    assert main(["--config", c, "feed", "token", "add", "feedhost"]) == 2  # duplicate name
    capsys.readouterr()

    code, pub = run(capsys, "--config", c, "feed", "key")
    public = minisign.load_public_key(pub)
    (tmp_path / "feed.pub").write_text(pub)
    (tmp_path / "token").write_text(token + "\n")

    app = build_app(load_settings(cfg), stages=FakeStages(), sources={})
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    code, out = run(
        capsys,
        "--config",
        c,
        "allowlist",
        "export",
        "--profile",
        "live",
        "--format",
        "text",
        "--signature",
        str(tmp_path / "x.minisig"),
    )
    assert out == "198.51.100.7\n"
    fields = minisign.verify(out.encode(), (tmp_path / "x.minisig").read_text(), public).fields()
    assert fields["profile"] == "live" and fields["version"] == "1"

    code, out = run(
        capsys, "--config", c, "allowlist", "profile", "set", "live", "--reason", "zkouška"
    )
    assert code == 0 and "new version 2 (live)" in out
    code, out = run(capsys, "--config", c, "allowlist", "profile", "show")
    assert "active: live (override: live" in out

    with serving(create_app(app)) as url:
        agent_cfg = write_config(
            tmp_path,
            f'[agent]\nurl = "{url}"\ntoken_file = "token"\npublic_key = "feed.pub"\n'
            f'format = "nginx"\ntarget = "out/allow.conf"\nstate_dir = "agent"\n'
            f'check_command = "test -s {{target}}"\nlisten = "127.0.0.1:0"\n',
        )
        code, _ = run(capsys, "--config", str(agent_cfg), "agent", "--once")
        assert code == 0
        applied = (tmp_path / "out" / "allow.conf").read_text()
        assert "allow 198.51.100.7;" in applied and "203.0.113.9" not in applied  # live
        code, _ = run(capsys, "--config", c, "feed", "token", "revoke", "feedhost")
        app.feed_server.invalidate()  # (another process's change is seen within refresh_seconds)
        assert main(["--config", str(agent_cfg), "agent", "--once"]) == 1  # 401 now
    app.close()
