"""The officer dashboard says when submissions go unscanned by ``[content] allow_unscanned``."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from intake.bootstrap import build_app
from intake.config import ContentConfig
from intake.web.app import create_app
from tests.fakes import FakeStages
from tests.web.conftest import login
from tests.web.seed import Seeded

Client = Callable[[str | None], TestClient]
BANNER = 'id="bez-antiviru"'


def test_dashboard_shows_that_submissions_go_unscanned(seeded: Seeded) -> None:
    settings = seeded.app.settings.model_copy(
        update={"content": ContentConfig(allow_unscanned=True)}
    )
    app = build_app(settings, stages=FakeStages(), sources={})
    try:
        assert app.unscanned
        with TestClient(create_app(app), follow_redirects=False) as c:
            login(c, *seeded.users["officer"])
            html = c.get("/ui/dashboard").text
        assert BANNER in html
        assert "přílohy podání se nekontrolují na škodlivý kód" in html
    finally:
        app.close()


def test_dashboard_is_quiet_without_the_allowance(client_for: Client) -> None:
    html = client_for("officer").get("/ui/dashboard").text
    assert "Přehled" in html and BANNER not in html
