"""Sending notices by SMTP (smtplib): implicit TLS, STARTTLS or plain (loopback only), with
optional AUTH; certificate verification on by default. Errors become ``SmtpSendError``."""

from __future__ import annotations

import email.policy
import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import formatdate, make_msgid

from intake.errors import ConfigurationError, IntakeError
from mail.imapconn import is_loopback

logger = logging.getLogger(__name__)


class SmtpSendError(IntakeError):
    """A message could not be handed to the SMTP server.

    ``permanent`` is True for 5xx refusals (retrying will not help); ``refused`` maps refused
    recipients to (code, reply) when only some of them were refused."""

    def __init__(
        self,
        message: str,
        *,
        permanent: bool = False,
        refused: dict[str, tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.refused = refused or {}


class SmtpSender:
    def __init__(
        self,
        host: str,
        port: int = 25,
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        verify_tls: bool = True,
        ca_file: str | None = None,
    ) -> None:
        if security not in ("tls", "starttls", "plain"):
            raise ConfigurationError("smtp: security must be tls, starttls or plain")
        if security == "plain" and not is_loopback(host):
            raise ConfigurationError("smtp: security = plain is allowed only for a loopback host")
        if security == "plain" and username:
            raise ConfigurationError("smtp: refusing to send a password without TLS")
        self.host, self.port, self.security = host, port, security
        self.username, self.password = username, password
        self.timeout = timeout
        self.verify_tls, self.ca_file = verify_tls, ca_file

    def _context(self) -> ssl.SSLContext:
        if not self.verify_tls:
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            return ctx
        return ssl.create_default_context(cafile=self.ca_file)

    def send(
        self,
        message: EmailMessage | bytes,
        *,
        envelope_from: str,
        recipients: list[str] | tuple[str, ...],
    ) -> str:
        """Send one message; returns its Message-ID (added when the message had none)."""
        if not recipients:
            raise SmtpSendError("no recipients", permanent=True)
        data, message_id = self._prepare(message, envelope_from)
        where = f"{self.host}:{self.port}"
        try:
            with self._connect() as smtp:
                if self.username:
                    smtp.login(self.username, self.password or "")
                refused = smtp.sendmail(envelope_from, list(recipients), data)
        except smtplib.SMTPRecipientsRefused as exc:
            raise SmtpSendError(
                f"smtp {where}: every recipient refused",
                permanent=True,
                refused=_decode(exc.recipients),
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise SmtpSendError(
                f"smtp {where}: login refused for {self.username} ({exc.smtp_code})", permanent=True
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise SmtpSendError(
                f"smtp {where}: {exc.smtp_code} {_text(exc.smtp_error)}",
                permanent=500 <= exc.smtp_code < 600,
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise SmtpSendError(
                f"smtp {where}: TLS certificate not trusted ({exc.verify_message or exc.reason})"
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise SmtpSendError(f"smtp {where}: {type(exc).__name__}: {exc}") from None
        if refused:
            logger.warning("smtp %s: some recipients refused for %s", where, message_id)
            raise SmtpSendError(
                f"smtp {where}: {len(refused)} recipient(s) refused; the others accepted",
                permanent=True,
                refused=_decode(refused),
            )
        logger.info("smtp %s: sent %s to %d recipient(s)", where, message_id, len(recipients))
        return message_id

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            return smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=self._context()
            )
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        try:
            if self.security == "starttls":
                smtp.starttls(context=self._context())
        except BaseException:
            smtp.close()
            raise
        return smtp

    @staticmethod
    def _prepare(message: EmailMessage | bytes, envelope_from: str) -> tuple[bytes, str]:
        domain = envelope_from.rpartition("@")[2] or "localhost"
        if isinstance(message, EmailMessage):
            if message["Message-ID"] is None:
                message["Message-ID"] = make_msgid(domain=domain)
            if message["Date"] is None:
                message["Date"] = formatdate(localtime=False, usegmt=True)
            data = message.as_bytes(policy=email.policy.SMTP)
            return data, str(message["Message-ID"]).strip()
        headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(message)
        message_id = headers["Message-ID"]
        if message_id:
            return message, str(message_id).strip()
        new_id = make_msgid(domain=domain)
        return f"Message-ID: {new_id}\r\n".encode() + message, new_id


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _decode(refused: dict[str, tuple[int, bytes]]) -> dict[str, tuple[int, str]]:
    return {rcpt: (code, _text(msg)) for rcpt, (code, msg) in refused.items()}
