"""``podatelna serve`` as a real process: /healthz, and the drop folder polled in the background."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx

from tests.fakes import eml
from tests.fixtures.common import free_port

ROOT = Path(__file__).resolve().parents[2]


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise AssertionError(f"server exited with {proc.returncode}")
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_answers_healthz_and_registers_dropped_mail(tmp_path: Path) -> None:
    port = free_port()
    cfg = tmp_path / "podatelna.toml"
    cfg.write_text(
        'mode = "development"\n[worker]\npoll_seconds = 0.5\n'
        '[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "var/inbox"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "intake",
            "--config",
            str(cfg),
            "serve",
            "--listen",
            f"127.0.0.1:{port}",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        r = wait_http(f"http://127.0.0.1:{port}/healthz", proc)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        new = tmp_path / "var" / "inbox" / "new"
        deadline = time.monotonic() + 30
        while not new.is_dir():
            assert time.monotonic() < deadline
            time.sleep(0.1)
        (tmp_path / "var" / "inbox" / "tmp" / "a.eml").write_bytes(eml(7))
        os.replace(tmp_path / "var" / "inbox" / "tmp" / "a.eml", new / "a.eml")
        deadline = time.monotonic() + 60
        while not (tmp_path / "var" / "inbox" / "cur" / "a.eml").exists():
            assert time.monotonic() < deadline, "the drop folder was not polled"
            time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    out = subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(cfg), "submissions", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = json.loads(out.stdout)
    assert [r["source_ref"] for r in rows] == ["a.eml"]


def test_import_twice_gives_one_submission(tmp_path: Path) -> None:
    f = tmp_path / "application.eml"
    f.write_bytes(eml(3))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    run = [sys.executable, "-m", "intake"]
    first = subprocess.run(
        [*run, "import", str(f)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    second = subprocess.run(
        [*run, "import", str(f)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    # a manual import is received when it is registered, whatever its Received header says
    year = datetime.now(ZoneInfo("Europe/Prague")).year
    assert f"registered as CSU-EP/{year}/000001" in first.stdout
    assert f"already registered as CSU-EP/{year}/000001" in second.stdout
    rows = json.loads(
        subprocess.run(
            [*run, "submissions", "--json"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert len(rows) == 1 and rows[0]["registry_number"] == f"CSU-EP/{year}/000001"
    assert rows[0]["state"] == "late"  # processed to completion (the 2022 deadline has passed)
