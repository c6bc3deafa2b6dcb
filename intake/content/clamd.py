"""A small clamd client: INSTREAM over a unix socket or TCP (the clamd protocol, no library).

``zINSTREAM\\0``, then chunks of ``<uint32 big-endian length><bytes>``, then a zero length;
clamd answers ``stream: OK``, ``stream: <Name> FOUND`` or ``<message> ERROR``.
"""

from __future__ import annotations

import socket
import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol


class ScanStatus(StrEnum):
    CLEAN = "clean"
    INFECTED = "infected"
    ERROR = "error"
    """The scanner could not judge (size limit, engine error, unreachable)."""


@dataclass(frozen=True)
class ScanResult:
    status: ScanStatus
    signature: str | None = None
    detail: str = ""


class Scanner(Protocol):
    """Anything that scans bytes for malware."""

    def scan(self, data: bytes) -> ScanResult: ...


@dataclass(frozen=True)
class EngineVersion:
    """Which engine and signature database judged a component (kept in its scan record)."""

    engine: str
    """e.g. ``ClamAV 1.0.7``."""
    signatures: str | None
    """The signature database version and date, e.g. ``27500 (Mon Dec 18 08:23:01 2023)``;
    None when clamd does not say (a custom database without the official ``daily``)."""


def parse_version(reply: str) -> EngineVersion:
    """clamd's ``VERSION`` answer (``ClamAV 1.0.7/27500/Mon Dec 18 08:23:01 2023``)."""
    engine, _, rest = reply.strip().partition("/")
    number, _, date = rest.partition("/")
    signatures = f"{number.strip()} ({date.strip()})" if date else number.strip()
    return EngineVersion(engine.strip(), signatures or None)


class ClamdError(Exception):
    """clamd could not be reached or spoke nonsense."""


class ClamdScanner:
    """Scans through a running clamd. Give either ``socket_path`` or ``host`` (+ ``port``)."""

    def __init__(
        self,
        *,
        socket_path: Path | str | None = None,
        host: str | None = None,
        port: int = 3310,
        timeout: float = 60.0,
        chunk: int = 64 * 1024,
    ) -> None:
        if socket_path is None and host is None:
            raise ValueError("clamd needs a unix socket path or a TCP host")
        self.socket_path = str(socket_path) if socket_path is not None else None
        self.host, self.port = host, port
        self.timeout, self.chunk = timeout, chunk

    def __repr__(self) -> str:
        where = self.socket_path or f"{self.host}:{self.port}"
        return f"ClamdScanner({where})"

    def _connect(self) -> socket.socket:
        if self.socket_path is not None:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            target: str | tuple[str, int] = self.socket_path
        else:
            assert self.host is not None
            s = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET)
            target = (self.host, self.port)
        s.settimeout(self.timeout)
        try:
            s.connect(target)
        except OSError as exc:
            s.close()
            raise ClamdError(f"cannot connect to clamd at {target}: {exc}") from exc
        return s

    def _command(self, cmd: bytes, payload: bytes | None = None) -> str:
        with self._connect() as s:
            try:
                s.sendall(b"z" + cmd + b"\0")
                if payload is not None:
                    try:
                        for i in range(0, len(payload), self.chunk):
                            part = payload[i : i + self.chunk]
                            s.sendall(struct.pack("!L", len(part)) + part)
                        s.sendall(struct.pack("!L", 0))
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # clamd hung up early (size limit): its reply is still readable
                reply = b""
                while not reply.endswith(b"\0"):
                    buf = s.recv(4096)
                    if not buf:
                        break
                    reply += buf
            except OSError as exc:
                raise ClamdError(f"clamd conversation failed: {exc}") from exc
        if not reply:
            raise ClamdError("clamd closed the connection without answering")
        return reply.rstrip(b"\0").decode("utf-8", "replace")

    def ping(self) -> bool:
        try:
            return self._command(b"PING") == "PONG"
        except ClamdError:
            return False

    def version(self) -> str:
        return self._command(b"VERSION")

    def engine_version(self) -> EngineVersion:
        """The engine and signature versions (raises ClamdError when clamd is unreachable)."""
        return parse_version(self.version())

    def scan(self, data: bytes) -> ScanResult:
        """Scan bytes. Raises ClamdError when clamd cannot be asked at all."""
        reply = self._command(b"INSTREAM", data)
        return parse_reply(reply)


def parse_reply(reply: str) -> ScanResult:
    text = reply.split(": ", 1)[1] if reply.startswith("stream: ") else reply
    if text == "OK":
        return ScanResult(ScanStatus.CLEAN)
    if text.endswith(" FOUND"):
        return ScanResult(ScanStatus.INFECTED, text[: -len(" FOUND")].strip())
    return ScanResult(ScanStatus.ERROR, None, text)
