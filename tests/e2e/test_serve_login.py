"""Through the real ``podatelna serve`` HTTP server: no ``Server`` header names the software,
and ``X-Forwarded-For`` counts only from ``[web] trusted_proxies`` (a header from any other
peer is ignored, so a client cannot pick its address for the audit or the slow-down)."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from tests.e2e.test_serve import wait_http
from tests.fixtures.common import free_port

PASSWORD = "kůň-pije-vodu-z-řeky"


def _serve(tmp: Path, trusted: str) -> tuple[subprocess.Popen[bytes], str]:
    cfg = tmp / "podatelna.toml"
    cfg.write_text(f'mode = "development"\n[web]\ntrusted_proxies = [{trusted}]\n')
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    cmd = [sys.executable, "-m", "intake", "--config", str(cfg)]
    proc = subprocess.Popen(
        [*cmd, "serve", "--no-poll", "--listen", f"127.0.0.1:{port}"],
        cwd=tmp,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    return proc, f"http://127.0.0.1:{port}"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def _wrong_login(base: str, forwarded_for: str) -> httpx.Response:
    with httpx.Client(base_url=base, headers={"X-Forwarded-For": forwarded_for}) as c:
        page = c.get("/ui/login")
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
        assert token, page.text
        return c.post(
            "/ui/login",
            data={"username": "spravce", "password": "spatne-heslo", "csrf_token": token[1]},
        )


def _login_ips(tmp: Path) -> list[str]:
    with sqlite3.connect(tmp / "var" / "podatelna.db") as db:
        rows = db.execute(
            "SELECT data FROM audit_entry WHERE action = 'user.login_failed' ORDER BY id"
        ).fetchall()
    return [json.loads(r[0])["ip"] for r in rows]


def test_no_server_header_and_forwarded_for_only_from_trusted_proxies(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text(PASSWORD + "\n")
    (tmp_path / "podatelna.toml").write_text('mode = "development"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}
    subprocess.run(
        [sys.executable, "-m", "intake", "--config", "podatelna.toml", "user", "add"]
        + ["spravce", "--role", "admin", "--password-file", "pw"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    for trusted in ('"127.0.0.1"', '"192.0.2.0/24"'):  # the loopback peer is a proxy, then not
        proc, base = _serve(tmp_path, trusted)
        try:
            health = wait_http(base + "/healthz", proc)
            assert health.status_code == 200 and "server" not in health.headers
            r = _wrong_login(base, "203.0.113.9")
            assert r.status_code == 401 and "server" not in r.headers
            assert "Nesprávné jméno nebo heslo." in r.text
        finally:
            _stop(proc)
    assert _login_ips(tmp_path) == ["203.0.113.9", "127.0.0.1"]
