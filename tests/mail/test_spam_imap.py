"""Spam through IMAP against the real Dovecot (tests/fixtures/imap.py): a message the trusted
relay marked is stored byte-for-byte, kept without a registry number and moved to Processed
only after it is recorded; a mark the sender wrote himself diverts nothing; an officer's
release registers it with the receipt time it arrived with."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

from intake import spam
from intake.bootstrap import build_app
from intake.config import load_settings
from storage import spam as store
from storage.db import session_scope
from storage.tables import SpamMessage, Submission
from tests.fakes import FakeStages, eml
from tests.fixtures.imap import Dovecot
from tests.spammail import RELAY, spam_eml


def test_spam_from_imap_is_kept_then_moved_and_released(dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.add_user()
    marked, own, filing = spam_eml(1), spam_eml(2, above=None, below="YES"), eml(3)
    dovecot.append(user, [marked, own, filing])
    settings = load_settings(
        None,
        mode="development",
        base_dir=tmp_path,
        database={"url": f"sqlite:///{tmp_path}/reg.db"},
        source=[
            {
                "kind": "imap",
                "name": "podatelna",
                "host": dovecot.host,
                "port": dovecot.port,
                "security": "plain",
                "username": user,
                "password": dovecot.password,
                "trusted_mx": RELAY,
                "idle": False,
            }
        ],
    )
    app = build_app(settings, stages=FakeStages())
    src = app.source_factories["podatelna"]()
    order: list[tuple[str, bool]] = []
    ack = src.acknowledge

    def acknowledge(ref: str) -> None:  # recorded before the source may move it
        with session_scope(app.engine) as s:
            sha = hashlib.sha256(marked).hexdigest()
            order.append((ref, store.find(s, source="podatelna", ref=ref, sha256=sha) is not None))
        ack(ref)

    src.acknowledge = acknowledge  # type: ignore[method-assign]
    try:
        report = app.service.poll_source(src)
    finally:
        src.close()
    assert (report.registered, report.spam, report.failed) == (2, 1, 0)
    assert order[0][1] is True  # the first message (the marked one) was kept before its MOVE
    assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 3
    with session_scope(app.engine) as s:
        (m,) = s.exec(select(SpamMessage)).all()
        filings = s.exec(select(Submission)).all()
    assert app.evidence.get(m.sha256) == marked
    assert m.received_at == datetime(2022, 12, 19, 9, 0, tzinfo=UTC)
    assert sorted(f.sha256 for f in filings) == sorted(
        hashlib.sha256(b).hexdigest() for b in (own, filing)
    )
    with session_scope(app.engine) as s:
        reg = spam.release(
            s, app.events, app.settings.campaign, m.id or 0, actor="jana", at=datetime.now(UTC)
        )
    assert reg.submission.received_at == m.received_at
    assert reg.submission.registry_number == "CSU-EP/2022/000003"
    app.close()
