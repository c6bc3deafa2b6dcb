"""``create_app(app)``: the FastAPI application over one composition root, no globals.

Routers of the officer UI and the feed API are mounted from ``intake/web/routes_*.py``
modules, each exposing ``router`` (an ``APIRouter``) and optionally ``setup(web_app, app)``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from intake.web import error_pages

if TYPE_CHECKING:
    from intake.bootstrap import App


def behind_proxies(asgi: Any, trusted: Sequence[IPv4Network | IPv6Network]) -> Any:
    """``asgi`` taking the client address and scheme from ``X-Forwarded-For``/``-Proto`` when
    (and only when) the connecting peer is one of the ``trusted`` proxies: the rightmost
    address not itself a trusted proxy is the client. From any other peer the headers are
    ignored, so a client cannot choose its own address (login slow-down, audit, feed token
    sources). Without trusted proxies ``asgi`` is returned as it is."""
    if not trusted:
        return asgi
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    return ProxyHeadersMiddleware(asgi, trusted_hosts=[str(net) for net in trusted])


def create_app(app: App) -> FastAPI:
    web = FastAPI(
        title="podatelna",
        version="0.1.0",
        docs_url=None,  # served by routes_docs from the installed swagger-ui-bundle, no CDN
        openapi_url="/api/openapi.json",
        redoc_url=None,
    )
    web.state.app = app
    error_pages.setup(web)

    @web.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        ok = app.db_ok()
        return JSONResponse(
            {"status": "ok" if ok else "database unreachable"}, status_code=200 if ok else 503
        )

    import intake.web as pkg

    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("routes_"):
            module: Any = importlib.import_module(f"intake.web.{info.name}")
            if hasattr(module, "setup"):
                module.setup(web, app)
            if hasattr(module, "router"):
                web.include_router(module.router)
    return web
