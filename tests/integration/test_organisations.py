"""The sender register: organisations matched by IČO, data-box ID, then known e-mail address."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from intake.applications import match_organisation
from storage.db import session_scope
from tests.fakes import submission_row

NOW = datetime(2022, 12, 1, tzinfo=UTC)


@pytest.fixture
def engine(db_engine: Any) -> Any:
    return db_engine


def test_matching_by_ico_box_and_address(engine: Any) -> None:
    with session_scope(engine) as s:
        a = match_organisation(s, {"name": "Deník A", "ico": "12345679"}, "jana@a.example", NOW)
        # same sender, no identifiers: the known address finds the organisation
        same = match_organisation(s, {}, "Jana@A.example", NOW)
        # same sender writing for another company (another IČO): a new organisation
        other = match_organisation(s, {"name": "Rádio B", "ico": "76543218"}, "jana@a.example", NOW)
        # data-box ID joins the first one's record when its IČO does not contradict
        boxed = match_organisation(s, {"databox_id": "abc2def", "ico": "12345679"}, "", NOW)
        nobody = match_organisation(s, {}, "not-an-address", NOW)
        assert a is not None and same is not None and other is not None and boxed is not None
        assert same.id == a.id and boxed.id == a.id and other.id != a.id
        assert a.databox_id == "abc2def" and a.emails == ["jana@a.example"]
        assert nobody is None


def _application(s: Any, org_id: int, n: int, state: str, prod: list[str]) -> Any:
    from storage.tables import Application

    sub = submission_row(n, NOW, received_at=NOW.replace(hour=n), state=state)
    s.add(sub)
    s.flush()
    app = Application(
        submission_id=sub.id, organisation_id=org_id, campaign="c", production_ips=prod,
        test_ips=[], data={"production_ips": prod}, updated_at=NOW,
    )  # fmt: skip
    s.add(app)
    s.flush()
    return app


def test_earlier_applications_are_grouped_by_their_address_lists(engine: Any) -> None:
    from intake.applications import earlier_applications
    from intake.extraction.quota import check_quota

    with session_scope(engine) as s:
        org = match_organisation(s, {"name": "Deník A", "ico": "12345679"}, "", NOW)
        assert org is not None and org.id is not None
        ips = ["192.0.2.1", "192.0.2.2", "192.0.2.3"]
        _application(s, org.id, 1, "approved", ips)
        _application(s, org.id, 2, "ready_for_review", ips)
        _application(s, org.id, 3, "defective", ["192.0.2.9"])
        _application(s, org.id, 4, "refused", ["198.51.100.1"])  # no longer counts
        current = _application(s, org.id, 5, "extracted", ["192.0.2.4", "192.0.2.5"])
        earlier = earlier_applications(s, current)
        assert [(e.production_ips, e.applications) for e in earlier] == [
            (tuple(ips), 2),
            (("192.0.2.9",), 1),
        ]
        problems = check_quota({"production_ips": current.production_ips}, earlier)
        assert [p.code for p in problems] == ["too_many_production_ips", "needs_review"]
        assert "6 adres" in problems[0].message and "už 3 dřívější" in problems[1].message
