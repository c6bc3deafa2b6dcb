"""ISDS address matrix and client construction (no network)."""

from __future__ import annotations

import pytest

from databox.client import DataboxClient
from databox.endpoints import service_url
from intake.errors import ConfigurationError


@pytest.mark.parametrize(
    ("service", "kw", "url"),
    [
        ("dx", {}, "https://ws1.datovka.gov.cz/DS/dx"),
        ("dz", {"environment": "test"}, "https://ws1.datovka-test.gov.cz/DS/dz"),
        ("vodz", {}, "https://ws2.datovka.gov.cz/DS/vodz"),
        ("dx", {"login": "certificate"}, "https://ws1c.datovka.gov.cz/cert/DS/dx"),
        ("vodz", {"login": "certificate"}, "https://ws2c.datovka.gov.cz/cert/DS/vodz"),
        ("dz", {"login": "hosted"}, "https://ws1c.datovka.gov.cz/hspis/DS/dz"),
        ("dz", {"login": "user_certificate"}, "https://ws1c.datovka.gov.cz/certds/DS/dz"),
        ("dx", {"legacy_domain": True}, "https://ws1.mojedatovaschranka.cz/DS/dx"),
        (
            "dx",
            {"legacy_domain": True, "environment": "test", "login": "certificate"},
            "https://ws1c.czebox.cz/cert/DS/dx",
        ),
        ("vodz", {"base_url": "http://127.0.0.1:8081/"}, "http://127.0.0.1:8081/DS/vodz"),
        ("dx", {"domain": "datovka.cms2.cz"}, "https://ws1.datovka.cms2.cz/DS/dx"),
    ],
)
def test_service_url(service: str, kw: dict[str, object], url: str) -> None:
    assert service_url(service, **kw) == url  # type: ignore[arg-type]


def test_unknown_environment_or_login() -> None:
    with pytest.raises(ValueError):
        service_url("dx", environment="staging")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        service_url("dx", login="otp")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kw",
    [
        {"login": "password", "username": "u"},
        {"login": "password", "password": "p"},
        {"login": "certificate"},
        {"login": "hosted", "certificate": "c.pem"},
        {"login": "user_certificate", "certificate": "c.pem", "username": "u"},
    ],
)
def test_missing_credentials_are_configuration_errors(kw: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        DataboxClient(**kw)  # type: ignore[arg-type]


def test_hosted_login_sends_box_id_with_empty_password() -> None:
    client = DataboxClient(login="hosted", box_id="abc1234", certificate="c.pem", key="k.pem")
    auth = client._session.auth
    assert (auth.username, auth.password) == ("abc1234", "")  # type: ignore[union-attr]
    assert client._session.cert == ("c.pem", "k.pem")
    assert client._urls["dx"] == "https://ws1c.datovka.gov.cz/hspis/DS/dx"
