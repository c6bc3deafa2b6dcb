"""Revocation fetching with an SSRF guard and a cache.

Certificate URLs (CRL distribution points, OCSP, caIssuers) are attacker input: only http(s)
to hosts whose every resolved address is public is allowed (loopback/private only when
explicitly configured, for tests), redirects are not followed, and responses are size-capped.
Fetched CRLs and OCSP responses are kept until their nextUpdate (capped), so a thousand
messages from one signer cost one fetch. OCSP requests carry no nonce, so identical requests
can be answered from the cache until the response's nextUpdate.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from asyncio import to_thread
from collections.abc import Awaitable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from asn1crypto import crl, ocsp
from pyhanko_certvalidator.fetchers.api import FetcherBackend, Fetchers, FetchLimits
from pyhanko_certvalidator.fetchers.common_utils import FetchBudget
from pyhanko_certvalidator.fetchers.requests_fetchers.cert_fetch_client import (
    RequestsCertificateFetcher,
)
from pyhanko_certvalidator.fetchers.requests_fetchers.crl_client import RequestsCRLFetcher
from pyhanko_certvalidator.fetchers.requests_fetchers.ocsp_client import RequestsOCSPFetcher

from verifiers.trust import sha256_hex

logger = logging.getLogger(__name__)

MAX_BYTES = 32 * 1024 * 1024
MAX_TTL = 24 * 3600.0
NO_NEXT_UPDATE_TTL = 300.0


class BlockedURL(requests.RequestException):
    """A revocation URL the guard refuses (scheme, private host, redirect)."""


@dataclass(frozen=True)
class UrlGuard:
    allow_private: bool = False

    def check(self, url: str) -> str | None:
        """Refuse the URL, or return the vetted address to connect to (None: use the URL)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlockedURL(f"refused revocation URL {url!r}: scheme")
        if self.allow_private:
            return None
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
        except OSError as e:
            raise BlockedURL(f"cannot resolve {parts.hostname}: {e}") from e
        for info in infos:
            addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            if not addr.is_global:
                raise BlockedURL(f"refused revocation URL {url!r}: non-public address {addr}")
        return str(infos[0][4][0]) if infos else None


def pinned(url: str, address: str | None) -> tuple[str, dict[str, str]]:
    """For plain http, connect to the vetted address (no second DNS lookup an attacker could
    rebind) and send the original Host header; https keeps the name for certificate checks."""
    parts = urlsplit(url)
    if address is None or parts.scheme != "http" or parts.hostname is None:
        return url, {}
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    host_header = parts.netloc.rsplit("@", 1)[-1]
    return parts._replace(netloc=netloc).geturl(), {"Host": host_header}


@dataclass
class _Entry:
    expires: float
    content: bytes
    content_type: str
    url: str


@dataclass
class _Response:
    """The bits of ``requests.Response`` pyHanko's fetchers read."""

    content: bytes
    headers: dict[str, str]
    status_code: int = 200


@dataclass
class RevinfoCache:
    """Process-wide cache of fetched revocation data, keyed by URL (+ request body for OCSP)."""

    entries: dict[tuple[str, bytes], _Entry] = field(default_factory=dict)
    by_sha256: dict[str, str] = field(default_factory=dict)
    """sha256 of fetched bytes -> URL, so records can name the source."""
    fetches: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get(self, key: tuple[str, bytes]) -> _Entry | None:
        with self.lock:
            e = self.entries.get(key)
            if e is not None and e.expires > time.time():
                return e
            return None

    def put(self, key: tuple[str, bytes], entry: _Entry) -> None:
        with self.lock:
            self.entries[key] = entry
            self.by_sha256[sha256_hex(entry.content)] = entry.url


