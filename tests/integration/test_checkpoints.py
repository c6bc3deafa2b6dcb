"""Audit checkpoints kept outside the database: a checkpoint file that is truncated or edited is
detected, seals (office seal CMS, RFC 3161 time-stamp) cover every line, and the service loop
writes a checkpoint when one is due."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake.cli import main
from tests.integration.test_tamper import _file
from tests.notices.conftest import SealPki, seal_pki, tsa_url  # noqa: F401  (fixtures)

CHECKPOINTS = Path("var") / "audit-checkpoints.jsonl"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().out.strip().splitlines()


def _two_checkpoints(capsys: pytest.CaptureFixture[str]) -> list[str]:
    _file(2)
    assert _run(capsys, "audit", "checkpoint")[0] == 0
    code, out = _run(capsys, "audit", "checkpoint")
    assert code == 0 and out[0].startswith("audit: no checkpoint needed"), out
    _file(2, start=2)
    assert _run(capsys, "audit", "checkpoint")[0] == 0
    code, out = _run(capsys, "audit", "verify")
    assert code == 0 and "2 checkpoint(s)" in out[-1], out
    return CHECKPOINTS.read_text().splitlines()


def test_a_truncated_checkpoint_file_is_detected(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _two_checkpoints(capsys)
    CHECKPOINTS.write_text(lines[0] + "\n")
    code, out = _run(capsys, "audit", "verify")
    assert code == 1 and out[-1].endswith("1 finding(s)"), out
    anchored = json.loads(lines[1])["entry_id"]
    assert out[0].startswith("CHECKPOINT audit entry ")
    assert f"records a checkpoint of entry {anchored} that the checkpoint file no longer holds" in (
        out[0]
    )


def test_a_checkpoint_file_missing_its_first_line_is_detected(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _two_checkpoints(capsys)
    CHECKPOINTS.write_text(lines[1] + "\n")
    code, out = _run(capsys, "audit", "verify")
    assert code == 1
    assert "CHECKPOINT checkpoint line 1: not linked to the line before" in out[0], out


def test_an_edited_checkpoint_line_is_detected(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _two_checkpoints(capsys)
    first = json.loads(lines[0])
    first["hash"] = "0" * 64
    CHECKPOINTS.write_text(json.dumps(first) + "\n" + lines[1] + "\n")
    code, out = _run(capsys, "audit", "verify")
    assert code == 1
    text = "\n".join(out)
    assert f"line 1: audit entry {first['entry_id']} no longer has the anchored hash" in text
    assert "line 2: not linked to the line before" in text
    CHECKPOINTS.write_text("garbage\n" + lines[1] + "\n")
    code, out = _run(capsys, "audit", "verify")
    assert code == 1 and "CHECKPOINT checkpoint line 1: unreadable" in out[0]


def test_sealed_and_time_stamped_checkpoints(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seal_pki: SealPki,  # noqa: F811
    tsa_url: str,  # noqa: F811
) -> None:
    monkeypatch.setenv("PODATELNA_NOTICES__SEAL_CERTIFICATE", str(seal_pki.cert_file))
    monkeypatch.setenv("PODATELNA_NOTICES__SEAL_KEY", str(seal_pki.key_file))
    monkeypatch.setenv("PODATELNA_AUDIT__TSA_URL", tsa_url)
    _file(2)
    code, out = _run(capsys, "audit", "checkpoint")
    assert code == 0 and out[0].endswith("(cms, tst)"), out
    assert _run(capsys, "audit", "verify")[0] == 0
    line = json.loads(CHECKPOINTS.read_text())
    line["at"] = "2020-01-01T00:00:00+00:00"  # back-dated
    CHECKPOINTS.write_text(json.dumps(line) + "\n")
    code, out = _run(capsys, "audit", "verify")
    assert code == 1
    text = "\n".join(out)
    assert "line 1: seal does not match the checkpoint" in text
    assert "line 1: time-stamp does not match the checkpoint" in text


def test_the_service_loop_writes_a_checkpoint_when_due(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from tests.fakes import FakeStages

    monkeypatch.setenv("PODATELNA_AUDIT__CHECKPOINT_EVERY", "5")
    _file(2)  # 2 received + 8 state entries
    app = build_app(load_settings(None), stages=FakeStages(), sources={})
    try:
        from intake.auditlog import CheckpointTask

        (task,) = [h for h in app.loop_hooks if isinstance(h, CheckpointTask)]
        task()
        assert len(CHECKPOINTS.read_text().splitlines()) == 1
        task()  # the next look is a minute away
        assert len(CHECKPOINTS.read_text().splitlines()) == 1
    finally:
        app.close()
