"""The feed API's request handling, kept off the database: the latest version, its signed
renderings and the token hashes live in memory as one ``View``, read by a refresh and swapped
as a whole, so a request never mixes two refreshes. ``FeedServer.respond`` is the one
implementation of the answers; ``FeedMiddleware`` serves it as a raw ASGI path, ahead of
FastAPI's routing, and ``intake.feed.fastpath`` answers a poll whose ETag is current with its
``304`` from the HTTP protocol itself, with the decision this path made for the same request.

How fresh the view is (the bound on revocation and publication seen from other processes):

- A request is answered from a view read at most ``refresh_seconds`` before, otherwise the view
  is read again first (in a thread). A version published or a token added or revoked in this
  process marks the view stale at once (``invalidate``).
- While one request refreshes, others may still be answered from the previous view, but only
  while it is younger than ``2 × refresh_seconds`` (``serve_limit``); older, they wait for the
  refresh. So a token revoked or a version published by another process is honoured by every
  answer sent more than ``2 × refresh_seconds`` (1 s by default) after its commit.
- When the database cannot be read, the previous view keeps being used until that limit and
  then the feed answers ``503`` (fail closed): no token is trusted beyond the bound.

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
from collections.abc import Hashable
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
SERVE_LIMIT_FACTOR = 2.0
"""A view older than this many ``refresh_seconds`` is never used (see the module doc)."""
REFRESH_WAIT_SECONDS = 5.0
"""How long a request waits for another thread's refresh before answering 503."""
FAST_KEY = "podatelna.feed_key"
"""Scope key under which ``intake.feed.fastpath`` passes the raw inputs of a feed request
(URL, Authorization, peer, X-Forwarded-For): the decision made for it is kept under that key."""
MEMO_LIMIT = 4096


class FeedUnavailable(Exception):
    """The allow-list view could not be brought within its freshness bound."""


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Headers
    """Complete, with ``content-length``."""
    body: bytes
    etags: frozenset[str] = frozenset()
    """``If-None-Match`` values that turn this reply into ``not_modified``."""
    not_modified: Headers = field(default_factory=list)
    """The headers of the ``304`` (RFC 9110 §15.4.5: those of the 200 that describe the
    representation's identity and caching, no ``Content-Length`` and no body)."""
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


UNAVAILABLE = _error(503, "allow-list temporarily unavailable", [(b"retry-after", b"1")])


def matches(if_none_match: str, etags: frozenset[str]) -> bool:
    """Whether an ``If-None-Match`` field value (a list, possibly weak tags or ``*``) names
    one of ``etags`` — the weak comparison RFC 9110 §13.1.2 prescribes for it."""
    return if_none_match in etags or any(t.strip() in etags for t in if_none_match.split(","))


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
    return _Prepared(
        a,
        _reply(
            200,
            ok,
            a.body,
            etags=etags,
            not_modified=common,
            version=a.version,
            profile=a.profile,
        ),
        _reply(200, sig, a.signature.encode()),
    )


@dataclass(frozen=True)
class Learned:
    """The decision the ASGI path made for one raw request (an authorized list reply), kept
    for ``intake.feed.fastpath``: ``head`` is its ``304``'s own header lines on the wire."""

    reply: Reply
    head: bytes


def _learned(reply: Reply) -> Learned:
    return Learned(reply, b"".join(n + b": " + v + b"\r\n" for n, v in reply.not_modified))


@dataclass
class View:
    """What one refresh read. ``read_at`` (monotonic) is taken before the queries, so the view
    reflects every commit made before it; the dictionaries are filled by requests."""

    snap: Snapshot
    tokens: dict[str, TokenInfo]
    read_at: float
    boundary: datetime | None
    prepared: dict[tuple[str, Format], _Prepared] = field(default_factory=dict)
    memo: dict[tuple[str, bytes, str | None, str | None], Reply] = field(default_factory=dict)
    learned: dict[Hashable, Learned] = field(default_factory=dict)


