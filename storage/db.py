"""Engine and sessions. SQLite (WAL, writers serialised with BEGIN IMMEDIATE) or PostgreSQL."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from intake.errors import StorageError

logger = logging.getLogger(__name__)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine for ``url``; SQLite files get WAL, a busy timeout and BEGIN IMMEDIATE."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 60}
        )

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.close()
            # SQLite's own lower() folds ASCII only; PostgreSQL's folds "Č" too (searches)
            dbapi_conn.create_function("lower", 1, _lower, deterministic=True)

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # Serialise writers up front: a read-then-write transaction (registry counter,
            # audit chain) can then never fail half-way with SQLITE_BUSY_SNAPSHOT.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        # visible in pg_stat_activity: which process holds which lock
        connect_args={"application_name": f"podatelna:{os.getpid()}"},
    )


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade_database(engine: Engine, revision: str = "heads") -> None:
    """Apply Alembic migrations up to ``revision`` (idempotent). Each area (core, web, feed,
    notices) has its own migration branch from the core's first revision, hence ``heads``."""
    from alembic import command

    try:
        with _migration_lock(engine):
            command.upgrade(alembic_config(engine), revision)
            _backfill(engine)
    except SQLAlchemyError as exc:
        raise StorageError(f"database upgrade failed: {exc}") from exc


def _backfill(engine: Engine) -> None:
    """Data the schema's new columns need for rows written before them (run at upgrade,
    under the migration lock; nothing to do on a current registry)."""
    from sqlalchemy import inspect

    from storage import senders
    from storage.tables import utcnow

    if "sender_id" not in {c["name"] for c in inspect(engine).get_columns("submission")}:
        return  # upgraded to an older revision than the sender register
    with session_scope(engine) as s:
        linked = senders.backfill(s, utcnow())
    if linked:
        logger.info("sender register: %d earlier filings linked to sender records", linked)


MIGRATION_LOCK = 0x706F_6461_6D69_6772  # "podamigr": one migrating process at a time


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """On PostgreSQL, processes starting together (pollers, workers, web) migrate one after
    the other: the others wait, then find the schema current. (SQLite serialises writers.)"""
    if not is_postgres(engine):
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()


def current_revision(engine: Engine) -> str | None:
    """The applied revision(s): one per migration branch head, comma-separated."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
    return ", ".join(sorted(heads)) or None


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value
