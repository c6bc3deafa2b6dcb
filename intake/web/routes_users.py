"""Account administration for admins: list accounts, create one, set a new password, lift a
login lock. Weak passwords are refused with the reason in Czech (``intake.passwords``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from sqlmodel import col, select
from starlette.responses import RedirectResponse, Response

from intake.accounts import create_user, set_password, unlock
from intake.errors import UsageError
from intake.web.auth import Principal
from intake.web.common import PREFIX, admin_reader, admin_writer, app_of, render
from storage.db import session_scope
from storage.tables import utcnow
from storage.users import ROLES, User

router = APIRouter(include_in_schema=False)

DONE_CS = {
    "created": "Účet byl vytvořen.",
    "unlocked": "Účet byl odblokován.",
    "password": "Heslo bylo změněno; přihlášení uživatele byla ukončena.",
}


def _page(request: Request, *, status: int = 200, error: str = "", done: str = "") -> Response:
    with session_scope(app_of(request).engine) as s:
        users = list(s.exec(select(User).order_by(col(User.username))).all())
    return render(
        request,
        "users.html",
        status_code=status,
        users=users,
        roles=ROLES,
        error=error,
        done=DONE_CS.get(done, ""),
        now=utcnow(),
    )


@router.get(f"{PREFIX}/users")
def users_page(
    request: Request, who: Annotated[Principal, Depends(admin_reader)], done: str = ""
) -> Response:
    return _page(request, done=done)


@router.post(f"{PREFIX}/users")
def add_user(
    request: Request,
    who: Annotated[Principal, Depends(admin_writer)],
    username: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    try:
        with session_scope(app_of(request).engine) as s:
            create_user(s, username[:128], password[:1024], role, actor=who.username)
    except UsageError as exc:
        return _page(request, status=400, error=f"Účet nelze vytvořit: {exc}")
    return RedirectResponse(f"{PREFIX}/users?done=created", status_code=303)


@router.post(PREFIX + "/users/{username}/unlock")
def unlock_user(
    request: Request, username: str, who: Annotated[Principal, Depends(admin_writer)]
) -> Response:
    try:
        with session_scope(app_of(request).engine) as s:
            unlock(s, username, actor=who.username)
    except UsageError:
        return _page(request, status=404, error="Takový účet neexistuje.")
    return RedirectResponse(f"{PREFIX}/users?done=unlocked", status_code=303)


@router.post(f"{PREFIX}/users/password")
def change_password(
    request: Request,
    who: Annotated[Principal, Depends(admin_writer)],
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    """Set a new password (ends the account's sessions; also lifts a lock)."""
    try:
        with session_scope(app_of(request).engine) as s:
            set_password(s, username[:128], password[:1024], actor=who.username)
    except UsageError as exc:
        why = "takový účet neexistuje." if str(exc).startswith("no user") else str(exc)
        return _page(request, status=400, error=f"Heslo nelze nastavit: {why}")
    return RedirectResponse(f"{PREFIX}/users?done=password", status_code=303)
