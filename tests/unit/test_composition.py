"""The composition root: malware scanning fails closed in production, every collaborator is
wired once, and ``podatelna inspect`` builds the service's stages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from intake.bootstrap import build_app, build_stages
from intake.cli import main
from intake.commands.inspect import offline_stages
from intake.config import ContentConfig, load_settings
from intake.errors import ConfigurationError
from tests.fakes import FakeStages

SECRET = "s3cret-s3cret-s3cret-s3cret"


def production(tmp: Path, content: str = "") -> Path:
    """A production configuration file (no scanner unless ``content`` names one)."""
    cfg = tmp / "podatelna.toml"
    cfg.write_text(
        f'mode = "production"\n[web]\nsecret_key = "{SECRET}"\n'
        f'[database]\nurl = "sqlite:///{tmp}/p.db"\n[evidence]\ndir = "{tmp}/evidence"\n'
        f"[content]\n{content}",
        encoding="utf-8",
    )
    return cfg


def test_production_without_a_scanner_refuses_to_start(tmp_path: Path) -> None:
    settings = load_settings(production(tmp_path))
    with pytest.raises(ConfigurationError, match="no malware scanner configured"):
        build_app(settings, stages=FakeStages(), sources={})
    assert not (tmp_path / "p.db").exists()  # refused before touching the database


def test_the_refusal_is_one_clear_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--config", str(production(tmp_path)), "worker", "--once"])
    err = capsys.readouterr().err
    assert code != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "no malware scanner configured" in lines[0]
    assert "allow_unscanned" in lines[0] and "clamd_socket" in lines[0]


def test_allow_unscanned_starts_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(production(tmp_path, "allow_unscanned = true\n"))
    with caplog.at_level(logging.WARNING, logger="intake.bootstrap"):
        app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert app.unscanned and app.db_ok()
        assert any(
            "not scanned for malware" in r.getMessage() and "allow_unscanned" in r.getMessage()
            for r in caplog.records
        )
    finally:
        app.close()


def test_a_configured_scanner_starts_without_the_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = load_settings(production(tmp_path, 'clamd_socket = "run/clamd.ctl"\n'))
    with caplog.at_level(logging.WARNING, logger="intake.bootstrap"):
        app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert not app.unscanned
        assert not [r for r in caplog.records if "malware" in r.getMessage()]
    finally:
        app.close()


def test_development_without_a_scanner_still_starts(tmp_path: Path) -> None:
    settings = load_settings(
        None, base_dir=tmp_path, database={"url": f"sqlite:///{tmp_path}/p.db"}
    )
    assert settings.mode == "development" and not settings.content.scanner_configured
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert not app.unscanned
    finally:
        app.close()


def test_the_app_wires_feed_and_notices_once(tmp_path: Path) -> None:
    settings = load_settings(
        None, base_dir=tmp_path, database={"url": f"sqlite:///{tmp_path}/p.db"}
    )
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert app.service.events is app.events
        assert app.feed_server.service is app.feed
        assert app.loop_hooks[:2] == [app.feed.tick, app.notices]
        hooks = [type(h).__name__ for h in app.loop_hooks[2:]]
        assert hooks == ["CheckpointTask", "RescanTask", "method"]
        assert app.feed_server.flush_fetches in app.loop_hooks  # the tokens' last fetches
        assert app.notices.channels == {}  # neither [smtp] nor a reply data box
    finally:
        app.close()


def _facts(stages: Any) -> tuple[Any, ...]:
    scanner = stages.scanner
    return (
        stages.campaign,
        stages.content_policy,
        type(scanner),
        getattr(scanner, "socket_path", None),
        stages.office,
        type(stages.verifier),
    )


def test_inspect_builds_the_same_stages_as_the_service(tmp_path: Path) -> None:
    settings = load_settings(
        None,
        base_dir=tmp_path,
        content=ContentConfig(clamd_socket=Path("run/clamd.ctl"), max_depth=2).model_dump(),
        office={"databox_id": "abc1234", "domains": ["example.cz"]},
        source=[
            {
                "kind": "imap",
                "name": "mail",
                "host": "imap.example.cz",
                "username": "u",
                "trusted_mx": "mx.example.cz",
            }
        ],
    )
    service, inspect = build_stages(settings), offline_stages(settings, [], [])
    assert _facts(inspect) == _facts(service)
    assert service.office.databox_id == "abc1234"  # type: ignore[attr-defined]
    assert service.scanner.socket_path == str(tmp_path / "run/clamd.ctl")  # type: ignore[attr-defined]


def test_inspect_goes_through_build_stages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import intake.bootstrap as bootstrap

    calls: list[Any] = []
    real = bootstrap.build_stages

    def recording(settings: Any, **kw: Any) -> Any:
        calls.append((settings, kw))
        return real(settings, **kw)

    monkeypatch.setattr(bootstrap, "build_stages", recording)
    monkeypatch.chdir(tmp_path)
    eml = tmp_path / "a.eml"
    eml.write_bytes(
        b"From: a@example.cz\r\nTo: b@example.cz\r\nSubject: x\r\n"
        b"Date: Mon, 19 Dec 2022 10:00:00 +0100\r\n\r\nText\r\n"
    )
    assert main(["inspect", str(eml), "--json", "--trust-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    [(settings, kw)] = calls
    assert settings.trust.fetch_revocation is False  # offline
    assert list(kw["anchors_dirs_extra"]) == [tmp_path.resolve()]


def test_the_service_decides_receipt_times_with_each_sources_settings(tmp_path: Path) -> None:
    from datetime import timedelta

    from intake.receipt import ArrivalKind, ReceiptPolicy

    settings = load_settings(
        None,
        base_dir=tmp_path,
        database={"url": f"sqlite:///{tmp_path}/p.db"},
        source=[
            {"kind": "dropfolder", "name": "drop", "path": "in", "trusted_mx": "mx.a"},
            {"kind": "imap", "name": "mail", "host": "h", "username": "u", "trusted_mx": "mx.b",
             "max_receipt_skew": 600},
        ],
    )  # fmt: skip
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert app.service.receipt_policies == {
            "drop": ReceiptPolicy("mx.a", timedelta(hours=24), ArrivalKind.REGISTRATION),
            "mail": ReceiptPolicy("mx.b", timedelta(minutes=10), ArrivalKind.IMAP_INTERNALDATE),
        }
    finally:
        app.close()