def _ttl(content: bytes, kind: str) -> float:
    now = datetime.now(UTC)
    try:
        if kind == "crl":
            nu = crl.CertificateList.load(content)["tbs_cert_list"]["next_update"].native
        elif kind == "ocsp":
            resp = ocsp.OCSPResponse.load(content)
            nu = resp.basic_ocsp_response["tbs_response_data"]["responses"][0]["next_update"].native
        else:
            return MAX_TTL
    except Exception:  # unparsable: pyHanko will reject it; do not keep it
        return 0.0
    if nu is None:
        return NO_NEXT_UPDATE_TTL if kind == "ocsp" else 0.0
    return max(0.0, min(MAX_TTL, (nu - now).total_seconds()))


class _GuardedMixin:
    guard: UrlGuard
    cache: RevinfoCache
    per_request_timeout: float
    user_agent: str
    kind: str = ""

    def _fetch_bytes(
        self, method: str, url: str, data: bytes | None, headers: dict[str, str]
    ) -> _Response:
        key = (url, data or b"")
        hit = self.cache.get(key)
        if hit is not None:
            return _Response(hit.content, {"Content-Type": hit.content_type})
        target, extra = pinned(url, self.guard.check(url))
        self.cache.fetches += 1
        with requests.request(
            method,
            target,
            data=data,
            headers={**headers, **extra},
            timeout=self.per_request_timeout,
            allow_redirects=False,
            stream=True,
        ) as r:
            if r.status_code != 200:
                raise requests.RequestException(f"status code {r.status_code} from {url}")
            chunks, total = [], 0
            for chunk in r.iter_content(65536):
                total += len(chunk)
                if total > MAX_BYTES:
                    raise requests.RequestException(f"response from {url} too large")
                chunks.append(chunk)
            content = b"".join(chunks)
            ctype = r.headers.get("Content-Type", "")
        ttl = _ttl(content, self.kind)
        if ttl > 0:
            self.cache.put(key, _Entry(time.time() + ttl, content, ctype, url))
        else:
            with self.cache.lock:
                self.cache.by_sha256[sha256_hex(content)] = url
        return _Response(content, {"Content-Type": ctype})

    def _get(self, url: str, *, acceptable_content_types: Any) -> Awaitable[_Response]:
        headers = {"Accept": ",".join(acceptable_content_types), "User-Agent": self.user_agent}
        return to_thread(self._fetch_bytes, "GET", url, None, headers)

    def _post(
        self, url: str, data: bytes, *, content_type: str, acceptable_content_types: Any
    ) -> Awaitable[_Response]:
        headers = {
            "Accept": ",".join(acceptable_content_types),
            "User-Agent": self.user_agent,
            "Content-Type": content_type,
        }
        return to_thread(self._fetch_bytes, "POST", url, data, headers)


class _CRLFetcher(_GuardedMixin, RequestsCRLFetcher):  # type: ignore[misc]
    kind = "crl"


class _OCSPFetcher(_GuardedMixin, RequestsOCSPFetcher):  # type: ignore[misc]
    kind = "ocsp"


class _CertFetcher(_GuardedMixin, RequestsCertificateFetcher):  # type: ignore[misc]
    kind = "cert"


class GuardedFetcherBackend(FetcherBackend):
    """pyHanko fetcher backend: guarded, size-capped, cached."""

    def __init__(
        self,
        guard: UrlGuard,
        cache: RevinfoCache | None = None,
        per_request_timeout: float = 10,
        limits: FetchLimits | None = None,
    ) -> None:
        self.guard = guard
        self.cache = cache or RevinfoCache()
        self.per_request_timeout = per_request_timeout
        self.limits = limits or FetchLimits()

    def get_fetchers(self) -> Fetchers:
        budget = FetchBudget(self.limits)
        to = self.per_request_timeout
        ocsp_f = _OCSPFetcher(per_request_timeout=to, request_nonces=False, budget=budget)
        crl_f = _CRLFetcher(per_request_timeout=to, budget=budget)
        cert_f = _CertFetcher(per_request_timeout=to, budget=budget)
        for f in (ocsp_f, crl_f, cert_f):
            f.guard = self.guard
            f.cache = self.cache
        fetchers = Fetchers(ocsp_fetcher=ocsp_f, crl_fetcher=crl_f, cert_fetcher=cert_f)
        return fetchers

    async def close(self) -> None:
        return None
