"""The feed API's request handling, kept off the database: the latest version, its signed
renderings and the token hashes live in memory, refreshed at most every ``refresh_seconds``
(at once after a version made in this process, and when the profile schedule crosses a window
boundary). ``FeedServer.respond`` is the one implementation; ``FeedMiddleware`` serves it as a
raw ASGI path, ahead of FastAPI's routing, for the polling load.

Each token's latest fetch (when, and which version it was served — by a 200 or a 304 for its
ETag) is kept in memory by the polling path and written to the token's row at most every
``fetch_flush_seconds`` by ``flush_fetches`` (in a thread started by the refresh, from the
worker loop's hook and before the allow-list page is read), so a poll never waits for a
database write."""

from __future__ import annotations

import base64
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import anyio.to_thread
from sqlalchemy import func
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select

from intake.feed.profiles import PROFILES, next_boundary
from intake.feed.render import FORMATS_HELP, REGISTRY, Format
from intake.feed.service import Artifact, FeedService, Snapshot
from intake.feed.tokens import Fetch, TokenInfo, active_tokens, record_fetches, token_hash
from storage.db import session_scope
from storage.feed import AllowListVersion

logger = logging.getLogger(__name__)

LIST_PATH = "/api/v1/allowlist"
SIG_PATH = "/api/v1/allowlist.minisig"
Headers = list[tuple[bytes, bytes]]
Seen = tuple[float, int | None, str | None]
"""A token's latest fetch in memory: (epoch seconds, version held, its profile)."""
FETCH_FLUSH_SECONDS = 5.0


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Headers
    """Complete, with ``content-length``."""
    body: bytes
    etags: frozenset[str] = frozenset()
    """``If-None-Match`` values that turn this reply into ``not_modified``."""
    not_modified: Headers = field(default_factory=list)
    consumer: str | None = None
    """The name of the token this reply is for (an authorized request)."""
    version: int | None = None
    """The version of the list this reply (or its 304) delivers; None for a signature."""
    profile: str | None = None


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
        _reply(
            200,
            ok,
            a.body,
            etags=etags,
            not_modified=not_modified,
            version=a.version,
            profile=a.profile,
        ),
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
        self.fetch_flush_seconds = FETCH_FLUSH_SECONDS
        self._seen: dict[str, Seen] = {}
        self._flushed: dict[str, Seen] = {}
        self._flush_lock = threading.Lock()
        self._last_flush = time.monotonic()
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
        if self._seen and time.monotonic() - self._last_flush >= self.fetch_flush_seconds:
            self._last_flush = time.monotonic()
            threading.Thread(  # the poll that triggered this refresh does not wait for it
                target=self.flush_fetches, kwargs={"wait": False}, name="feed-fetches", daemon=True
            ).start()

    # -- last fetch per token -------------------------------------------------------------------
    def note(self, reply: Reply, status: int, method: str) -> None:
        """Remember an authorized token's fetch (memory only; ``flush_fetches`` stores it). A
        200 or 304 of the list to a GET means the token now holds ``reply.version``."""
        name = reply.consumer
        if name is None or status not in (200, 304):
            return
        if reply.version is not None and method == "GET":
            self._seen[name] = (time.time(), reply.version, reply.profile)
        else:
            prev = self._seen.get(name)
            self._seen[name] = (time.time(), *(prev[1:] if prev else (None, None)))

    def flush_fetches(self, *, wait: bool = True) -> None:
        """Write the fetches seen since the last flush to the tokens' rows (a database
        failure is logged and retried at the next flush; serving goes on)."""
        if not self._flush_lock.acquire(blocking=wait):
            return
        try:
            self._last_flush = time.monotonic()
            seen = dict(self._seen)  # a copy: the event loop keeps writing
            changed = {n: v for n, v in seen.items() if self._flushed.get(n) != v}
            if not changed:
                return
            fetches = {
                n: Fetch(datetime.fromtimestamp(at, UTC), version, profile)
                for n, (at, version, profile) in changed.items()
            }
            with session_scope(self.service.engine) as s:
                record_fetches(s, fetches)
            self._flushed.update(changed)
        except SQLAlchemyError as exc:
            logger.warning("recording the feed tokens' last fetches failed: %s", exc)
        finally:
            self._flush_lock.release()

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
    def authorize(self, authorization: str | None, client: str | None) -> Reply | TokenInfo:
        """The consumer of a valid token allowed from ``client``, or the refusal."""
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
        return info

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
        info = self.authorize(authorization, client)
        if isinstance(info, Reply):
            return info
        if profile is not None and profile not in PROFILES:
            return _error(400, "profile must be test or live")
        try:
            chosen = Format.parse(fmt) if fmt else Format.JSON
        except ValueError:
            return _error(400, f"unknown format; use one of {FORMATS_HELP}")
        assert self._snap is not None
        prepared = self._get(profile or self._snap.profile, chosen)
        if path == SIG_PATH:
            return replace(prepared.signature, consumer=info.name)
        reply = replace(prepared.ok, consumer=info.name)
        if if_none_match is not None and any(
            t.strip() in reply.etags for t in if_none_match.split(",")
        ):
            return replace(reply, status=304, headers=reply.not_modified, body=b"")
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
                self.note(reply, 304, scope["method"])
                await send(
                    {"type": "http.response.start", "status": 304, "headers": reply.not_modified}
                )
                await send({"type": "http.response.body", "body": b""})
                return
        body = b"" if scope["method"] == "HEAD" else reply.body
        self.note(reply, reply.status, scope["method"])
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
