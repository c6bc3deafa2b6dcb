"""The login page in a real browser (Debian's Chromium via Playwright, uvicorn): wrong
passwords, the lock with its end in Prague time, another account unaffected, the admin's
unlock."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.seed import Seeded
from tests.web.test_login_throttle import configure

pytestmark = pytest.mark.timeout(120)


def _submit(page: Any, base: str, name: str, password: str) -> None:
    page.goto(base + "/ui/login")
    page.fill("#username", name)
    page.fill("#password", password)
    page.get_by_role("button", name="Přihlásit se").click()
    page.wait_for_load_state()


def test_lock_message_other_account_and_unlock_in_a_browser(
    seeded: Seeded, ui: tuple[str, Any]
) -> None:
    from playwright.sync_api import expect

    configure(seeded, lockout_failures=3, lockout_minutes=15)
    base, page = ui
    officer, admin = seeded.users["officer"], seeded.users["admin"]
    _submit(page, base, officer[0], "spatne-heslo-1")
    expect(page.locator("#chyba")).to_have_text("Nesprávné jméno nebo heslo.")
    _submit(page, base, officer[0], "spatne-heslo-2")
    _submit(page, base, officer[0], "spatne-heslo-3")
    lock = page.locator("#chyba")
    expect(lock).to_contain_text("dočasně zablokováno do ")
    expect(lock).to_contain_text("dříve může účet odblokovat správce")
    # the end of the lock: today's date and a time, Prague time (d. m. yyyy hh:mm)
    text = lock.inner_text()
    assert page.evaluate(
        """t => {
            const m = t.match(/do (\\d+)\\. (\\d+)\\. (\\d{4}) (\\d\\d):(\\d\\d)/);
            if (!m) return false;
            const shown = new Date(+m[3], +m[2] - 1, +m[1], +m[4], +m[5]);  // browser: Prague
            const minutes = (shown - Date.now()) / 60000;
            return minutes > 14 && minutes <= 16;
        }""",
        text,
    ), text
    _submit(page, base, officer[0], officer[1])  # the right password: still locked
    expect(page.locator("#chyba")).to_contain_text("dočasně zablokováno do ")
    # the admin, from the same browser and address, logs in and lifts the lock
    _submit(page, base, admin[0], admin[1])
    page.wait_for_url(lambda u: u.split("?")[0].endswith("/ui/queue"))
    page.goto(base + "/ui/users")
    expect(page.locator("#ucty")).to_contain_text("zablokován do")
    page.get_by_role("button", name="Odblokovat").click()
    expect(page.locator("#hotovo")).to_have_text("Účet byl odblokován.")
    page.context.clear_cookies()
    _submit(page, base, officer[0], officer[1])
    page.wait_for_url(lambda u: u.split("?")[0].endswith("/ui/queue"))
    expect(page.locator("#prihlasen")).to_contain_text(officer[0])
