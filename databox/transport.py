"""HTTP side of the ISDS client: the per-account lock and a zeep transport that checks
status, content type and size before zeep parses an answer."""

from __future__ import annotations

import base64
import binascii
import fcntl
import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import requests
import zeep
from lxml import etree
from requests_toolbelt.multipart.decoder import MultipartDecoder

from databox.errors import DataboxAuthError, DataboxProtocolError

logger = logging.getLogger(__name__)

_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
DEFAULT_LOCK_DIR = Path(tempfile.gettempdir()) / "podatelna-isds-locks"


def account_lock(key: str) -> threading.Lock:
    """The process-wide lock of one account: ISDS forbids parallel requests per account."""
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


class AccountLock:
    """One request at a time per account: a thread lock within the process and, when
    ``lock_dir`` is usable, an exclusive ``flock`` on a file named after the account there,
    so that pollers, workers and the notice sender on one machine take turns as well."""

    def __init__(self, key: str, lock_dir: Path | None) -> None:
        self._thread_lock = account_lock(key)
        self._path: Path | None = None
        if lock_dir is not None:
            try:
                if not lock_dir.is_dir():
                    lock_dir.mkdir(parents=True, exist_ok=True)
                    os.chmod(lock_dir, 0o1777)  # shared by the service's users, like /tmp
                self._path = lock_dir / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".lock")
            except OSError as exc:
                logger.warning("no cross-process ISDS lock in %s: %s", lock_dir, exc)
        self._fd: int | None = None

    def __enter__(self) -> AccountLock:
        self._thread_lock.acquire()
        if self._path is not None:
            try:
                fd = os.open(self._path, os.O_RDONLY | os.O_CREAT, 0o644)
            except OSError as exc:
                logger.warning("no cross-process ISDS lock at %s: %s", self._path, exc)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX)
                self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
                os.close(self._fd)
                self._fd = None
        finally:
            self._thread_lock.release()


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
            if ctype.lower().startswith("multipart/related"):
                # MTOM/XOP: put each binary part back inline (zeep strips CR/LF from the ends
                # of a binary part, which corrupts a ZFO whose last byte is 0x0a or 0x0d)
                response._content, inner = unpack_xop(response._content, ctype)
                response.headers["Content-Type"] = inner
        finally:
            response.close()
        return response


XOP_INCLUDE = "{http://www.w3.org/2004/08/xop/include}Include"
_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, load_dtd=False)


def unpack_xop(body: bytes, ctype: str) -> tuple[bytes, str]:
    """A multipart/related (MTOM/XOP) SOAP answer as the plain SOAP envelope it stands for:
    every ``xop:Include`` replaced by the base64 text of the part it references, byte-exact.
    Returns the envelope and its content type (the ``start-info``/``type`` parameter)."""
    try:
        decoder = MultipartDecoder(body, ctype)
    except Exception as exc:  # ImproperBodyPartContentException, NonMultipartContentTypeException
        raise DataboxProtocolError(f"ISDS sent a damaged MTOM answer: {exc}") from exc
    parts: dict[str, bytes] = {}
    root: bytes | None = None
    for part in decoder.parts:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in part.headers.items()}
        data = part.content
        if headers.get("content-transfer-encoding", "").strip().lower() == "base64":
            try:
                data = base64.b64decode(data)
            except (binascii.Error, ValueError) as exc:
                raise DataboxProtocolError(f"ISDS sent a damaged MTOM part: {exc}") from exc
        cid = headers.get("content-id", "").strip().strip("<>")
        if root is None:
            root = data  # the root part comes first (the start parameter names it)
        else:
            parts[cid] = data
    if root is None:
        raise DataboxProtocolError("ISDS sent an MTOM answer without parts")
    try:
        doc = etree.fromstring(root, _XML)
    except etree.XMLSyntaxError as exc:
        raise DataboxProtocolError(f"ISDS sent a damaged MTOM envelope: {exc}") from exc
    for inc in list(doc.iter(XOP_INCLUDE)):
        href = (inc.get("href") or "").removeprefix("cid:")
        if href not in parts:
            raise DataboxProtocolError(f"MTOM answer lacks the part {href!r}")
        parent = inc.getparent()
        if parent is None:
            raise DataboxProtocolError("MTOM answer whose envelope is only an xop:Include")
        parent.remove(inc)
        parent.text = base64.b64encode(parts[href]).decode("ascii")
    inner = "application/soap+xml" if "soap+xml" in ctype.lower() else "text/xml"
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8"), inner
