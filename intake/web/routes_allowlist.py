"""The allow-list page: readable by every role; feed tokens added and revoked by admins.

A new token's secret is shown once, in the answer to the form that created it (not stored,
not logged, not cacheable); afterwards only its name and its last fetch are shown."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from intake.errors import NotFound, UsageError
from intake.feed.overview import HISTORY_LIMIT, read_overview
from intake.feed.tokens import add_token, revoke_token
from intake.web import allowlist_text as text
from intake.web.auth import Principal
from intake.web.common import PREFIX, admin_writer, app_of, reader, render
from storage.db import session_scope
from storage.tables import utcnow

router = APIRouter(include_in_schema=False)

PATH = f"{PREFIX}/allowlist"
DONE_CS = {"revoked": "Token byl zrušen; server výsledků s ním už seznam nestáhne."}
NO_STORE = {"Cache-Control": "no-store"}


def _page(
    request: Request,
    *,
    status: int = 200,
    error: str = "",
    done: str = "",
    new_token: tuple[str, str] | None = None,
) -> Response:
    app = app_of(request)
    app.feed_server.flush_fetches()  # this process's polls since the last flush
    with session_scope(app.engine) as s:
        overview = read_overview(s, app.feed)
    response = render(
        request,
        "allowlist.html",
        status_code=status,
        o=overview,
        t=text,
        error=error,
        done=DONE_CS.get(done, ""),
        new_token=new_token,
        history_limit=HISTORY_LIMIT,
    )
    response.headers.update(NO_STORE)
    return response


@router.get(PATH)
def allowlist_page(
    request: Request, who: Annotated[Principal, Depends(reader)], done: str = ""
) -> Response:
    return _page(request, done=done)


@router.post(f"{PATH}/tokens")
def add_feed_token(
    request: Request,
    who: Annotated[Principal, Depends(admin_writer)],
    name: Annotated[str, Form()] = "",
    allow: Annotated[str, Form()] = "",
) -> Response:
    sources = [v for v in re.split(r"[\s,;]+", allow[:4000]) if v]
    try:
        with session_scope(app_of(request).engine) as s:
            secret = add_token(s, name[:128], sources, actor=who.username, now=utcnow())
    except UsageError as exc:
        return _page(request, status=400, error=f"Token nelze vytvořit: {_usage_cs(exc)}")
    app_of(request).feed_server.invalidate()
    return _page(request, new_token=(name.strip()[:128], secret))


@router.post(PATH + "/tokens/{name}/revoke")
def revoke_feed_token(
    request: Request, name: str, who: Annotated[Principal, Depends(admin_writer)]
) -> Response:
    try:
        with session_scope(app_of(request).engine) as s:
            revoke_token(s, name, actor=who.username, now=utcnow())
    except NotFound:
        return _page(request, status=404, error="Takový token neexistuje.")
    app_of(request).feed_server.invalidate()
    return RedirectResponse(f"{PATH}?done=revoked", status_code=303)


def _usage_cs(exc: UsageError) -> str:
    """The Czech sentence for the ways ``add_token`` refuses a token."""
    message = str(exc)
    if message.startswith("a token needs a name"):
        return "zadejte název."
    if message.startswith("a feed token named"):
        return "token s tímto názvem už existuje."
    if message.startswith("not an address or network"):
        return "povolené zdroje musí být IP adresy nebo sítě (např. 198.51.100.0/24)."
    return message
