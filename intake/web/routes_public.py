"""The public intake conditions (vyhláška 259/2012 §2 odst. 3), no login: ``/podminky`` (HTML),
``/podminky.json`` and ``/``, which shows them to an anonymous visitor and sends a logged-in
officer to the queue."""

from __future__ import annotations

import hashlib
import json

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from intake.conditions import IntakeConditions, intake_conditions, size_cs
from intake.web.common import PREFIX, LoginRequired, app_of, principal, templates

router = APIRouter(include_in_schema=False)

CACHE = "public, max-age=300"
"""The conditions change only with the configuration (a restart): five minutes is fresh."""


def _conditions(request: Request) -> IntakeConditions:
    return intake_conditions(app_of(request).settings)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _cached(request: Request, body: bytes, media_type: str, cache: str) -> Response:
    """``body`` with a strong ETag; 304 when the client already has it."""
    tag = _etag(body)
    headers = {"cache-control": cache, "etag": tag}
    if tag in (request.headers.get("if-none-match") or ""):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _page(request: Request) -> bytes:
    html = (
        templates()
        .get_template("podminky.html")
        .render(
            c=_conditions(request),
            size=size_cs,
            PREFIX=PREFIX,
            demo=app_of(request).settings.demo,
        )
    )
    return html.encode("utf-8")


@router.get("/podminky")
def conditions_page(request: Request) -> Response:
    return _cached(request, _page(request), "text/html; charset=utf-8", CACHE)


@router.get("/podminky.json")
def conditions_json(request: Request) -> Response:
    data = _conditions(request).as_json()
    body = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    return _cached(request, body, "application/json", CACHE)


@router.get("/")
def root(request: Request) -> Response:
    try:
        principal(request)
    except LoginRequired:
        # the same page for every anonymous visitor, but never a cached copy for an officer
        response = _cached(request, _page(request), "text/html; charset=utf-8", "no-cache")
        response.headers["vary"] = "Cookie"
        return response
    return RedirectResponse(f"{PREFIX}/queue", status_code=303)
