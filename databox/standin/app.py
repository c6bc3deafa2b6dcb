"""The stand-in WSGI application: Basic auth, SOAP services, admin endpoint, faults.

Paths: ``<prefix>/dx``, ``<prefix>/dz`` (SOAP 1.1) and ``<prefix>/vodz`` (SOAP 1.2) for
every ISDS login prefix (``/DS/``, ``/cert/DS/``, ``/certds/DS/``, ``/hspis/DS/``), so one
``base_url`` serves ws1 and ws2. Login per prefix as in ISDS (see ``_authorised``); client
certificates need HTTPS (``StandIn(tls=True)``). Admin (name and password):
``GET /_admin/state``, ``POST /_admin/faults`` (JSON), ``DELETE /_admin/faults``,
``POST /_admin/messages`` (a raw ZFO body; ``?vodz=1`` marks it big).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from databox.standin.envelope import (
    SOAP11,
    SOAP12,
    SoapError,
    envelope_xml,
    mtom_reply,
    parse_request,
)
from databox.standin.soap import answer, status_only
from databox.standin.store import Fault, Mailbox
from databox.zfo import NS

logger = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
AUTH_PAGE = (
    b"<!DOCTYPE html><html><head><title>401 Authorization Required</title></head>"
    b"<body><h1>Authentication required!</h1></body></html>"
)
MAX_BODY = 256 * 1024 * 1024


def _content_type(soap_ns: str) -> str:
    if soap_ns == SOAP12:
        return "application/soap+xml; charset=utf-8"
    return "text/xml; charset=utf-8"


class StandInApp:
    def __init__(self, mailbox: Mailbox, username: str, password: str) -> None:
        self.mailbox = mailbox
        self._user = username.encode()
        self._password = password.encode()

    def _basic(self, environ: dict[str, Any]) -> tuple[bytes, bytes] | None:
        header = environ.get("HTTP_AUTHORIZATION", "")
        if not header.startswith("Basic "):
            return None
        try:
            user, _, pw = base64.b64decode(header[6:], validate=True).partition(b":")
        except (binascii.Error, ValueError):
            return None
        return user, pw

    def _authorised(self, environ: dict[str, Any], path: str) -> bool:
        """The ISDS login rules per path prefix: ``/DS/`` name + password; ``/cert/DS/`` a
        client certificate (system certificate); ``/certds/DS/`` certificate + name and
        password; ``/hspis/DS/`` certificate + Basic with our box ID and an empty password.
        Any client certificate issued by the stand-in's CA counts as registered."""
        creds = self._basic(environ)
        password_ok = creds is not None and bool(
            hmac.compare_digest(creds[0], self._user)
            & hmac.compare_digest(creds[1], self._password)
        )
        cert_ok = environ.get("SSL_CLIENT_VERIFIED") == "1"
        if path.startswith("/cert/DS/"):
            return cert_ok
        if path.startswith("/certds/DS/"):
            return cert_ok and password_ok
        if path.startswith("/hspis/DS/"):
            return cert_ok and creds == (self.mailbox.box_id.encode(), b"")
        return password_ok

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if not self._authorised(environ, path):
            return self._reply(
                start_response,
                "401 Unauthorized",
                "text/html",
                AUTH_PAGE,
                [("WWW-Authenticate", 'Basic realm="ISDS stand-in"')],
            )
        if path.startswith("/_admin/"):
            return self._admin(environ, start_response, path, method)
        service = path.rsplit("/", 1)[-1]
        if method != "POST" or service not in ("dx", "dz", "vodz") or "/DS/" not in path:
            return self._reply(start_response, "404 Not Found", "text/plain", b"not found")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        body = environ["wsgi.input"].read(min(length, MAX_BODY))
        return self._soap(start_response, service, body)

    def _soap(self, start_response: StartResponse, service: str, body: bytes) -> Iterable[bytes]:
        box = self.mailbox
        soap_ns = SOAP12 if service == "vodz" else SOAP11
        try:
            soap_ns, operation, request = parse_request(body, service)
        except SoapError as exc:
            with box.lock:
                box.rejected.append(str(exc))
            logger.warning("stand-in refused a request: %s", exc)
            return self._reply(
                start_response,
                "500 Internal Server Error",
                _content_type(soap_ns),
                envelope_xml(soap_ns, None, str(exc)),
            )
        with box.lock:
            box.calls.append(operation)
            box.active += 1
            box.max_active = max(box.max_active, box.active)
        try:
            ids = [e.text for e in request.iter(f"{{{NS}}}dmID")]
            fault = box.take_fault(operation, ids[0] if ids else None)
            if fault is not None and fault.kind != "slow":
                return self._fault(start_response, soap_ns, operation, fault)
            if fault is not None:
                time.sleep(fault.delay)
            try:
                response = answer(box, operation, request)
            except Exception as exc:  # a stand-in bug: answer as a server would, and log it
                logger.exception("stand-in failed on %s", operation)
                return self._reply(
                    start_response,
                    "500 Internal Server Error",
                    _content_type(soap_ns),
                    envelope_xml(soap_ns, None, f"{exc.__class__.__name__}: {exc}"),
                )
            if box.mtom and operation == "SignedBigMessageDownload":
                ctype, body = mtom_reply(soap_ns, response)
                return self._reply(start_response, "200 OK", ctype, body)
            return self._reply(
                start_response, "200 OK", _content_type(soap_ns), envelope_xml(soap_ns, response)
            )
        finally:
            with box.lock:
                box.active -= 1

    def _fault(
        self, start_response: StartResponse, soap_ns: str, operation: str, fault: Fault
    ) -> Iterable[bytes]:
        ctype = _content_type(soap_ns)
        if fault.kind == "hang":
            time.sleep(fault.delay)
        if fault.kind in ("http503", "hang"):
            return self._reply(
                start_response,
                "503 Service Unavailable",
                ctype,
                envelope_xml(soap_ns, None, "ISDS je dočasně nedostupný"),
            )
        if fault.kind == "auth":
            return self._reply(start_response, "401 Unauthorized", "text/html", AUTH_PAGE)
        if fault.kind == "malformed":
            return self._reply(
                start_response,
                "200 OK",
                ctype,
                b'<?xml version="1.0"?><soap:Envelope xmlns:soap="'
                + soap_ns.encode()
                + b'"><soap:Body><p:broken',
            )
        if fault.kind == "soapfault":
            return self._reply(
                start_response,
                "500 Internal Server Error",
                ctype,
                envelope_xml(soap_ns, None, fault.message),
            )
        return self._reply(
            start_response,
            "200 OK",
            ctype,
            envelope_xml(soap_ns, status_only(operation, fault.code, fault.message)),
        )

    def _admin(
        self, environ: dict[str, Any], start_response: StartResponse, path: str, method: str
    ) -> Iterable[bytes]:
        box = self.mailbox
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(min(length, MAX_BODY)) if length else b""
        try:
            if path == "/_admin/state" and method == "GET":
                result: object = box.snapshot()
            elif path == "/_admin/faults" and method == "POST":
                spec = json.loads(body or b"{}")
                box.inject(spec.pop("kind"), spec.pop("operation", None), **spec)
                result = {"faults": len(box.faults)}
            elif path == "/_admin/faults" and method == "DELETE":
                box.clear_faults()
                result = {"faults": 0}
            elif path == "/_admin/messages" and method == "POST":
                vodz = "vodz=1" in environ.get("QUERY_STRING", "")
                msg = box.add_zfo(body, vodz=True if vodz else None)
                result = {"dmID": msg.dm_id, "vodz": msg.vodz}
            else:
                return self._reply(start_response, "404 Not Found", "text/plain", b"not found")
        except (ValueError, KeyError, TypeError, etree.LxmlError) as exc:
            return self._reply(
                start_response,
                "400 Bad Request",
                "application/json",
                json.dumps({"error": str(exc)}).encode(),
            )
        return self._reply(
            start_response,
            "200 OK",
            "application/json",
            json.dumps(result, ensure_ascii=False).encode(),
        )

    @staticmethod
    def _reply(
        start_response: StartResponse,
        status: str,
        ctype: str,
        body: bytes,
        extra: list[tuple[str, str]] | None = None,
    ) -> Iterable[bytes]:
        headers = [("Content-Type", ctype), ("Content-Length", str(len(body)))]
        start_response(status, headers + (extra or []))
        return [body]
