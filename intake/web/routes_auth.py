"""Login, logout, security headers, static files and error pages of the officer UI."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from intake.accounts import LockoutPolicy, authenticate
from intake.config import PLACEHOLDERS, WebConfig
from intake.web.auth import (
    AddressPolicy,
    Principal,
    SessionKeys,
    address_delay,
    address_failed,
    close_session,
)
from intake.web.auth import open_session as new_session
from intake.web.common import (
    HERE,
    LOGIN_COOKIE,
    PREFIX,
    SESSION_COOKIE,
    Forbidden,
    LoginRequired,
    app_of,
    client_ip,
    cz_datetime,
    keys_of,
    poster,
    render,
    secure_cookies,
    tz_of,
)
from storage import audit
from storage.db import session_scope

if TYPE_CHECKING:
    from intake.bootstrap import App

logger = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'; object-src 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def setup(web: FastAPI, app: App) -> None:
    secret = app.settings.web.secret_key.get_secret_value()
    if secret.strip().lower() in PLACEHOLDERS or len(secret) < 16:
        # development only (production refuses a placeholder): sessions last one process
        logger.warning("web.secret_key is a placeholder; using a random per-process key")
        secret = secrets.token_urlsafe(32)
    web.state.session_keys = SessionKeys(secret)
    web.mount(f"{PREFIX}/static", StaticFiles(directory=str(HERE / "static")), name="ui-static")

    @web.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith(PREFIX):
            response.headers.setdefault("cache-control", "no-store")
        if secure_cookies(request):
            response.headers.setdefault("strict-transport-security", "max-age=31536000")
        return response

    @web.exception_handler(LoginRequired)
    async def _login_required(request: Request, exc: LoginRequired) -> Response:
        if request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"{PREFIX}/login?next={quote(target)}", status_code=303)
        return render(
            request,
            "error.html",
            status_code=401,
            message="Nejste přihlášeni nebo vaše relace vypršela.",
        )

    @web.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        from starlette.concurrency import run_in_threadpool

        from intake.web.access import record_refusal

        await run_in_threadpool(record_refusal, request, exc.message)  # audited (NSESSS 7.4)
        return render(request, "error.html", status_code=403, message=exc.message)


def _safe_next(target: str | None) -> str:
    if target and target.startswith(PREFIX + "/") and not target.startswith("//"):
        if "\\" not in target and "\n" not in target and "\r" not in target:
            return target
    return f"{PREFIX}/queue"


def _login_page(
    request: Request, *, status: int = 200, error: str = "", next_url: str = ""
) -> Response:
    cookie, nonce = keys_of(request).new_login_nonce()
    response = render(
        request,
        "login.html",
        status_code=status,
        error=error,
        login_csrf=keys_of(request).csrf_for(nonce, "login"),
        next_url=_safe_next(next_url),
        user=None,
        csrf="",
    )
    response.set_cookie(
        LOGIN_COOKIE,
        cookie,
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
        path=PREFIX,
    )
    return response


@router.get(PREFIX)
@router.get(PREFIX + "/")
def ui_root() -> Response:
    return RedirectResponse(f"{PREFIX}/queue", status_code=303)


@router.get(f"{PREFIX}/login")
def login_form(request: Request, next: str = "") -> Response:  # noqa: A002
    return _login_page(request, next_url=next)


WRONG_CS = "Nesprávné jméno nebo heslo."
LOCKED_CS = (
    "Přihlášení je po opakovaných neúspěšných pokusech dočasně zablokováno do {until}. "
    "Potom to zkuste znovu; dříve může účet odblokovat správce."
)


def lockout_policy(web: WebConfig) -> LockoutPolicy:
    return LockoutPolicy(web.lockout_failures, timedelta(minutes=web.lockout_minutes))


def address_policy(web: WebConfig) -> AddressPolicy:
    return AddressPolicy(
        limit=web.address_limit,
        window=timedelta(minutes=web.lockout_minutes),
        max_delay=web.address_max_delay,
    )


@dataclass(frozen=True)
class _Attempt:
    token: str | None
    locked_until: datetime | None


def _wait_for(app: App, ip: str) -> float:
    with session_scope(app.engine) as s:
        return address_delay(s, ip, address_policy(app.settings.web))


def _attempt(app: App, username: str, password: str, ip: str, slowed: float) -> _Attempt:
    """Check the login in one transaction: the account's (or name's) counter, the address's
    counter, the audit entry and, on success, the new session."""
    web = app.settings.web
    with session_scope(app.engine) as s:
        result = authenticate(
            s, username, password, ip=ip, policy=lockout_policy(web), slowed=slowed
        )
        if result.user is None:
            address_failed(s, ip, address_policy(web))
            return _Attempt(None, result.locked_until)
        return _Attempt(new_session(s, result.user, minutes=web.session_minutes, ip=ip), None)


def _until_cs(until: datetime, request: Request) -> str:
    """The end of a lock in Prague time, rounded up to the minute (never before it ends)."""
    if until.second or until.microsecond:
        until = until.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return cz_datetime(until, tz_of(request), seconds=False)


@router.post(f"{PREFIX}/login")
async def login(
    request: Request,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "",  # noqa: A002
) -> Response:
    """Unknown names, wrong passwords and locks answer alike for every name (see
    ``intake.accounts.authenticate``); an address over its limit waits first (asyncio, so a
    slowed attempt holds no worker thread)."""
    keys = keys_of(request)
    nonce = keys.login_nonce(request.cookies.get(LOGIN_COOKIE))
    if nonce is None or not keys.csrf_ok(nonce, csrf_token, "login"):
        raise Forbidden("Neplatný bezpečnostní token přihlašovacího formuláře. Zkuste to znovu.")
    app, ip = app_of(request), client_ip(request)
    delay = await run_in_threadpool(_wait_for, app, ip)
    if delay > 0:
        await asyncio.sleep(delay)
    done = await run_in_threadpool(_attempt, app, username[:128], password[:1024], ip, delay)
    if done.token is None:
        if done.locked_until is not None:
            error = LOCKED_CS.format(until=_until_cs(done.locked_until, request))
            return _login_page(request, status=429, error=error, next_url=next)
        return _login_page(request, status=401, error=WRONG_CS, next_url=next)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        keys.cookie_value(done.token),
        max_age=app.settings.web.session_minutes * 60,
        httponly=True,
        samesite="strict",
        secure=secure_cookies(request),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path=PREFIX)
    return response


@router.post(f"{PREFIX}/logout")
def logout(request: Request, who: Annotated[Principal, Depends(poster)]) -> Response:
    with session_scope(app_of(request).engine) as s:
        close_session(s, who.token)
        audit.append(
            s,
            actor=who.username,
            action="user.logout",
            subject_type="user",
            subject_id=who.username,
            data={"ip": client_ip(request)},
        )
    response = RedirectResponse(f"{PREFIX}/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
