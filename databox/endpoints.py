"""ISDS web-service addresses: host prefix × login method × service suffix (PŘ-2026 §II.5)."""

from __future__ import annotations

from typing import Literal

Environment = Literal["production", "test"]
Login = Literal["password", "certificate", "hosted", "user_certificate"]
Service = Literal["dx", "dz", "vodz"]

DOMAINS: dict[str, str] = {"production": "datovka.gov.cz", "test": "datovka-test.gov.cz"}
"""Current domains (since 2026)."""
LEGACY_DOMAINS: dict[str, str] = {"production": "mojedatovaschranka.cz", "test": "czebox.cz"}
"""Pre-2026 domains, still answering; selectable with ``legacy_domain=True``."""

PREFIXES: dict[str, str] = {
    "password": "/DS/",  # Basic name + password, ws1 / ws2
    "certificate": "/cert/DS/",  # system certificate (spisová služba), ws1c / ws2c
    "user_certificate": "/certds/DS/",  # user certificate + Basic, ws1c / ws2c
    "hosted": "/hspis/DS/",  # hosted records service certificate + Basic(dbID:), ws1c / ws2c
}


def service_url(
    service: Service,
    *,
    environment: Environment = "production",
    login: Login = "password",
    base_url: str | None = None,
    legacy_domain: bool = False,
    domain: str | None = None,
) -> str:
    """The endpoint URL for ``service``. ``base_url`` (e.g. the stand-in,
    ``http://127.0.0.1:8081``) replaces scheme and host; ``domain`` overrides the domain."""
    if login not in PREFIXES:
        raise ValueError(f"unknown login method {login!r}")
    path = PREFIXES[login] + service
    if base_url:
        return base_url.rstrip("/") + path
    if domain is None:
        table = LEGACY_DOMAINS if legacy_domain else DOMAINS
        if environment not in table:
            raise ValueError(f"unknown ISDS environment {environment!r}")
        domain = table[environment]
    host = ("ws2" if service == "vodz" else "ws1") + ("" if login == "password" else "c")
    return f"https://{host}.{domain}{path}"
