"""The demo officer of the embedded demo: created once, with a fresh random password."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from intake.accounts import create_user, get_user, set_password
from storage.db import session_scope

if TYPE_CHECKING:
    from intake.bootstrap import App

DEMO_OFFICER = "referent"


def seed_demo_officer(app: App, username: str = DEMO_OFFICER) -> tuple[str, str]:
    """Create the demo officer (or give the existing one a new password); return
    ``(username, password)`` for the start-up banner. The password is never logged."""
    password = secrets.token_urlsafe(12)
    with session_scope(app.engine) as s:
        if get_user(s, username) is None:
            create_user(s, username, password, "officer", actor="demo")
        else:
            set_password(s, username, password, actor="demo")
    return username, password
