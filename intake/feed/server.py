"""The feed API's request handling, kept off the database: the latest version, its signed
renderings and the token hashes live in memory, refreshed at most every ``refresh_seconds``
(at once after a version made in this process, and when the profile schedule crosses a window
boundary). ``FeedServer.respond`` is the one implementation; ``FeedMiddleware`` serves it as a
raw ASGI path, ahead of FastAPI's routing, for the polling load."""

from __future__ import annotations

import base64
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

import anyio.to_thread
from sqlalchemy import func
from sqlmodel import select

from intake.feed.profiles import PROFILES, next_boundary
from intake.feed.render import FORMATS_HELP, REGISTRY, Format
from intake.feed.service import Artifact, FeedService, Snapshot
from intake.feed.tokens import TokenInfo, active_tokens, token_hash
from storage.db import session_scope
from storage.feed import AllowListVersion

logger = logging.getLogger(__name__)

LIST_PATH = "/api/v1/allowlist"
SIG_PATH = "/api/v1/allowlist.minisig"
Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Headers
    """Complete, with ``content-length``."""
    body: bytes
    etags: frozenset[str] = frozenset()
    """``If-None-Match`` values that turn this reply into ``not_modified``."""
    not_modified: Headers = field(default_factory=list)


def _reply(status: int, headers: Headers, body: bytes, **kw: Any) -> Reply:
    return Reply(status, [*headers, (b"content-length", str(len(body)).encode())], body, **kw)


def _error(status: int, detail: str, extra: Headers | None = None) -> Reply:
    body = ('{"detail":"' + detail + '"}').encode()
    return _reply(status, [(b"content-type", b"application/json"), *(extra or [])], body)


@dataclass
class _Prepared:
    artifact: Artifact
    ok: Reply
    signature: Reply


def _prepare(a: Artifact) -> _Prepared:
    common: Headers = [
        (b"etag", a.etag.encode()),
        (b"cache-control", b"no-cache"),
        (b"x-allowlist-version", str(a.version).encode()),
        (b"x-allowlist-profile", a.profile.encode()),
    ]
    ok = [
        (b"content-type", REGISTRY[a.format].media_type.encode()),
        *common,
        (b"x-allowlist-signature", base64.b64encode(a.signature.encode())),
    ]
    sig = [(b"content-type", b"text/plain; charset=utf-8"), *common]
    etags = frozenset({a.etag, "W/" + a.etag, "*"})
    not_modified = [*common, (b"content-length", b"0")]
    return _Prepared(
        a,
        _reply(200, ok, a.body, etags=etags, not_modified=not_modified),
        _reply(200, sig, a.signature.encode()),
    )


