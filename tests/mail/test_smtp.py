"""mail.smtp.SmtpSender against an in-process aiosmtpd sink (tests/fixtures/smtp.py)."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from typing import Any

import pytest

from intake.errors import ConfigurationError
from mail.smtp import SmtpSender, SmtpSendError
from tests.fixtures.smtp import SMTP_PASSWORD, SMTP_USER, Sink


def notice() -> EmailMessage:
    m = EmailMessage()
    m["From"] = "podatelna@csu.example"
    m["To"] = "jan.novak@example.cz"
    m["Subject"] = "Potvrzení o přijetí podání"
    m.set_content("Vaše podání bylo přijato.\nČíslo jednací: CSU-EP/2026/000042\n")
    return m


def test_plain_send_adds_message_id_and_date(smtp_sink: Sink) -> None:
    sender = SmtpSender(smtp_sink.host, smtp_sink.port, security="plain", timeout=5)
    mid = sender.send(
        notice(), envelope_from="podatelna@csu.example", recipients=["jan.novak@example.cz"]
    )
    assert mid.startswith("<") and mid.endswith("@csu.example>")
    (env,) = smtp_sink.wait_for(1)
    assert env.mail_from == "podatelna@csu.example" and env.rcpt_tos == ["jan.novak@example.cz"]
    got = email.message_from_bytes(env.original_content, policy=email.policy.default)
    assert got["Message-ID"] == mid and got["Date"] is not None
    assert got["Subject"] == "Potvrzení o přijetí podání"
    assert "CSU-EP/2026/000042" in got.get_content()


def test_bytes_are_sent_unchanged_with_their_message_id(smtp_sink: Sink) -> None:
    raw = (
        b"From: a@csu.example\r\nMessage-ID: <receipt-42@csu.example>\r\nSubject: x\r\n\r\nbody\r\n"
    )
    sender = SmtpSender(smtp_sink.host, smtp_sink.port, security="plain", timeout=5)
    assert (
        sender.send(raw, envelope_from="a@csu.example", recipients=["b@example.cz"])
        == "<receipt-42@csu.example>"
    )
    (env,) = smtp_sink.wait_for(1)
    assert env.original_content == raw
    # bytes without a Message-ID get one prepended
    mid = sender.send(
        b"Subject: y\r\n\r\nz\r\n", envelope_from="a@csu.example", recipients=["b@example.cz"]
    )
    env2 = smtp_sink.wait_for(2)[1]
    assert env2.original_content == f"Message-ID: {mid}\r\n".encode() + b"Subject: y\r\n\r\nz\r\n"


def test_refused_recipients(smtp_sink: Sink) -> None:
    smtp_sink.refuse.add("nikdo@example.cz")
    sender = SmtpSender(smtp_sink.host, smtp_sink.port, security="plain", timeout=5)
    with pytest.raises(SmtpSendError) as exc:
        sender.send(notice(), envelope_from="p@csu.example", recipients=["nikdo@example.cz"])
    assert exc.value.permanent and exc.value.refused["nikdo@example.cz"][0] == 550
    with pytest.raises(SmtpSendError, match="1 recipient"):  # partly refused: reported
        sender.send(
            notice(),
            envelope_from="p@csu.example",
            recipients=["nikdo@example.cz", "jan@example.cz"],
        )
    assert smtp_sink.wait_for(1)[0].rcpt_tos == ["jan@example.cz"]


def _starttls(sink: Sink, **overrides: Any) -> SmtpSender:
    """A STARTTLS sender with the sink's login, trusting its CA; ``overrides`` change that."""
    options: dict[str, Any] = {
        "username": SMTP_USER,
        "password": SMTP_PASSWORD,
        "timeout": 5,
        "ca_file": sink.cafile,
    }
    return SmtpSender(sink.host, sink.port, security="starttls", **(options | overrides))


def test_starttls_with_auth(smtp_sink_tls: Sink) -> None:
    sender = _starttls(smtp_sink_tls)
    sender.send(
        notice(), envelope_from="podatelna@csu.example", recipients=["jan.novak@example.cz"]
    )
    (env,) = smtp_sink_tls.wait_for(1)
    assert smtp_sink_tls.logins == [SMTP_USER]
    assert b"CSU-EP/2026/000042" in env.original_content or b"Q1NVLUVQ" in env.original_content


def test_starttls_failures(smtp_sink_tls: Sink) -> None:
    untrusted = _starttls(smtp_sink_tls, ca_file=None)
    with pytest.raises(SmtpSendError, match="TLS certificate not trusted"):
        untrusted.send(notice(), envelope_from="p@csu.example", recipients=["j@example.cz"])
    wrong = _starttls(smtp_sink_tls, password="bad-password")
    with pytest.raises(SmtpSendError, match="login refused") as exc:
        wrong.send(notice(), envelope_from="p@csu.example", recipients=["j@example.cz"])
    assert "bad-password" not in str(exc.value)
    no_tls = SmtpSender(smtp_sink_tls.host, smtp_sink_tls.port, security="plain", timeout=5)
    with pytest.raises(SmtpSendError) as exc:  # the server requires STARTTLS first
        no_tls.send(notice(), envelope_from="p@csu.example", recipients=["j@example.cz"])
    assert exc.value.permanent
    assert smtp_sink_tls.messages == []


def test_connection_refused_is_an_error(smtp_sink: Sink) -> None:
    from tests.fixtures.common import free_port

    sender = SmtpSender("127.0.0.1", free_port(), security="plain", timeout=2)
    with pytest.raises(SmtpSendError, match="ConnectionRefusedError"):
        sender.send(notice(), envelope_from="p@csu.example", recipients=["j@example.cz"])


def test_configuration_checks() -> None:
    with pytest.raises(ConfigurationError):
        SmtpSender("smtp.example.cz", 25, security="plain")
    with pytest.raises(ConfigurationError):
        SmtpSender("127.0.0.1", 25, security="plain", username="u", password="p")
    with pytest.raises(ConfigurationError):
        SmtpSender("127.0.0.1", 25, security="ssl")


def test_implicit_tls(smtp_sink_implicit_tls: Sink) -> None:
    sink = smtp_sink_implicit_tls
    sender = SmtpSender(sink.host, sink.port, security="tls", timeout=5, ca_file=sink.cafile)
    mid = sender.send(notice(), envelope_from="podatelna@csu.example", recipients=["j@example.cz"])
    (env,) = sink.wait_for(1)
    assert (
        email.message_from_bytes(env.original_content, policy=email.policy.default)["Message-ID"]
        == mid
    )
