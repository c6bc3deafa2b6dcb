"""The sender register: organisations matched by IČO, data-box ID, then known e-mail address."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from intake.applications import match_organisation
from storage.db import make_engine, session_scope, upgrade_database

NOW = datetime(2022, 12, 1, tzinfo=UTC)


@pytest.fixture
def engine(db_url: str) -> Any:
    eng = make_engine(db_url)
    upgrade_database(eng)
    yield eng
    eng.dispose()


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