class FeedServer:
    def __init__(self, service: FeedService) -> None:
        self.service = service
        self.refresh_seconds = service.settings.feed.refresh_seconds
        self._snap: Snapshot | None = None
        self._prepared: dict[tuple[str, str], _Prepared] = {}
        self._tokens: dict[str, TokenInfo] = {}
        self._checked = 0.0
        self._boundary: datetime | None = None
        self._dirty = True
        self._memo: dict[tuple[str, bytes, str | None, str | None], Reply] = {}
        self._lock = threading.Lock()
        service.on_commit.append(self.invalidate)

    def invalidate(self) -> None:
        self._dirty = True

    # -- refreshing (blocking: database) --------------------------------------------------------
    def stale(self) -> bool:
        if self._dirty or time.monotonic() - self._checked > self.refresh_seconds:
            return True
        return self._boundary is not None and self.service.clock() >= self._boundary

    def refresh(self) -> None:
        if not self._lock.acquire(blocking=self._snap is None):
            return  # another thread is refreshing; serve what we have
        try:
            self._dirty = False
            now = self.service.clock()
            if self._snap is None or (self._boundary is not None and now >= self._boundary):
                self.service.publish_now("profile schedule")
            with session_scope(self.service.engine) as s:
                number = s.exec(select(func.max(AllowListVersion.version))).one()
                self._tokens = active_tokens(s)
            if number is None or self._snap is None or number != self._snap.version:
                snap = self.service.latest_snapshot()
                if self._snap is None or snap.version >= self._snap.version:
                    self._snap = snap
                    self._prepared = {}
            self._boundary = next_boundary(now, self.service.windows)
            self._memo = {}
            self._checked = time.monotonic()
        finally:
            self._lock.release()

    def _get(self, profile: str, fmt: Format) -> _Prepared:
        snap = self._snap
        assert snap is not None
        key = (profile, fmt)
        prepared = self._prepared.get(key)
        if prepared is None or prepared.artifact.version != snap.version:
            prepared = _prepare(self.service.artifact(snap, profile, fmt))
            self._prepared[key] = prepared
        return prepared

    # -- answering ------------------------------------------------------------------------------
    def authorize(self, authorization: str | None, client: str | None) -> Reply | None:
        if not authorization or not authorization[:7].lower() == "bearer ":
            return _error(401, "bearer token required", [(b"www-authenticate", b"Bearer")])
        info = self._tokens.get(token_hash(authorization[7:].strip()))
        if info is None:
            return _error(401, "invalid token", [(b"www-authenticate", b"Bearer")])
        if not info.admits(client):
            logger.warning(
                "feed token %s used from %s outside its allowed sources", info.name, client
            )
            return _error(403, "token not allowed from this address")
        return None

    def respond(
        self,
        *,
        path: str,
        profile: str | None,
        fmt: str | None,
        authorization: str | None,
        if_none_match: str | None,
        client: str | None,
    ) -> Reply:
        """Answer one request; call ``refresh`` first when ``stale()``."""
        denied = self.authorize(authorization, client)
        if denied is not None:
            return denied
        if profile is not None and profile not in PROFILES:
            return _error(400, "profile must be test or live")
        try:
            chosen = Format.parse(fmt) if fmt else Format.JSON
        except ValueError:
            return _error(400, f"unknown format; use one of {FORMATS_HELP}")
        assert self._snap is not None
        prepared = self._get(profile or self._snap.profile, chosen)
        if path == SIG_PATH:
            return prepared.signature
        reply = prepared.ok
        if if_none_match is not None and any(
            t.strip() in reply.etags for t in if_none_match.split(",")
        ):
            return Reply(304, reply.not_modified, b"")
        return reply

    async def asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """The hot path: the decision for (path, query, token, client) is memoised until the
        next refresh, so a poll costs a header scan, a dict lookup and an ETag comparison."""
        authorization = if_none_match = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value.decode("latin-1")
            elif name == b"if-none-match":
                if_none_match = value.decode("latin-1")
        if self.stale():
            await anyio.to_thread.run_sync(self.refresh)
        client = scope.get("client")
        host = client[0] if client else None
        key = (scope["path"], scope.get("query_string", b""), authorization, host)
        reply = self._memo.get(key)
        if reply is None:
            query = parse_qs(key[1].decode("latin-1"))
            reply = self.respond(
                path=key[0],
                profile=(query.get("profile") or [None])[-1],
                fmt=(query.get("format") or [None])[-1],
                authorization=authorization,
                if_none_match=None,
                client=host,
            )
            if len(self._memo) > 4096:
                self._memo = {}
            self._memo[key] = reply
        if if_none_match is not None and reply.etags:
            if if_none_match in reply.etags or any(
                t.strip() in reply.etags for t in if_none_match.split(",")
            ):
                await send(
                    {"type": "http.response.start", "status": 304, "headers": reply.not_modified}
                )
                await send({"type": "http.response.body", "body": b""})
                return
        body = b"" if scope["method"] == "HEAD" else reply.body
        await send(
            {"type": "http.response.start", "status": reply.status, "headers": reply.headers}
        )
        await send({"type": "http.response.body", "body": body})


class FeedMiddleware:
    """Serves the two feed paths directly; everything else goes on to the application."""

    def __init__(self, app: Any, server: FeedServer) -> None:
        self.app = app
        self.server = server

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] in (LIST_PATH, SIG_PATH)
            and scope["method"] in ("GET", "HEAD")
        ):
            await self.server.asgi(scope, receive, send)
            return
        await self.app(scope, receive, send)


def outermost(web: Any, server: FeedServer) -> FeedMiddleware:
    """``web`` with the feed paths answered before the framework sees them at all: for the
    ASGI server (``uvicorn.run(outermost(web, app.feed_server))``), skipping FastAPI's
    per-request telemetry and middleware stack on the polling path."""
    return FeedMiddleware(web, server)
