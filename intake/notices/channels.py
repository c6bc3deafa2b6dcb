"""Delivery channels of notices: e-mail (mail.smtp) and data box (databox.client).

Both carry the notice's idempotency key: e-mail in the Message-ID and an
``X-Podatelna-Notice`` header, a data message in the sender reference (dmSenderRefNumber).
A retry sends the identical key, so a recipient (or an upstream system) can drop a copy
that was already delivered. The composition root builds the channels and passes in the
factories of their clients (connected on first use)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING, Protocol

from intake.errors import IntakeError
from intake.notices.letter import SealCredentials, smime_sign
from storage.notices import Notice

if TYPE_CHECKING:
    from databox.client import DataboxClient
    from mail.smtp import SmtpSender

CONFIRMATIONS = ("receipt", "verification_result", "defect")
"""Automatic answers to an incoming message (RFC 3834: ``Auto-Submitted: auto-replied``)."""


class DeliveryError(IntakeError):
    """Sending failed; ``permanent`` failures are not retried."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class DeliveryChannel(Protocol):
    def send(self, notice: Notice, attachment: bytes | None, in_reply_to: str) -> str:
        """Deliver; returns the channel's id of the sent message."""
        ...


def message_id(notice: Notice, sender: str) -> str:
    domain = sender.rpartition("@")[2] or "localhost"
    return f"<{notice.idempotency_key}@{domain}>"


def build_email(
    notice: Notice,
    attachment: bytes | None,
    *,
    sender: str,
    in_reply_to: str = "",
    seal: SealCredentials | None = None,
) -> bytes:
    """The e-mail of a notice as bytes: plain-text body, the PDF letter attached, S/MIME
    signed when ``seal`` is given. Deterministic headers (Date = creation time) so a resend
    is the same message."""
    inner = EmailMessage()
    inner.set_content(notice.body, charset="utf-8", cte="quoted-printable")
    if attachment is not None:
        inner.add_attachment(
            attachment,
            maintype="application",
            subtype="pdf",
            filename=f"{notice.idempotency_key}.pdf",
        )
    outer_headers = {
        "From": sender,
        "To": notice.recipient,
        "Subject": notice.subject,
        "Date": format_datetime(notice.created_at),
        "Message-ID": message_id(notice, sender),
        "Auto-Submitted": "auto-replied" if notice.kind in CONFIRMATIONS else "auto-generated",
        "X-Auto-Response-Suppress": "All",
        "X-Podatelna-Notice": notice.idempotency_key,
    }
    if in_reply_to and notice.kind in CONFIRMATIONS:
        outer_headers["In-Reply-To"] = in_reply_to
        outer_headers["References"] = in_reply_to
    if seal is None:
        for name, value in outer_headers.items():
            inner[name] = value
        return inner.as_bytes(policy=inner.policy.clone(linesep="\r\n"))
    # sign the body entity (its Content-* headers only), then put the envelope headers on top
    entity = EmailMessage()
    for name, value in inner.items():
        if name.lower().startswith("content-") or name.lower() == "mime-version":
            if name.lower() != "mime-version":
                entity[name] = value
    entity.set_payload(inner.get_payload())
    body = entity.as_bytes(policy=entity.policy.clone(linesep="\r\n"))
    signed = smime_sign(body, seal)
    head = EmailMessage()
    for name, value in outer_headers.items():
        head[name] = value
    head_bytes = head.as_bytes(policy=head.policy.clone(linesep="\r\n")).rstrip(b"\r\n")
    return head_bytes + b"\r\n" + signed.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass
class EmailChannel:
    sender: str
    """The From: address (``[smtp] sender``)."""
    connect: Callable[[], SmtpSender]
    """Makes the SMTP client, on the first notice sent."""
    seal: SealCredentials | None = None
    """S/MIME-sign with these credentials."""
    _sender: SmtpSender | None = field(default=None, init=False, repr=False)

    def _smtp(self) -> SmtpSender:
        if self._sender is None:
            self._sender = self.connect()
        return self._sender

    def send(self, notice: Notice, attachment: bytes | None, in_reply_to: str) -> str:
        from mail.smtp import SmtpSendError

        sender = self.sender
        data = build_email(
            notice, attachment, sender=sender, in_reply_to=in_reply_to, seal=self.seal
        )
        try:
            return str(self._smtp().send(data, envelope_from=sender, recipients=[notice.recipient]))
        except SmtpSendError as exc:
            detail = "; ".join(f"{r}: {c} {m}" for r, (c, m) in exc.refused.items())
            message = f"{exc} ({detail})" if detail else str(exc)
            raise DeliveryError(message, permanent=exc.permanent) from None


@dataclass
class DataboxChannel:
    connect: Callable[[], DataboxClient]
    """Makes the ISDS client of the reply data box, on the first notice sent."""
    _client: DataboxClient | None = field(default=None, init=False, repr=False)

    def _databox(self) -> DataboxClient:
        if self._client is None:
            self._client = self.connect()
        return self._client

    def send(self, notice: Notice, attachment: bytes | None, in_reply_to: str) -> str:
        from databox.errors import (
            AttachmentRejected,
            DataboxAuthError,
            DataboxError,
            DataboxRequestError,
        )

        if attachment is None:
            raise DeliveryError("a data message needs the PDF letter", permanent=True)
        try:
            return str(
                self._databox().create_message(
                    notice.recipient,
                    notice.subject,
                    [(f"{notice.idempotency_key}.pdf", "application/pdf", attachment)],
                    sender_ref=notice.idempotency_key,
                )
            )
        except (DataboxRequestError, AttachmentRejected) as exc:  # resending will not help
            raise DeliveryError(f"data box refused the message: {exc}", permanent=True) from None
        except DataboxAuthError as exc:
            raise DeliveryError(f"data box login refused: {exc}") from None
        except DataboxError as exc:
            raise DeliveryError(f"data box: {exc}") from None
