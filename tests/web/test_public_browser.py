"""The public intake conditions in a real browser at a phone's width (390 px)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from intake.web.app import create_app
from tests.fixtures.browser import czech_context
from tests.web.seed import Seeded

pytestmark = pytest.mark.timeout(120)


def test_conditions_readable_at_390px_and_lead_to_login(
    seeded: Seeded, live_server_for: Callable[[Any], Any], chromium: Any, artifacts_dir: Path
) -> None:
    server = live_server_for(create_app(seeded.app))
    context = czech_context(chromium, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        assert page.locator("h1").inner_text() == "Podmínky příjmu podání v elektronické podobě"
        page.screenshot(path=str(artifacts_dir / "podminky-390.png"), full_page=True)
        # nothing wider than the screen: no horizontal scrolling
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, width
        assert page.locator("ul.formats li").count() >= 20
        page.click("#prihlaseni")
        page.wait_for_url("**/ui/login**")
        page.click("#podminky")
        page.wait_for_url("**/podminky")
    finally:
        context.close()
