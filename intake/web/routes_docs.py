"""The API documentation page (Swagger UI) and the favicon, served by the application itself.

Swagger UI's script and style come from the installed ``swagger-ui-py`` package (Swagger UI 5,
which reads the OpenAPI 3.1 that FastAPI writes; ``swagger-ui-bundle`` ships 4.x, which cannot);
the page starts it from an external script of our own. Nothing is loaded from a CDN and the
strict CSP (``script-src 'self'``) of every page holds here too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import APIRouter, HTTPException
from starlette.responses import FileResponse, HTMLResponse, Response

from intake.web.common import HERE, PREFIX

router = APIRouter(include_in_schema=False)

DOCS_PATH = "/api/docs"
ASSETS = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript"}
"""The only files of the bundle the page uses (no path from a request reaches the disk)."""

PAGE = f"""<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>podatelna – dokumentace API</title>
<link rel="icon" href="/favicon.ico" type="image/svg+xml">
<link rel="stylesheet" href="{DOCS_PATH}/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{DOCS_PATH}/assets/swagger-ui-bundle.js"></script>
<script src="{PREFIX}/static/api-docs.js"></script>
</body>
</html>
"""


def _bundle_dir() -> Path:
    """``swagger_ui/static`` of the installed package, found without importing it."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise HTTPException(status_code=404)
    return Path(next(iter(spec.submodule_search_locations))) / "static"


@router.get(DOCS_PATH)
def api_docs() -> Response:
    return HTMLResponse(PAGE)


@router.get(DOCS_PATH + "/assets/{name}")
def api_docs_asset(name: str) -> Response:
    media_type = ASSETS.get(name)
    if media_type is None:
        raise HTTPException(status_code=404)
    return FileResponse(
        _bundle_dir() / name,
        media_type=media_type,
        headers={"cache-control": "public, max-age=86400"},
    )


@router.get("/favicon.ico")
def favicon() -> Response:
    return FileResponse(
        HERE / "static" / "favicon.svg",
        media_type="image/svg+xml",
        headers={"cache-control": "public, max-age=86400"},
    )