class FeedServer:
    def __init__(self, service: FeedService) -> None:
        self.service = service
        self.refresh_seconds = service.settings.feed.refresh_seconds
        self.view: View | None = None
        self._dirty = True
        self._lock = threading.Lock()
        self.fetch_flush_seconds = FETCH_FLUSH_SECONDS
        self.fast_answers = 0
        """How many 304s ``intake.feed.fastpath`` sent (observability, tests)."""
        self._seen: dict[str, Seen] = {}
        self._flushed: dict[str, Seen] = {}
        self._flush_lock = threading.Lock()
        self._last_flush = time.monotonic()
        service.on_commit.append(self.invalidate)

    def invalidate(self) -> None:
        self._dirty = True

    @property
    def serve_limit(self) -> float:
        """The age beyond which a view is never used (seconds)."""
        return SERVE_LIMIT_FACTOR * self.refresh_seconds

    # -- freshness ------------------------------------------------------------------------------
    def stale(self) -> bool:
        view = self.view
        if view is None or self._dirty:
            return True
        if time.monotonic() - view.read_at > self.refresh_seconds:
            return True
        return view.boundary is not None and self.service.clock() >= view.boundary

    def fresh_view(self) -> View | None:
        """The view when it may be used without refreshing (the fast path's condition)."""
        return None if self.stale() else self.view

    def _usable(self) -> bool:
        view = self.view
        return (
            view is not None
            and not self._dirty
            and time.monotonic() - view.read_at <= self.serve_limit
            and (view.boundary is None or self.service.clock() < view.boundary)
        )

    def ensure_fresh(self) -> Reply | None:
        """Refresh when stale (blocking: database). None when the view may be used, otherwise
        the ``503`` to answer: the view could not be read within its bound (fail closed)."""
        if not self.stale():
            return None
        try:
            self.refresh()
            return None
        except (SQLAlchemyError, FeedUnavailable) as exc:
            logger.warning("reading the allow-list feed's state failed: %s", exc)
        return None if self._usable() else UNAVAILABLE

    # -- refreshing (blocking: database) --------------------------------------------------------
    def refresh(self) -> None:
        """Read versions and tokens again. While another thread does, a view within
        ``serve_limit`` is used as it is; an older one waits for that refresh (then reads
        again if it is still stale), at most ``REFRESH_WAIT_SECONDS``."""
        if not self._lock.acquire(blocking=False):
            if self._usable():
                return
            if not self._lock.acquire(timeout=REFRESH_WAIT_SECONDS):
                raise FeedUnavailable("another refresh of the feed's state is taking too long")
            if not self.stale():
                self._lock.release()
                return
        try:
            self._load()
        finally:
            self._lock.release()
        if self._seen and time.monotonic() - self._last_flush >= self.fetch_flush_seconds:
            self._last_flush = time.monotonic()
            threading.Thread(  # the poll that triggered this refresh does not wait for it
                target=self.flush_fetches, kwargs={"wait": False}, name="feed-fetches", daemon=True
            ).start()

    def _load(self) -> None:
        was_dirty, self._dirty = self._dirty, False
        read_at = time.monotonic()
        old = self.view
        try:
            now = self.service.clock()
            if old is None or (old.boundary is not None and now >= old.boundary):
                self.service.publish_now("profile schedule")
            with session_scope(self.service.engine) as s:
                number = s.exec(select(func.max(AllowListVersion.version))).one()
                tokens = active_tokens(s)
            snap = old.snap if old is not None else None
            if number is None or snap is None or number != snap.version:
                latest = self.service.latest_snapshot()
                if snap is None or latest.version >= snap.version:
                    snap = latest
        except BaseException:
            self._dirty = self._dirty or was_dirty
            raise
        boundary = next_boundary(now, self.service.windows)
        if old is not None and old.snap is snap and old.tokens == tokens:
            # nothing changed: the answers decided so far still hold
            self.view = replace(old, read_at=read_at, boundary=boundary)
        else:
            kept = old.prepared if old is not None and old.snap is snap else {}
            self.view = View(snap, tokens, read_at, boundary, prepared=kept)

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

    def _get(self, view: View, profile: str, fmt: Format) -> _Prepared:
        key = (profile, fmt)
        prepared = view.prepared.get(key)
        if prepared is None:
            prepared = _prepare(self.service.artifact(view.snap, profile, fmt))
            view.prepared[key] = prepared
        return prepared

    # -- answering ------------------------------------------------------------------------------
    def authorize(
        self, authorization: str | None, client: str | None, view: View | None = None
    ) -> Reply | TokenInfo:
        """The consumer of a valid token allowed from ``client``, or the refusal."""
        if not authorization or not authorization[:7].lower() == "bearer ":
            return _error(401, "bearer token required", [(b"www-authenticate", b"Bearer")])
        view = view or self.view
        info = (view.tokens if view else {}).get(token_hash(authorization[7:].strip()))
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
        view: View | None = None,
    ) -> Reply:
        """Answer one request from ``view`` (by default the current one; call
        ``ensure_fresh`` first)."""
        view = view or self.view
        assert view is not None
        info = self.authorize(authorization, client, view)
        if isinstance(info, Reply):
            return info
        if profile is not None and profile not in PROFILES:
            return _error(400, "profile must be test or live")
        try:
            chosen = Format.parse(fmt) if fmt else Format.JSON
        except ValueError:
            return _error(400, f"unknown format; use one of {FORMATS_HELP}")
        prepared = self._get(view, profile or view.snap.profile, chosen)
        if path == SIG_PATH:
            return replace(prepared.signature, consumer=info.name)
        reply = replace(prepared.ok, consumer=info.name)
        if if_none_match is not None and matches(if_none_match, reply.etags):
            return replace(reply, status=304, headers=reply.not_modified, body=b"")
        return reply

    def decide(self, view: View, scope: dict[str, Any], authorization: str | None) -> Reply:
        """The reply (before ``If-None-Match``) to a request, memoised in ``view``; kept for
        the fast path too when the protocol passed the request's raw inputs."""
        client = scope.get("client")
        host = client[0] if client else None
        key = (scope["path"], scope.get("query_string", b""), authorization, host)
        reply = view.memo.get(key)
        if reply is None:
            query = parse_qs(key[1].decode("latin-1"))
            reply = self.respond(
                path=key[0],
                profile=(query.get("profile") or [None])[-1],
                fmt=(query.get("format") or [None])[-1],
                authorization=authorization,
                if_none_match=None,
                client=host,
                view=view,
            )
            if len(view.memo) > MEMO_LIMIT:
                view.memo = {}
            view.memo[key] = reply
        raw = scope.get(FAST_KEY)
        if raw is not None and reply.etags and reply.consumer and raw not in view.learned:
            if len(view.learned) > MEMO_LIMIT:
                view.learned = {}
            view.learned[raw] = _learned(reply)
        return reply

    async def asgi(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """The ASGI path: the decision for (path, query, token, client) is memoised until the
        view changes, so a poll costs a header scan, a dict lookup and an ETag comparison."""
        authorization = if_none_match = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value.decode("latin-1")
            elif name == b"if-none-match":
                text = value.decode("latin-1")
                if_none_match = text if if_none_match is None else f"{if_none_match}, {text}"
        view = self.fresh_view()
        if view is None:
            failure = await anyio.to_thread.run_sync(self.ensure_fresh)
            view = self.view
            if failure is not None or view is None:
                await _send(send, failure or UNAVAILABLE, scope["method"])
                return
        reply = self.decide(view, scope, authorization)
        if if_none_match is not None and reply.etags and matches(if_none_match, reply.etags):
            reply = replace(reply, status=304, headers=reply.not_modified, body=b"")
        self.note(reply, reply.status, scope["method"])
        await _send(send, reply, scope["method"])


async def _send(send: Any, reply: Reply, method: str) -> None:
    await send({"type": "http.response.start", "status": reply.status, "headers": reply.headers})
    await send({"type": "http.response.body", "body": b"" if method == "HEAD" else reply.body})


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
