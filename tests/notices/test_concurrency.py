"""Several sender workers at once (threads, one engine each) on SQLite and PostgreSQL: every
notice is claimed by exactly one of them and delivered exactly once."""

from __future__ import annotations

import email
import email.policy
import threading
from collections import Counter
from pathlib import Path

from sqlmodel import col, select

from intake.bootstrap import build_app
from intake.config import load_settings
from intake.decisions import decide
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import Submission
from tests.fixtures.smtp import Sink
from tests.notices.conftest import NoticeStages, item, make_app, settings_kwargs


def test_concurrent_senders_deliver_each_notice_once(
    tmp_path: Path, smtp_sink: Sink, db_url: str
) -> None:
    kw = settings_kwargs(tmp_path, smtp_sink, None, None)
    kw["database"] = {"url": db_url}
    settings = load_settings(None, **kw)
    app = make_app(settings)
    app.service.ingest([item(n) for n in range(1, 13)])
    app.service.process_pending()
    with session_scope(app.engine) as s:
        for sub in s.exec(select(Submission)).all():
            decide(s, sub.id or 0, "approve", actor="referent", events=app.events)
    with session_scope(app.engine) as s:
        app.outbox.announce(s, "Schůzka", "Schůzka se koná v pondělí.", actor="referent")
        total = len(s.exec(select(Notice)).all())
    assert total == 12 * 4  # receipt, result, approval, announcement

    workers = [build_app(settings, stages=NoticeStages(), sources={}) for _ in range(3)]
    counts: list[int] = []
    errors: list[BaseException] = []

    def work(w: object) -> None:
        try:
            counts.append(w.notices.run_once(limit=total))  # type: ignore[attr-defined]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sum(counts) == total
    keys = Counter(
        str(
            email.message_from_bytes(e.original_content or b"", policy=email.policy.default)[
                "X-Podatelna-Notice"
            ]
        )
        for e in smtp_sink.messages
    )
    assert len(keys) == total and set(keys.values()) == {1}
    with session_scope(app.engine) as s:
        assert {n.status for n in s.exec(select(Notice)).all()} == {"sent"}
        assert all(
            n.attempts == 1
            for n in s.exec(select(Notice).where(col(Notice.status) == "sent")).all()
        )
    for w in workers:
        w.close()
    app.close()
