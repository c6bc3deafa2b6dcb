"""Spam kept, not registered, released by an officer (intake/spam.py, storage/spam.py) through
a real drop folder: stored byte-for-byte, recorded, then acknowledged; no registry number; a
sender's own mark diverts nothing; a release registers it with its original receipt time and
it is processed like any filing; a dismissal keeps it; both audited with who and when."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from intake import spam
from intake.bootstrap import App, build_app
from intake.config import load_settings
from intake.errors import UsageError
from intake.model import Channel, RawItem, Source
from storage import audit
from storage import spam as store
from storage.db import session_scope
from storage.references import referenced_blobs
from storage.tables import AuditEntry, SpamMessage, Submission, utcnow
from tests.fakes import FakeStages, eml
from tests.spammail import RELAY, spam_eml

ARRIVED = datetime(2022, 12, 19, 9, 0, tzinfo=UTC)  # tests.spammail.ARRIVED


def make_app(tmp_path: Path, **source: Any) -> App:
    settings = load_settings(
        None,
        mode="development",
        base_dir=tmp_path,
        database={"url": f"sqlite:///{tmp_path}/reg.db"},
        source=[
            {"kind": "dropfolder", "name": "drop", "path": "inbox", "trusted_mx": RELAY, **source}
        ],
    )
    return build_app(settings, stages=FakeStages())


def drop(tmp_path: Path, name: str, data: bytes) -> None:
    for sub in ("tmp", "new"):
        (tmp_path / "inbox" / sub).mkdir(parents=True, exist_ok=True)
    (tmp_path / "inbox" / "tmp" / name).write_bytes(data)
    os.replace(tmp_path / "inbox" / "tmp" / name, tmp_path / "inbox" / "new" / name)


class Watched:
    """A source that checks, at each acknowledgement, that the item is already stored and
    recorded (the durability order: stored, recorded, then acknowledged)."""

    def __init__(self, inner: Source, app: App) -> None:
        self.inner, self.app, self.name = inner, app, inner.name
        self.seen: dict[str, tuple[bool, bool]] = {}
        self.data: dict[str, bytes] = {}

    def poll(self) -> Any:
        for thing in self.inner.poll():
            if isinstance(thing, RawItem):
                self.data[thing.ref] = thing.data
            yield thing

    def acknowledge(self, ref: str) -> None:
        import hashlib

        sha = hashlib.sha256(self.data[ref]).hexdigest()
        with session_scope(self.app.engine) as s:
            recorded = store.find(s, source=self.name, ref=ref, sha256=sha) is not None
        self.seen[ref] = (self.app.evidence.get(sha) == self.data[ref], recorded)
        self.inner.acknowledge(ref)

    def close(self) -> None:
        self.inner.close()


def _rows(app: App) -> tuple[list[SpamMessage], list[Submission]]:
    with session_scope(app.engine) as s:
        return list(s.exec(select(SpamMessage)).all()), list(s.exec(select(Submission)).all())


def test_spam_is_stored_recorded_acknowledged_and_not_registered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    src = app.source_factories["drop"]()
    drop(tmp_path, "a-spam.eml", spam_eml(1))
    drop(tmp_path, "b-own-mark.eml", spam_eml(2, above=None, below="YES"))
    drop(tmp_path, "c-filing.eml", eml(3))
    watched = Watched(src, app)
    report = app.service.poll_source(watched)
    assert (report.registered, report.spam, report.duplicates) == (2, 1, 0)
    assert watched.seen["a-spam.eml"] == (True, True)
    assert sorted(p.name for p in (tmp_path / "inbox" / "cur").iterdir()) == [
        "a-spam.eml",
        "b-own-mark.eml",
        "c-filing.eml",
    ]
    kept, filings = _rows(app)
    (m,) = kept
    assert app.evidence.get(m.sha256) == spam_eml(1)  # byte for byte
    assert (m.source, m.source_ref, m.status, m.submission_id) == (
        "drop",
        "a-spam.eml",
        "held",
        None,
    )
    assert m.received_at == ARRIVED
    assert m.mark == {"header": "X-Spam-Flag", "value": "YES", "relay": RELAY}
    assert m.sender == "Obchodník 1 <obchod1@odesilatel.example>"
    assert m.subject == "Výhodná nabídka" and m.preview.startswith("Kupte si naše zboží")
    # the sender's own mark did not divert his message: it is a filing with a number
    assert sorted(f.source_ref for f in filings) == ["b-own-mark.eml", "c-filing.eml"]
    assert all(f.registry_number.startswith("CSU-EP/2022/") for f in filings)
    assert m.sha256 not in {f.sha256 for f in filings}
    with session_scope(app.engine) as s:
        # `podatelna evidence verify` checks the kept original is still in the store
        assert (m.sha256, f"kept spam message {m.id}") in {
            (r.sha256, r.holder) for r in referenced_blobs(s)
        }
        entry = s.exec(select(AuditEntry).where(col(AuditEntry.action) == store.KEPT)).one()
        assert (entry.subject_type, entry.subject_id, entry.actor) == (
            "spam",
            str(m.id),
            "system:intake",
        )
    app.close()


def test_a_repeated_delivery_is_kept_once(tmp_path: Path) -> None:
    """A crash after the record and before the acknowledgement: the item comes again."""
    app = make_app(tmp_path)
    src = app.source_factories["drop"]()
    drop(tmp_path, "a.eml", spam_eml(1))
    first = app.service.poll_source(src)
    drop(tmp_path, "a.eml", spam_eml(1))  # back in new/: the acknowledgement was lost
    drop(tmp_path, "a-copy.eml", spam_eml(1))  # the same bytes under another name
    again = app.service.poll_source(src)
    assert (first.spam, again.spam, again.duplicates) == (1, 0, 2)
    kept, filings = _rows(app)
    assert len(kept) == 1 and filings == []
    assert not list((tmp_path / "inbox" / "new").iterdir())
    app.close()


def test_without_a_trusted_relay_or_with_the_diversion_off_everything_is_registered(
    tmp_path: Path,
) -> None:
    for n, (sub, source) in enumerate(
        (("no-relay", {"trusted_mx": None}), ("off", {"spam_values": []}))
    ):
        d = tmp_path / sub
        d.mkdir()
        app = make_app(d, **source)
        drop(d, "a.eml", spam_eml(n))
        report = app.service.poll_source(app.source_factories["drop"]())
        assert (report.registered, report.spam) == (1, 0)
        app.close()


def test_manual_import_is_always_registered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    (reg,) = app.service.ingest([RawItem("drop", "x", spam_eml(1), channel=Channel.EMAIL)])
    assert reg.created and reg.submission.registry_number
    app.close()


def test_release_registers_with_the_original_receipt_time_and_processes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drop(tmp_path, "filing.eml", eml(1))
    drop(tmp_path, "spam.eml", spam_eml(2, received="Mon, 19 Dec 2022 10:00:00 +0100"))
    app.service.poll_source(app.source_factories["drop"]())
    (m,), _ = _rows(app)
    later = datetime(2023, 1, 5, 8, 0, tzinfo=UTC)
    with session_scope(app.engine) as s:
        reg = spam.release(s, app.events, app.settings.campaign, m.id or 0, actor="jana", at=later)
    sub = reg.submission
    assert reg.created and sub.received_at == ARRIVED  # not the release time
    assert sub.registry_number == "CSU-EP/2022/000002"  # the year of receipt, gapless
    assert (sub.source, sub.source_ref, sub.sha256) == ("drop", "spam.eml", m.sha256)
    assert sub.meta["spam"]["released_by"] == "jana" and sub.meta["spam"]["header"] == "X-Spam-Flag"
    app.service.process_pending()
    with session_scope(app.engine) as s:
        row = s.get(SpamMessage, m.id)
        filing = s.get(Submission, sub.id)
        assert row is not None and filing is not None
        assert (row.status, row.decided_by, row.decided_at, row.submission_id) == (
            "released",
            "jana",
            later,
            sub.id,
        )
        assert filing.state == "ready_for_review"  # processed like any filing
        trail = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.action).in_([store.RELEASED, store.RELEASED_FILING])
            )
        ).all()
        assert sorted((e.action, e.actor, e.subject_type, e.at) for e in trail) == [
            (store.RELEASED, "jana", "spam", later),
            (store.RELEASED_FILING, "jana", "submission", later),
        ]
        assert list(audit.verify_chain(s)) == []
    with pytest.raises(UsageError), session_scope(app.engine) as s:
        spam.release(s, app.events, app.settings.campaign, m.id or 0, actor="petr", at=utcnow())
    app.close()


def test_dismissal_keeps_the_message_and_it_can_still_be_released(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    drop(tmp_path, "spam.eml", spam_eml(1))
    app.service.poll_source(app.source_factories["drop"]())
    (m,), _ = _rows(app)
    with session_scope(app.engine) as s:
        store.dismiss(s, m.id or 0, actor="petr", at=utcnow())
    with pytest.raises(UsageError), session_scope(app.engine) as s:
        store.dismiss(s, m.id or 0, actor="petr", at=utcnow())
    (kept,), filings = _rows(app)
    assert (kept.status, kept.decided_by, filings) == ("dismissed", "petr", [])
    assert app.evidence.get(kept.sha256) == spam_eml(1)  # never deleted
    with session_scope(app.engine) as s:
        reg = spam.release(
            s, app.events, app.settings.campaign, m.id or 0, actor="jana", at=utcnow()
        )
        assert reg.created and reg.submission.received_at == ARRIVED
        actions = [e.action for e in s.exec(select(AuditEntry)).all()]
    assert actions.count(store.DISMISSED) == 1 and actions.count(store.RELEASED) == 1
    app.close()
