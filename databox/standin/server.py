"""Run the stand-in: a threaded WSGI server on loopback, HTTPS optional."""

from __future__ import annotations

import logging
import socketserver
import ssl
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from databox.standin.app import StandInApp
from databox.standin.authority import SealingAuthority
from databox.standin.store import Mailbox

logger = logging.getLogger(__name__)


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("stand-in: " + format, *args)

    def get_environ(self) -> dict[str, Any]:
        env: dict[str, Any] = super().get_environ()
        peer = getattr(self.connection, "getpeercert", None)
        cert = peer() if peer is not None else None
        if cert:  # only present when the TLS layer verified it against the stand-in CA
            env["SSL_CLIENT_VERIFIED"] = "1"
            env["SSL_CLIENT_S_DN"] = repr(cert.get("subject", ()))
        return env


class StandIn:
    """An ISDS stand-in server. ``with StandIn(username=…, password=…) as s:`` starts it on a
    free loopback port; ``s.url`` is the ``base_url`` for ``DataboxClient``; ``s.mailbox``
    holds its state; ``s.authority`` seals its ZFOs."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        host: str = "127.0.0.1",
        port: int = 0,
        authority: SealingAuthority | None = None,
        mailbox: Mailbox | None = None,
        tls: bool = False,
    ) -> None:
        self.authority = authority or (
            mailbox.authority if mailbox else SealingAuthority.generate()
        )
        self.mailbox = mailbox or Mailbox(authority=self.authority)
        self.app = StandInApp(self.mailbox, username, password)
        self._server = make_server(
            host, port, self.app, server_class=_ThreadingServer, handler_class=_QuietHandler
        )
        self.tls = tls
        if tls:
            cert, key = self.authority.server_credentials([host, "localhost"])
            with tempfile.TemporaryDirectory() as d:
                (Path(d) / "c.pem").write_bytes(cert)
                (Path(d) / "k.pem").write_bytes(key)
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.load_cert_chain(str(Path(d) / "c.pem"), str(Path(d) / "k.pem"))
            ctx.verify_mode = ssl.CERT_OPTIONAL  # client certificates for /cert/DS/ etc.
            ctx.load_verify_locations(cadata=self.authority.ca_pem().decode("ascii"))
            self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def start(self) -> StandIn:
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="isds-standin", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
