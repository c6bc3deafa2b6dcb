"""One active poller per source account across processes and machines.

On PostgreSQL a session-level advisory lock (``pg_try_advisory_lock``) on a dedicated
connection: held while the process lives, released by the server the moment the process dies,
so a standby poller takes over on its next attempt. On SQLite (one machine) an ``flock`` on a
lock file next to the database does the same.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

logger = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (PostgreSQL advisory locks take bigint)."""
    return int.from_bytes(
        hashlib.sha256(b"podatelna-source:" + name.encode()).digest()[:8], "big", signed=True
    )


class SourceLease:
    """Try to become the one poller of ``name``; ``held`` says whether we are."""

    def __init__(self, engine: Engine, name: str, lock_dir: Path) -> None:
        self.engine = engine
        self.name = name
        self.lock_dir = lock_dir
        self._conn: Any = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None or self._fd is not None

    def try_acquire(self) -> bool:
        if self.held:
            return True
        if self.engine.dialect.name == "postgresql":
            try:
                conn = self.engine.connect()
            except SQLAlchemyError as exc:  # database down: stand by, try again later
                logger.warning("cannot take the poller lease of %s: %s", self.name, exc)
                return False
            try:
                got = conn.execute(
                    text("SELECT pg_try_advisory_lock(:k)"), {"k": lock_key(self.name)}
                ).scalar()
                conn.commit()
            except SQLAlchemyError as exc:
                logger.warning("cannot take the poller lease of %s: %s", self.name, exc)
                got = False
            if got:
                self._conn = conn
            else:
                conn.close()
        else:
            self.lock_dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(
                self.lock_dir / f"{hashlib.sha256(self.name.encode()).hexdigest()[:16]}.lock",
                os.O_RDWR | os.O_CREAT,
                0o600,
            )
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._fd = fd
            except BlockingIOError:
                os.close(fd)
        if self.held:
            logger.info("this process is now the poller of source %s", self.name)
        return self.held

    def still_held(self) -> bool:
        """For PostgreSQL: check the lock connection is alive (a restarted server drops it)."""
        if self._conn is None:
            return self._fd is not None
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
            return True
        except Exception:
            logger.warning("lost the poller lease of %s", self.name)
            self._conn = None
            return False

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute(
                    text("SELECT pg_advisory_unlock(:k)"), {"k": lock_key(self.name)}
                )
                self._conn.commit()
                self._conn.close()
            except Exception:  # the server may be gone; closing releases the lock anyway
                pass
            self._conn = None
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
