"""The audit page's chain monitor: appended entries are checked at once, the whole chain at
least every ``full_seconds``; a break, once seen, keeps every view recomputing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from intake.web.chain import ChainMonitor
from storage import audit
from storage.db import make_engine, session_scope, upgrade_database


def test_monitor_checks_new_entries_at_once_and_the_whole_chain_periodically(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/r.db")
    upgrade_database(engine)
    now = [0.0]
    monitor = ChainMonitor(full_seconds=60.0, clock=lambda: now[0])

    def append(n: int) -> None:
        with session_scope(engine) as s:
            for i in range(n):
                audit.append(s, actor="t", action="test", subject_id=i)

    def status() -> tuple[int, int]:
        with session_scope(engine) as s:
            st = monitor.status(s)
            return len(st.breaks), st.checked

    append(5)
    assert status() == (0, 5)
    append(3)
    assert status() == (0, 8)  # the new ones, linked to the last checked one
    with engine.begin() as c:  # an appended entry forged: caught by the incremental check
        c.execute(
            text(
                "INSERT INTO audit_entry (at, actor, action, subject_type, subject_id,"
                " data, prev_hash, hash) SELECT at, actor, action, subject_type,"
                " subject_id, data, hash, 'x' || substr(hash, 2) FROM audit_entry WHERE id = 8"
            )
        )
    assert status()[0] == 1
    with engine.begin() as c:
        c.execute(text("DELETE FROM audit_entry WHERE id = 9"))
    assert status() == (0, 8)  # a break forces whole recomputations until it is gone
    with engine.begin() as c:  # an old entry changed: seen at the next whole recomputation
        c.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    assert status() == (0, 8)
    now[0] = 61.0
    assert status() == (1, 8)
    engine.dispose()
