"""The provisioning agent on the feed server's machine (``podatelna agent``).

Each cycle: a conditional GET of the allow-list (``If-None-Match``), verification of the
minisign signature with the configured public key (the trusted comment must name the
requested format and profile), refusal of any version older than the applied one (no
rollback), an atomic write of the target file, the check command, the reload command. On any
failure the last good list stays (the previous file is put back) and the failure shows in the
log and on the agent's ``/healthz``."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import shlex
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

from intake.feed import minisign
from intake.feed.render import Format

logger = logging.getLogger(__name__)


class AgentError(Exception):
    """A cycle that could not apply a list; the last good list stays."""


@dataclass(frozen=True)
class AgentOptions:
    url: str
    token: str
    public_key: minisign.PublicKey
    target: Path
    state_dir: Path
    format: Format = Format.NGINX
    profile: str | None = None
    check_command: str | None = None
    reload_command: str | None = None
    interval: float = 10.0
    timeout: float = 10.0
    command_timeout: float = 60.0


@dataclass
class Health:
    version: int | None = None
    applied_at: str | None = None
    last_success_at: str | None = None
    last_failure_at: str | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    cycles: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def ok(self) -> bool:
        return self.version is not None and self.consecutive_failures == 0

    def as_dict(self) -> dict[str, Any]:
        with self.lock:
            return {
                "status": "ok" if self.ok() else "failing",
                "version": self.version,
                "applied_at": self.applied_at,
                "last_success_at": self.last_success_at,
                "last_failure_at": self.last_failure_at,
                "last_error": self.last_error,
                "consecutive_failures": self.consecutive_failures,
                "cycles": self.cycles,
            }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so a reader sees the old or the new file, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


class Agent:
    def __init__(self, opts: AgentOptions, client: httpx.Client | None = None) -> None:
        self.opts = opts
        self.client = client or httpx.Client(timeout=opts.timeout)
        self.state_file = opts.state_dir / "state.json"
        self.state: dict[str, Any] = self._load_state()
        self.health = Health(
            version=self.state.get("version"), applied_at=self.state.get("applied_at")
        )

    def _load_state(self) -> dict[str, Any]:
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            # refusing to start would leave the server without a list source; an unreadable
            # state only loses rollback protection until the next apply — say so loudly
            logger.error(
                "agent state %s unreadable (%s); starting without it", self.state_file, exc
            )
            return {}

    def _target_current(self) -> bool:
        try:
            return _sha(self.opts.target.read_bytes()) == self.state.get("sha256")
        except OSError:
            return False

    # -- one cycle ------------------------------------------------------------------------------
    def cycle(self) -> str:
        """One poll; returns ``unchanged`` or ``applied``, or ``failed`` (logged, on /healthz)."""
        with self.health.lock:
            self.health.cycles += 1
        try:
            outcome = self._cycle()
        except (AgentError, httpx.HTTPError, OSError, minisign.SignatureError) as exc:
            msg = f"{type(exc).__name__}: {exc}" if not isinstance(exc, AgentError) else str(exc)
            logger.error(
                "allow-list not applied, keeping version %s: %s", self.state.get("version"), msg
            )
            with self.health.lock:
                self.health.consecutive_failures += 1
                self.health.last_error = msg
                self.health.last_failure_at = _now()
            return "failed"
        with self.health.lock:
            self.health.consecutive_failures = 0
            self.health.last_success_at = _now()
            self.health.version = self.state.get("version")
            self.health.applied_at = self.state.get("applied_at")
        return outcome

    def _cycle(self) -> str:
        o = self.opts
        params = {"format": str(o.format)}
        if o.profile:
            params["profile"] = o.profile
        headers = {"Authorization": f"Bearer {o.token}"}
        if self.state.get("etag") and self._target_current():
            headers["If-None-Match"] = str(self.state["etag"])
        resp = self.client.get(
            o.url.rstrip("/") + "/api/v1/allowlist", params=params, headers=headers
        )
        if resp.status_code == 304:
            return "unchanged"
        if resp.status_code != 200:
            raise AgentError(f"feed answered HTTP {resp.status_code}: {resp.text[:200]}")
        body = resp.content
        sig_b64 = resp.headers.get("x-allowlist-signature")
        if not sig_b64:
            raise AgentError("the list came without a signature")
        try:
            signature = base64.b64decode(sig_b64, validate=True).decode("utf-8")
        except ValueError as exc:
            raise AgentError("malformed signature header") from exc
        fields = minisign.verify(body, signature, o.public_key).fields()
        if fields.get("format") != o.format:
            raise AgentError(f"signed format {fields.get('format')!r}, expected {o.format!r}")
        if o.profile and fields.get("profile") != o.profile:
            raise AgentError(f"signed profile {fields.get('profile')!r}, expected {o.profile!r}")
        try:
            version = int(fields["version"])
        except (KeyError, ValueError) as exc:
            raise AgentError("the signature carries no version") from exc
        applied = self.state.get("version")
        digest = _sha(body)
        if applied is not None and version < int(applied):
            raise AgentError(f"refusing version {version}: older than applied {applied}")
        if applied is not None and version == int(applied):
            if digest != self.state.get("sha256"):
                raise AgentError(f"version {version} with content different from the applied")
            if self._target_current():
                self._save_state({**self.state, "etag": resp.headers.get("etag")})
                return "unchanged"
        self._apply(body)
        self._save_state(
            {
                "version": version,
                "sha256": digest,
                "etag": resp.headers.get("etag"),
                "profile": fields.get("profile"),
                "format": o.format,
                "signed_at": fields.get("timestamp"),
                "applied_at": _now(),
            }
        )
        atomic_write(o.state_dir / "last-good.list", body, 0o600)
        atomic_write(o.state_dir / "last-good.minisig", signature.encode(), 0o600)
        logger.warning(
            "allow-list version %s (%s, sha256 %s) applied to %s",
            version,
            fields.get("profile"),
            digest[:16],
            o.target,
        )
        return "applied"

    def _apply(self, body: bytes) -> None:
        o = self.opts
        try:
            old: bytes | None = o.target.read_bytes()
        except FileNotFoundError:
            old = None
        atomic_write(o.target, body)
        reloading = False
        try:
            if o.check_command:
                self._run("check", o.check_command)
            if o.reload_command:
                reloading = True
                self._run("reload", o.reload_command)
        except AgentError:
            self._restore(old, reload=reloading)
            raise

    def _restore(self, old: bytes | None, *, reload: bool) -> None:
        """Put the previous file back; after a failed reload, reload it again (best effort) in
        case the server half-applied the new one."""
        o = self.opts
        if old is None:
            o.target.unlink(missing_ok=True)
        else:
            atomic_write(o.target, old)
        if reload and o.reload_command and old is not None:
            try:
                self._run("reload (previous list)", o.reload_command)
            except AgentError as exc:
                logger.error("%s", exc)

    def _run(self, what: str, command: str) -> None:
        argv = [a.replace("{target}", str(self.opts.target)) for a in shlex.split(command)]
        try:
            r = subprocess.run(
                argv, capture_output=True, timeout=self.opts.command_timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise AgentError(f"{what} command failed: {exc}") from exc
        if r.returncode != 0:
            tail = (r.stderr or r.stdout).decode("utf-8", "replace").strip()[-300:]
            raise AgentError(f"{what} command exited {r.returncode}: {tail}")

    def _save_state(self, state: dict[str, Any]) -> None:
        atomic_write(self.state_file, json.dumps(state, indent=1).encode(), 0o600)
        self.state = state

    # -- running --------------------------------------------------------------------------------
    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self.cycle()
            stop.wait(self.opts.interval)

    def serve_health(self, listen: str) -> ThreadingHTTPServer:
        """``GET /healthz`` on ``host:port`` in a daemon thread: 200 when the last cycle
        succeeded and a list is applied, else 503 — with the details as JSON."""
        host, _, port = listen.rpartition(":")
        health = self.health

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                if self.path.split("?", 1)[0] != "/healthz":
                    self.send_error(404)
                    return
                body = json.dumps(health.as_dict()).encode()
                self.send_response(200 if health.ok() else 503)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        server = ThreadingHTTPServer((host or "127.0.0.1", int(port)), Handler)
        threading.Thread(target=server.serve_forever, name="agent-healthz", daemon=True).start()
        return server
