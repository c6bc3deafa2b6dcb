"""Feed API for the results server's feed host: the signed allow-list.

The two paths are answered by ``FeedMiddleware`` (raw ASGI, no routing or validation layer,
for polling throughput; under ``podatelna serve`` a current ETag's ``304`` even before that, by
``intake.feed.fastpath``); the FastAPI routes below document them in OpenAPI and answer the
same way through the same ``FeedServer.respond`` if the middleware is absent."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

import anyio.to_thread
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from intake.feed.render import Format
from intake.feed.server import LIST_PATH, SIG_PATH, FeedMiddleware, Reply
from intake.web.common import app_of

if TYPE_CHECKING:
    from fastapi import FastAPI

    from intake.bootstrap import App

router = APIRouter(tags=["feed"])

ProfileQ = Annotated[
    Literal["test", "live"] | None,
    Query(
        description="`test` = production + test addresses, `live` = production only; "
        "without it, the profile active now (schedule or manual override)"
    ),
]
FormatQ = Annotated[Format, Query(description="rendering of the list")]
AuthH = Annotated[
    str | None, Header(description="`Bearer <token>` from `podatelna feed token add`")
]
InmH = Annotated[str | None, Header(description="ETag of the list the client has")]

RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The list. Headers: `ETag`, `X-Allowlist-Version`, `X-Allowlist-Profile`, "
        "`X-Allowlist-Signature` (base64 of the minisign signature; its trusted comment "
        "carries timestamp, version, profile and format).",
        "content": {"text/plain": {}, "application/json": {}},
    },
    304: {"description": "Not modified: the `If-None-Match` ETag is current."},
    400: {"description": "Unknown profile or format."},
    401: {"description": "No token or an invalid/revoked token."},
    403: {"description": "The token is not allowed from the client's address."},
}


def setup(web: FastAPI, app: App) -> None:
    web.add_middleware(FeedMiddleware, server=app.feed_server)  # type: ignore[arg-type]


async def _answer(
    request: Request,
    path: str,
    profile: str | None,
    fmt: str,
    authorization: str | None,
    if_none_match: str | None,
) -> Response:
    server = app_of(request).feed_server
    failure = await anyio.to_thread.run_sync(server.ensure_fresh) if server.stale() else None
    reply: Reply = failure or server.respond(
        path=path,
        profile=profile,
        fmt=fmt,
        authorization=authorization,
        if_none_match=if_none_match,
        client=request.client.host if request.client else None,
    )
    server.note(reply, reply.status, request.method)
    return Response(
        reply.body,
        status_code=reply.status,
        headers={k.decode(): v.decode() for k, v in reply.headers},
    )


@router.get(LIST_PATH, responses=RESPONSES, summary="Current allow-list (signed)")
async def allowlist(
    request: Request,
    profile: ProfileQ = None,
    format: FormatQ = Format.JSON,  # noqa: A002 - the public parameter name
    authorization: AuthH = None,
    if_none_match: InmH = None,
) -> Response:
    return await _answer(request, LIST_PATH, profile, format, authorization, if_none_match)


@router.get(SIG_PATH, responses=RESPONSES, summary="minisign signature of the current list")
async def allowlist_signature(
    request: Request,
    profile: ProfileQ = None,
    format: FormatQ = Format.JSON,  # noqa: A002
    authorization: AuthH = None,
) -> Response:
    return await _answer(request, SIG_PATH, profile, format, authorization, None)
