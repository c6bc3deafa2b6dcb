"""Every change of the approved set makes a new version, in the deciding transaction."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from intake.decisions import correct, decide
from intake.feed.versions import content_hash
from storage.db import session_scope
from storage.feed import AllowListVersion
from storage.tables import AuditEntry
from tests.feed.helpers import (
    DOC_OVERRIDE,
    Clock,
    approve_new,
    decide_on,
    file_application,
    make_app,
)

PRAGUE = ZoneInfo("Europe/Prague")


def versions(app: Any) -> list[AllowListVersion]:
    with session_scope(app.engine) as s:
        return list(s.exec(select(AllowListVersion).order_by(col(AllowListVersion.version))))


def addresses(v: AllowListVersion) -> set[tuple[str, str]]:
    return {(e["address"], e["role"]) for e in v.entries}


def test_lifecycle_of_the_approved_set(tmp_path: Path, db_url: str) -> None:
    app = make_app(tmp_path, db_url)
    try:
        a = file_application(app, ["198.51.100.7"], ["203.0.113.9"])
        assert versions(app) == []  # filing and correcting before approval change nothing
        decide_on(app, a, "approve")
        v = versions(app)
        assert [x.version for x in v] == [1]
        assert addresses(v[0]) == {("198.51.100.7", "production"), ("203.0.113.9", "test")}
        entry = v[0].entries[0]
        assert entry["organisation"] == "Deník Test"
        assert entry["registry_number"].startswith("CSU-EP/")
        assert v[0].sha256 == content_hash(v[0].entries, v[0].profile)
        assert v[0].profile == "test"

        b = approve_new(app, ["192.0.2.44"])
        with session_scope(app.engine) as s:  # correction: back to review, off the list
            correct(s, a, "production_ips", "198.51.100.8", actor="officer:x", events=app.events)
        decide_on(app, a, "approve")  # the corrected addresses return with a new approval
        decide_on(app, b, "refuse", "odvolání souhlasu")  # refusal after approval
        decide_on(app, a, "withdraw", "žadatel vzal zpět")
        v = versions(app)
        assert [x.version for x in v] == [1, 2, 3, 4, 5, 6]
        assert ("192.0.2.44", "production") in addresses(v[1])
        assert addresses(v[2]) == {("192.0.2.44", "production")}
        assert "approved -> ready_for_review" in v[2].reason
        assert ("198.51.100.8", "production") in addresses(v[3])
        assert ("198.51.100.7", "production") not in addresses(v[3])
        assert ("192.0.2.44", "production") not in addresses(v[4])
        assert v[5].entries == []
        assert "approved -> withdrawn" in v[5].reason and v[5].actor == "officer:test"
        with session_scope(app.engine) as s:
            audited = s.exec(
                select(AuditEntry).where(col(AuditEntry.action) == "allowlist.version")
            )
            assert len(list(audited)) == 6
    finally:
        app.close()


def test_a_rolled_back_decision_leaves_no_version(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    a = file_application(app, ["198.51.100.7"])
    with pytest.raises(RuntimeError), session_scope(app.engine) as s:
        decide(
            s, a, "approve", actor="officer:x", override_reason=DOC_OVERRIDE, events=app.events
        )
        assert s.exec(select(AllowListVersion)).first() is not None  # written in this tx
        raise RuntimeError("crash before commit")
    assert versions(app) == []
    decide_on(app, a, "approve")
    assert [x.version for x in versions(app)] == [1]


def test_irrelevant_changes_make_no_version(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    a = approve_new(app, ["198.51.100.7"])
    b = file_application(app, ["192.0.2.1"])
    with session_scope(app.engine) as s:
        correct(s, a, "contact.phone", "+420 777 000 111", actor="officer:x", events=app.events)
    decide_on(app, b, "refuse", "pozdě")
    assert [x.version for x in versions(app)] == [1]
    c = approve_new(app, ["192.0.2.7"])
    assert c and [x.version for x in versions(app)] == [1, 2]


def test_profile_switch_by_schedule_and_override(tmp_path: Path) -> None:
    clock = Clock(datetime(2023, 1, 14, 13, 0, tzinfo=PRAGUE))
    app = make_app(tmp_path, clock=clock)
    feed = app.feed
    approve_new(app, ["198.51.100.7"], ["203.0.113.9"])
    feed.tick()
    assert [(x.version, x.profile) for x in versions(app)] == [(1, "test")]
    clock.now = datetime(2023, 1, 14, 14, 0, tzinfo=PRAGUE)
    feed.tick()
    feed.tick()
    assert [(x.version, x.profile) for x in versions(app)] == [(1, "test"), (2, "live")]
    assert versions(app)[1].reason == "profile schedule"
    row = feed.set_profile("test", actor="officer:x", reason="technická zkouška")
    assert row is not None and (row.version, row.profile) == (3, "test")
    feed.tick()  # the override holds against the schedule
    assert len(versions(app)) == 3
    feed.set_profile("auto", actor="officer:x", reason="")
    assert [(x.version, x.profile) for x in versions(app)][-1] == (4, "live")
    with session_scope(app.engine) as s:
        audited = list(
            s.exec(select(AuditEntry).where(col(AuditEntry.action) == "allowlist.profile_override"))
        )
    assert [a.data["new"] for a in audited] == ["test", "auto"]
    assert audited[0].actor == "officer:x" and audited[0].data["reason"] == "technická zkouška"
