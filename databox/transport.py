"""HTTP side of the ISDS client: the per-account lock and a zeep transport that checks
status, content type and size before zeep parses an answer."""

from __future__ import annotations

import threading
from typing import Any

import requests
import zeep

from databox.errors import DataboxAuthError, DataboxProtocolError

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def account_lock(key: str) -> threading.Lock:
    """The process-wide lock of one account: ISDS forbids parallel requests per account."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


class Retry503(Exception):
    """HTTP 503: ISDS unavailable (maintenance); the caller backs off."""


class CheckedTransport(zeep.Transport):  # type: ignore[misc]
    """Checks the HTTP status and content type before zeep tries to parse a SOAP answer,
    and refuses answers larger than ``max_bytes`` while reading them (not after)."""

    def __init__(self, *args: Any, max_bytes: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes

    def post(self, address: str, message: bytes, headers: dict[str, str]) -> requests.Response:
        # verify/cert passed explicitly: a request-level REQUESTS_CA_BUNDLE from the
        # environment would otherwise override the session's own CA setting.
        response: requests.Response = self.session.post(
            address,
            data=message,
            headers=headers,
            timeout=self.operation_timeout,
            verify=self.session.verify,
            cert=self.session.cert,
            stream=True,
        )
        try:
            if response.status_code in (401, 403):
                raise DataboxAuthError(f"ISDS refused the login (HTTP {response.status_code})")
            if response.status_code == 503:
                raise Retry503()
            ctype = response.headers.get("Content-Type", "")
            if "xml" not in ctype:
                raise DataboxProtocolError(
                    f"ISDS answered HTTP {response.status_code} with {ctype or 'no content type'}"
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise DataboxProtocolError(
                    f"ISDS answer of {declared} bytes exceeds the limit of {self.max_bytes}"
                )
            body = bytearray()
            for chunk in response.iter_content(chunk_size=1 << 20):
                body += chunk
                if len(body) > self.max_bytes:
                    raise DataboxProtocolError(
                        f"ISDS answer exceeds the limit of {self.max_bytes} bytes"
                    )
            response._content = bytes(body)
        finally:
            response.close()
        return response
