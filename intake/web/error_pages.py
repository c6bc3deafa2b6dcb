"""Every error of the web application, in one place. Under ``/api`` the answer is JSON (as
FastAPI gives it); everywhere else — the officer UI under ``/ui`` and the public pages — it
is a Czech HTML page with the right status and never the exception's text:

* ``NotFound`` and a path parameter that cannot be an id (``abc``, ``2**63``) → 404,
* ``UsageError`` (a request the current state does not allow) → 422,
* Starlette's own errors (unknown URL 404, wrong method 405, …) → their status,
* a query or form value FastAPI cannot accept → 422,
* anything else → 500, logged with its traceback.

Routes let these errors propagate; they catch one only to show it inside the form it came
from."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from intake.errors import NotFound, UsageError
from intake.web.common import PREFIX, render

logger = logging.getLogger(__name__)

API_PREFIX = "/api"
MISSING = "Hledaný záznam neexistuje."
MISSING_BY_SECTION = {
    "submissions": "Podání s tímto číslem neexistuje.",
    "notices": "Oznámení s tímto číslem neexistuje.",
    "announcements": "Oznámení s tímto číslem neexistuje.",
    "notice-templates": "Taková šablona neexistuje.",
    "users": "Takový účet neexistuje.",
}
"""The 404 text by the first path segment after ``/ui/``."""
MISSING_BY_ROUTE = {"correct_action": "Podání nemá vytěženou žádost."}
"""Routes whose NotFound means something more specific than their section's."""
NO_PAGE = "Stránka s touto adresou neexistuje."
"""404 of a URL no route serves."""
STATUS_CS = {
    400: "Požadavek nelze zpracovat.",
    401: "Nejste přihlášeni nebo vaše relace vypršela.",
    403: "K této akci nemáte oprávnění.",
    405: "Tuto adresu nelze použít tímto způsobem (metoda {method} není povolena).",
    409: "Požadavek je v rozporu se současným stavem záznamu.",
    413: "Požadavek je příliš velký.",
    415: "Nepodporovaný formát požadavku.",
    422: "Požadavek obsahuje neplatné údaje.",
    429: "Příliš mnoho požadavků. Zkuste to prosím za chvíli.",
}
"""The page text of Starlette's HTTP errors by status (``{method}``: the request's)."""
INVALID = "Neplatný nebo chybějící údaj: {names}."
SERVER_ERROR = (
    "Při zpracování požadavku došlo k vnitřní chybě. Chyba byla zaznamenána; "
    "zkuste akci prosím zopakovat, případně kontaktujte správce."
)
FALLBACK_PAGE = (
    '<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Chyba</title></head>'
    '<body><h1>Akci nelze provést</h1><p role="alert" id="chyba">{message}</p>'
    f'<p><a href="{PREFIX}/queue">Zpět na frontu podání</a></p></body></html>'
)
"""The page when even the error page cannot be rendered (e.g. the database is down)."""


def is_api(request: Request) -> bool:
    path = request.url.path
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def missing_text(request: Request) -> str:
    endpoint = request.scope.get("endpoint")
    name = getattr(endpoint, "__name__", "")
    if name in MISSING_BY_ROUTE:
        return MISSING_BY_ROUTE[name]
    path = request.url.path
    if not path.startswith(PREFIX + "/"):
        return NO_PAGE
    section = path[len(PREFIX) + 1 :].split("/", 1)[0]
    return MISSING_BY_SECTION.get(section, MISSING)


def page(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    """The Czech error page; a plain one when the site's page cannot be rendered."""
    try:
        response = render(request, "error.html", status_code=status, message=message)
    except Exception:
        logger.exception("the error page could not be rendered")
        response = HTMLResponse(FALLBACK_PAGE.format(message=message), status_code=status)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def http_error_text(request: Request, status: int) -> str:
    if status == 404:
        return missing_text(request) if request.scope.get("endpoint") else NO_PAGE
    if status in STATUS_CS:
        return STATUS_CS[status].format(method=request.method)
    return STATUS_CS[400] if status < 500 else SERVER_ERROR


def invalid_text(errors: Sequence[Any]) -> str:
    """Which parameters were refused, by name (never the validator's English message)."""
    names: list[str] = []
    for err in errors:
        loc = [str(p) for p in (err.get("loc") or ()) if not isinstance(p, int)]
        name = loc[-1] if len(loc) > 1 else "požadavek"
        if name not in names:
            names.append(name)
    return INVALID.format(names=", ".join(names[:5]))


def _in_path(errors: Sequence[Any]) -> bool:
    return any((err.get("loc") or ("",))[0] == "path" for err in errors)


def setup(web: FastAPI) -> None:
    @web.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        if is_api(request):
            return JSONResponse({"detail": "not found"}, status_code=404)
        return page(request, 404, missing_text(request))

    @web.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError) -> Response:
        if is_api(request):
            return JSONResponse({"detail": exc.diagnostics()}, status_code=422)
        message = f"Požadavek nelze v současném stavu provést ({exc.diagnostics()})."
        return page(request, 422, message)

    @web.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if is_api(request):
            return await http_exception_handler(request, exc)
        text = http_error_text(request, exc.status_code)
        return page(request, exc.status_code, text, dict(exc.headers or {}))

    @web.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        if is_api(request):
            return await request_validation_exception_handler(request, exc)
        if _in_path(exc.errors()):  # /ui/submissions/abc: no such record
            return page(request, 404, missing_text(request))
        return page(request, 422, invalid_text(exc.errors()))

    @web.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        # the path only: a query string may carry a token
        logger.error(
            "unhandled error on %s %s", request.method, request.url.path, exc_info=exc
        )
        if is_api(request):
            return JSONResponse({"detail": "internal server error"}, status_code=500)
        return page(request, 500, SERVER_ERROR)
