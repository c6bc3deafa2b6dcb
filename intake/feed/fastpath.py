"""The feed's ``304`` answered by the HTTP protocol itself: uvicorn's httptools protocol,
extended so that a poll of the list whose ``If-None-Match`` names the current ETag is answered
as soon as its headers are parsed — no ASGI scope, no task, no middleware, no routing, no
database.

It does not decide anything itself. The ASGI path (``FeedServer.decide``) keeps the reply it
decided for a request under the request's raw inputs (URL, ``Authorization``, peer address,
``X-Forwarded-For``: everything its decision — token, allowed sources behind trusted proxies,
profile, format — depends on), in the current ``View``. The protocol answers from there only:

- a ``GET`` of the list over keep-alive HTTP/1.1, without a body, no earlier request of the
  connection still being answered, the connection not waiting for the client to read;
- while the view is fresh (``FeedServer.fresh_view``: read less than ``refresh_seconds`` ago,
  no version published and no token changed in this process since); a new view starts with
  nothing learned unless neither the version nor the tokens changed;
- when the ASGI path already decided that raw request (an authorized list reply) and the
  ``If-None-Match`` matches its ETag.

Everything else — a first poll, another ETag, a ``HEAD``, a bad token, another path — goes on
to uvicorn and the application unchanged. The ``304`` is the same as the ASGI path's: the
server's default headers (``Date``), then the reply's ``not_modified`` headers. The fetch is
noted for ``flush_fetches`` as the ASGI path notes it. Uvicorn's access log does not see these
answers (``podatelna serve`` runs without one)."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from intake.feed.server import FAST_KEY, LIST_PATH, FeedServer, matches

_LIST = LIST_PATH.encode()
_LIST_QUERY = _LIST + b"?"
_STATUS = b"HTTP/1.1 304 Not Modified\r\n"
_BODY_FRAMING = (b"content-length", b"transfer-encoding")


class FeedProtocol(HttpToolsProtocol):
    """Bind it to a server with ``protocol_for``."""

    feed: ClassVar[FeedServer]
    _fast = False
    _defaults_of: list[tuple[bytes, bytes]] | None = None
    _defaults = b""

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._fast = False

    def on_headers_complete(self) -> None:
        url = self.url
        if (url == _LIST or url.startswith(_LIST_QUERY)) and self._answer(url):
            self._fast = True
            return
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if not self._fast:
            super().on_body(body)

    def on_message_complete(self) -> None:
        if not self._fast:
            super().on_message_complete()

    def _answer(self, url: bytes) -> bool:
        """Send the ``304`` if this request may have it; always pass the raw inputs on to
        the ASGI path (which keeps its decision under them)."""
        authorization = if_none_match = forwarded = None
        body = False
        for name, value in self.headers:
            if name == b"authorization":
                authorization = value
            elif name == b"if-none-match":
                if_none_match = value if if_none_match is None else if_none_match + b", " + value
            elif name == b"x-forwarded-for":
                forwarded = value if forwarded is None else forwarded + b", " + value
            elif name in _BODY_FRAMING:
                body = True
        key = (url, authorization, self.client[0] if self.client else None, forwarded)
        cast(dict[str, Any], self.scope)[FAST_KEY] = key
        if if_none_match is None or body or not self._idle_get():
            return False
        view = self.feed.fresh_view()
        learned = view.learned.get(key) if view is not None else None
        if learned is None or not matches(if_none_match.decode("latin-1"), learned.reply.etags):
            return False
        self._write_304(learned.head)
        self.feed.note(learned.reply, 304, "GET")
        self.feed.fast_answers += 1
        return True

    def _idle_get(self) -> bool:
        """A keep-alive HTTP/1.1 GET that may be answered now, in order."""
        parser = self.parser
        return (
            parser.get_method() == b"GET"
            and parser.get_http_version() == "1.1"
            and parser.should_keep_alive()
            and not parser.should_upgrade()
            and not self.pipeline
            and (self.cycle is None or self.cycle.response_complete)
            and not self.flow.write_paused
        )

    def _write_304(self, head: bytes) -> None:
        defaults = self.server_state.default_headers  # replaced by uvicorn every second (Date)
        if defaults is not self._defaults_of:
            self._defaults_of = defaults
            self._defaults = b"".join(n + b": " + v + b"\r\n" for n, v in defaults)
        self.transport.write(b"".join((_STATUS, self._defaults, head, b"\r\n")))
        self.server_state.total_requests += 1
        self._unset_keepalive_if_required()
        self.timeout_keep_alive_task = self.loop.call_later(
            self.timeout_keep_alive, self.timeout_keep_alive_handler
        )


def protocol_for(server: FeedServer) -> type[FeedProtocol]:
    """The protocol class for uvicorn (``uvicorn.Config(..., http=protocol_for(server))``)."""

    class Bound(FeedProtocol):
        feed = server

    return Bound
