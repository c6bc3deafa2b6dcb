"""Audit entries linked at the end of a transaction (``audit.deferred``) and the claim that
follows one submission (``registry.claim(prefer=…)``), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, func, select

from storage import audit, registry
from storage.db import session_scope
from storage.tables import AuditEntry

PRAGUE = ZoneInfo("Europe/Prague")


@pytest.fixture
def engine(db_engine: Any) -> Any:
    return db_engine


def _actions(engine: Any) -> list[str]:
    with session_scope(engine) as s:
        return list(s.exec(select(AuditEntry.action).order_by(col(AuditEntry.id))).all())


def _breaks(engine: Any) -> list[audit.ChainBreak]:
    with session_scope(engine) as s:
        return list(audit.verify_chain(s))


def test_deferred_entries_are_linked_in_order_when_the_block_ends(engine: Any) -> None:
    with session_scope(engine) as s:
        audit.append(s, actor="t", action="before")
        with audit.deferred(s):
            audit.append(s, actor="t", action="one")
            audit.append(s, actor="t", action="two", data={"n": 2})
            count = s.exec(select(func.count()).select_from(AuditEntry)).one()
            assert count == 1  # held back: nothing of the block is in the table yet
        audit.append(s, actor="t", action="after")
    assert _actions(engine) == ["before", "one", "two", "after"]
    assert _breaks(engine) == []


def test_a_block_left_by_an_exception_drops_its_entries(engine: Any) -> None:
    with session_scope(engine) as s:
        with audit.deferred(s):
            audit.append(s, actor="t", action="kept")
            with pytest.raises(RuntimeError), audit.deferred(s):  # nested: only its own go
                audit.append(s, actor="t", action="dropped-inner")
                raise RuntimeError("stage failed")
            audit.append(s, actor="t", action="kept-too")
        with pytest.raises(RuntimeError), audit.deferred(s):
            audit.append(s, actor="t", action="dropped-outer")
            raise RuntimeError("stage failed")
        audit.append(s, actor="t", action="failure recorded")
    assert _actions(engine) == ["kept", "kept-too", "failure recorded"]
    assert _breaks(engine) == []


def test_concurrent_deferred_transactions_extend_one_chain(engine: Any) -> None:
    """PostgreSQL: the chain lock orders the links; SQLite: BEGIN IMMEDIATE orders whole
    transactions. Either way the writers extend one valid chain."""
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for i in range(15):
                with session_scope(engine) as s, audit.deferred(s):
                    audit.append(s, actor=f"w{k}", action="a", data={"i": i})
                    audit.append(s, actor=f"w{k}", action="b", data={"i": i})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with session_scope(engine) as s:
        rows = s.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
    assert len(rows) == 4 * 15 * 2
    # each transaction's two entries are adjacent in the chain
    pairs = [(r.actor, r.data["i"], r.action) for r in rows]
    assert all(
        a[:2] == b[:2] and (a[2], b[2]) == ("a", "b")
        for a, b in zip(pairs[::2], pairs[1::2], strict=True)
    )
    assert _breaks(engine) == []


def _register(engine: Any, n: int) -> int:
    with session_scope(engine) as s:
        reg = registry.register(
            s,
            source="t",
            ref=f"r{n}",
            channel="email",
            sha256=f"{n:064x}",
            size=n,
            received_at=datetime(2022, 12, 1, 12, 0, tzinfo=PRAGUE) + timedelta(minutes=n),
            number_format="CSU-EP/{year}/{number:06d}",
            tz=PRAGUE,
        )
        return reg.submission.id or 0


def test_claim_prefers_the_followed_submission_else_the_oldest(engine: Any) -> None:
    first, second = _register(engine, 1), _register(engine, 2)
    states = ["received"]
    with session_scope(engine) as s:
        assert [c.id for c in registry.claim(s, states, prefer=second)] == [second]
    with session_scope(engine) as s:
        assert [c.id for c in registry.claim(s, states, prefer=None)] == [first]
    with session_scope(engine) as s:  # no longer in a claimable state: the oldest instead
        assert [c.id for c in registry.claim(s, ["checked"], prefer=second)] == []
    if engine.dialect.name != "postgresql":
        return
    with session_scope(engine) as holder:  # another worker holds the followed one
        assert [c.id for c in registry.claim(holder, states, prefer=second)] == [second]
        with session_scope(engine) as s:
            assert [c.id for c in registry.claim(s, states, prefer=second)] == [first]
