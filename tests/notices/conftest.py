"""Notices test setup: a seal PKI generated at test time, stages that take their verdict from
test headers, and an application wired to the aiosmtpd sink and the ISDS stand-in."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from databox.standin.certs import certificate, rsa_key
from databox.standin.server import StandIn
from intake.bootstrap import App, build_app
from intake.config import load_settings
from intake.model import Channel, Code, ParsedMessage, Problem, RawItem, VerificationOutcome
from intake.pipeline import CheckResult, ExtractResult
from tests.fakes import FakeStages, body_text
from tests.fixtures.isds import ISDS_USER, standin_password
from tests.fixtures.smtp import Sink

OUR_ADDRESS = "podatelna@czso.example"


@dataclass(frozen=True)
class SealPki:
    root: x509.Certificate
    root_file: Path
    cert_file: Path
    key_file: Path
    tsa_cert: x509.Certificate
    tsa_key: rsa.RSAPrivateKey


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test ČSÚ"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


@pytest.fixture(scope="session")
def seal_pki(tmp_path_factory: pytest.TempPathFactory) -> SealPki:
    """Root CA → seal certificate (RSA 2048), written as PEM files; nothing committed."""
    d = tmp_path_factory.mktemp("seal-pki")
    now = datetime.now(UTC) - timedelta(minutes=5)
    root_key = rsa_key()
    root = certificate(
        _name("Test Root CA"),
        root_key.public_key(),
        issuer=None,
        issuer_public_key=None,
        ca=True,
        not_before=now,
        not_after=now + timedelta(days=30),
    ).sign(root_key, hashes.SHA256())

    def issue(cn: str, *extensions: tuple[x509.ExtensionType, bool]) -> tuple[Any, Any]:
        """An end-entity certificate (RSA 2048, signing key usage) under the root."""
        key = rsa_key()
        builder = certificate(
            _name(cn),
            key.public_key(),
            issuer=root.subject,
            issuer_public_key=root_key.public_key(),
            ca=False,
            not_before=now,
            not_after=now + timedelta(days=20),
        )
        for ext, critical in extensions:
            builder = builder.add_extension(ext, critical=critical)
        return key, builder.sign(root_key, hashes.SHA256())

    key, cert = issue(
        "Český statistický úřad – pečeť",
        (x509.SubjectAlternativeName([x509.RFC822Name(OUR_ADDRESS)]), False),
    )
    tsa_key, tsa = issue(
        "Test TSA", (x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), True)
    )
    pem = serialization.Encoding.PEM
    (d / "root.pem").write_bytes(root.public_bytes(pem))
    (d / "seal.pem").write_bytes(cert.public_bytes(pem))
    (d / "seal.key").write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return SealPki(root, d / "root.pem", d / "seal.pem", d / "seal.key", tsa, tsa_key)


@pytest.fixture
def tsa_url(seal_pki: SealPki) -> Iterator[str]:
    """An RFC 3161 time-stamping authority on loopback (pyHanko's DummyTimeStamper answering
    real HTTP requests), certified by the test root."""
    from asn1crypto import keys, tsp
    from asn1crypto import x509 as ax509
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    der = serialization.Encoding.DER
    stamper = DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(seal_pki.tsa_cert.public_bytes(der)),
        tsa_key=keys.PrivateKeyInfo.load(
            seal_pki.tsa_key.private_bytes(
                der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            req = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(req).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            STAMPS.append(1)

        def log_message(self, *args: Any) -> None:
            pass

    STAMPS: list[int] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    server.shutdown()
    server.server_close()


class NoticeStages(FakeStages):
    """Fake stages steered by test headers: ``X-Test-Unsigned`` (defective), ``X-Test-Box``
    (data-box sender / named box), ``X-Test-Contact``, ``X-Test-Lang``."""

    def _msg(self, raw: bytes) -> Any:
        return email.message_from_bytes(raw, policy=email.policy.default)

    def check(self, raw: bytes, channel: Channel) -> CheckResult:
        msg = self._msg(raw)
        headers = {
            k: str(v)
            for k, v in msg.items()
            if k.lower()
            in (
                "auto-submitted",
                "precedence",
                "list-id",
                "return-path",
                "x-autoreply",
                "content-type",
            )
        }
        envelope: dict[str, str] = {}
        if channel == Channel.DATABOX:
            envelope = {
                "dmID": str(msg.get("X-Test-DmID", "12345678")),
                "dbIDSender": str(msg.get("X-Test-Box", "")),
            }
        parsed = ParsedMessage(
            channel=channel,
            subject=str(msg.get("Subject", "")),
            sender=str(msg.get("From", "")) if channel == Channel.EMAIL else envelope["dbIDSender"],
            message_id=str(msg.get("Message-ID", "")),
            headers=headers,
            envelope=envelope,
        )
        return CheckResult(parsed, (body_text(b"x"),), ())

    def verify(
        self, raw: bytes, channel: Channel, received_at: datetime | None
    ) -> VerificationOutcome:
        signed = channel == Channel.DATABOX or self._msg(raw).get("X-Test-Unsigned") is None
        return VerificationOutcome(
            records=(),
            signature={"status": "valid" if signed else "missing"},
            accepted_signature=signed,
            problems=()
            if signed
            else (Problem(Code.SIGNATURE_MISSING, "Zpráva není podepsána uznávaným podpisem."),),
        )

    def extract(self, raw: bytes, channel: Channel) -> ExtractResult:
        msg = self._msg(raw)
        org: dict[str, Any] = {"name": str(msg.get("X-Test-Org", "Deník Test"))}
        if msg.get("X-Test-Box"):
            org["databox_id"] = str(msg["X-Test-Box"])
        data = {
            "request_types": ["feed_access"],
            "production_ips": ["198.51.100.7"],
            "test_ips": ["203.0.113.5"],
            "organization": org,
            "contact": {"email": str(msg.get("X-Test-Contact", ""))},
        }
        return ExtractResult(data=data, problems=(), language=str(msg.get("X-Test-Lang", "cs")))


def mail(
    n: int,
    *,
    sender: str | None = None,
    date: str = "Mon, 19 Dec 2022 10:00:00 +0100",
    extra: str = "",
) -> bytes:
    return (
        f"Received: from mx.example by mx.czso.example; {date}\r\n"
        f"From: {sender or f'redakce{n}@example.cz'}\r\nTo: {OUR_ADDRESS}\r\n"
        f"Subject: =?utf-8?q?=C5=BD=C3=A1dost_{n}?=\r\nMessage-ID: <m{n}@example.cz>\r\n"
        f"Date: {date}\r\n{extra}MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nŽádáme o přístup.\r\n"
    ).encode()


def item(n: int, channel: Channel = Channel.EMAIL, **kw: Any) -> RawItem:
    return RawItem(source="test", ref=f"r{n}", data=mail(n, **kw), channel=channel)


def settings_kwargs(
    tmp: Path, sink: Sink | None, standin: StandIn | None, pki: SealPki | None, **notices: Any
) -> dict[str, Any]:
    """Keyword arguments of ``load_settings`` (JSON-serialisable, for subprocesses too)."""
    kw: dict[str, Any] = {
        "mode": "development",
        "base_dir": str(tmp),
        "database": {"url": f"sqlite:///{tmp}/reg.db"},
        "evidence": {"dir": str(tmp / "evidence")},
    }
    if sink is not None:
        kw["smtp"] = {
            "host": sink.host,
            "port": sink.port,
            "security": "plain",
            "sender": OUR_ADDRESS,
            "timeout_seconds": 10,
        }
    n: dict[str, Any] = {"backoff_seconds": 0.05, "max_backoff_seconds": 0.2}
    if standin is not None:
        kw["source"] = [
            {
                "kind": "databox",
                "name": "isds",
                "base_url": standin.url,
                "username": ISDS_USER,
                "password": standin_password(standin),
                "box_id": standin.mailbox.box_id,
                "timeout_seconds": 5,
            }
        ]
        n["reply_source"] = "isds"
    if pki is not None:
        n.update(seal_certificate=str(pki.cert_file), seal_key=str(pki.key_file))
    n.update(notices)
    kw["notices"] = n
    return kw


def make_settings(
    tmp: Path, sink: Sink | None, standin: StandIn | None, pki: SealPki | None, **notices: Any
) -> Any:
    return load_settings(None, **settings_kwargs(tmp, sink, standin, pki, **notices))


def make_app(settings: Any) -> App:
    return build_app(settings, stages=NoticeStages(), sources={})


@pytest.fixture
def notice_app(
    tmp_path: Path, smtp_sink: Sink, isds_standin: StandIn, seal_pki: SealPki
) -> Iterator[App]:
    app = make_app(make_settings(tmp_path, smtp_sink, isds_standin, seal_pki))
    yield app
    app.close()
