"""The pages for the kernel's errors, in one place: ``NotFound`` becomes a 404 page and
``UsageError`` (a request the current state does not allow) a 422 page, in Czech, for every
route of the officer UI; the API answers JSON. Routes let these errors propagate; they catch
one only to show it inside the form it came from."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.responses import Response

from intake.errors import NotFound, UsageError
from intake.web.common import PREFIX, render

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


def _is_ui(request: Request) -> bool:
    return request.url.path.startswith(PREFIX + "/")


def missing_text(request: Request) -> str:
    endpoint = request.scope.get("endpoint")
    name = getattr(endpoint, "__name__", "")
    if name in MISSING_BY_ROUTE:
        return MISSING_BY_ROUTE[name]
    section = request.url.path[len(PREFIX) + 1 :].split("/", 1)[0]
    return MISSING_BY_SECTION.get(section, MISSING)


def setup(web: FastAPI) -> None:
    @web.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> Response:
        if not _is_ui(request):
            return JSONResponse({"detail": "not found"}, status_code=404)
        return render(request, "error.html", status_code=404, message=missing_text(request))

    @web.exception_handler(UsageError)
    async def _usage(request: Request, exc: UsageError) -> Response:
        if not _is_ui(request):
            return JSONResponse({"detail": exc.diagnostics()}, status_code=422)
        message = f"Požadavek nelze v současném stavu provést ({exc.diagnostics()})."
        return render(request, "error.html", status_code=422, message=message)
