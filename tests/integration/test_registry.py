"""Storage on SQLite and PostgreSQL: registration once, gapless numbers, audit chain."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlmodel import select

from storage import audit, registry
from storage.db import session_scope
from storage.tables import AuditEntry, Submission

PRAGUE = ZoneInfo("Europe/Prague")


@pytest.fixture
def engine(db_engine: Any) -> Any:
    return db_engine


def _register(engine: Any, n: int, *, sha: str | None = None, when: datetime | None = None) -> Any:
    with session_scope(engine) as s:
        return registry.register(
            s,
            source="t",
            ref=f"r{n}",
            channel="email",
            sha256=sha or f"{n:064x}",
            size=n,
            received_at=when or datetime(2022, 12, 1, 12, 0, tzinfo=PRAGUE),
            number_format="CSU-EP/{year}/{number:06d}",
            tz=PRAGUE,
        )


def test_numbers_are_sequential_per_year_and_registration_is_idempotent(engine: Any) -> None:
    a = _register(engine, 1)
    b = _register(engine, 2)
    again = _register(engine, 1)
    same_bytes = _register(engine, 3, sha=f"{1:064x}")
    new_year = _register(engine, 4, when=datetime(2023, 1, 1, 0, 30, tzinfo=PRAGUE))
    assert a.created and b.created and not again.created and not same_bytes.created
    assert a.submission.registry_number == "CSU-EP/2022/000001"
    assert b.submission.registry_number == "CSU-EP/2022/000002"
    assert again.submission.id == a.submission.id
    assert new_year.submission.registry_number == "CSU-EP/2023/000001"
    with session_scope(engine) as s:
        assert len(s.exec(select(Submission)).all()) == 3


def test_year_boundary_uses_prague_time(engine: Any) -> None:
    # 2022-12-31 23:30 UTC is already 2023 in Prague
    r = _register(engine, 9, when=datetime(2022, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")))
    assert r.submission.registry_year == 2023


def test_received_at_round_trips_aware_utc(engine: Any) -> None:
    r = _register(engine, 5, when=datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE))
    with session_scope(engine) as s:
        row = s.get(Submission, r.submission.id)
        assert row is not None and row.received_at.tzinfo is not None
        assert row.received_at == datetime(2022, 12, 23, 22, 59, 59, tzinfo=ZoneInfo("UTC"))


def test_audit_chain_detects_a_modified_row(engine: Any) -> None:
    for i in range(3):
        _register(engine, 10 + i)
    with session_scope(engine) as s:
        assert list(audit.verify_chain(s)) == []
        target = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()[1]  # type: ignore[arg-type]
        tid = target.id
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = :i"), {"i": tid})
    with session_scope(engine) as s:
        breaks = list(audit.verify_chain(s))
    assert [b.entry_id for b in breaks] == [tid]


def test_audit_chain_detects_a_deleted_row(engine: Any) -> None:
    for i in range(3):
        _register(engine, 20 + i)
    with session_scope(engine) as s:
        rows = s.exec(select(AuditEntry).order_by(AuditEntry.id)).all()  # type: ignore[arg-type]
        victim = rows[1].id
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :i"), {"i": victim})
    with session_scope(engine) as s:
        assert any("link" in b.reason for b in audit.verify_chain(s))


def test_migrations_match_models(engine: Any) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_batch_registration_numbers_duplicates_and_years(engine: Any) -> None:
    first = _register(engine, 1)
    items = [
        registry.Incoming(
            "t",
            "r1",
            "email",
            f"{1:064x}",
            1,  # known already (same ref)
            datetime(2022, 12, 1, tzinfo=PRAGUE),
            {},
        ),
        registry.Incoming(
            "t", "r2", "email", f"{2:064x}", 2, datetime(2022, 12, 2, tzinfo=PRAGUE), {}
        ),
        registry.Incoming(
            "t",
            "r3",
            "email",
            f"{2:064x}",
            2,  # same bytes as r2 in the batch
            datetime(2022, 12, 2, tzinfo=PRAGUE),
            {},
        ),
        registry.Incoming(
            "t", "r4", "email", f"{4:064x}", 4, datetime(2023, 1, 2, tzinfo=PRAGUE), {}
        ),
        registry.Incoming(
            "t", "r5", "email", f"{5:064x}", 5, datetime(2022, 12, 3, tzinfo=PRAGUE), {}
        ),
    ]
    with session_scope(engine) as s:
        out = registry.register_many(s, items, number_format="N/{year}/{number}", tz=PRAGUE)
        created = [(r.created, r.submission.registry_number) for r in out]
    assert created == [
        (False, first.submission.registry_number),
        (True, "N/2022/2"),
        (False, "N/2022/2"),
        (True, "N/2023/1"),
        (True, "N/2022/3"),
    ]
    with session_scope(engine) as s:
        assert list(audit.verify_chain(s)) == []
        assert len(s.exec(select(Submission)).all()) == 4
