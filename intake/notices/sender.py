"""The notices worker: claims due notices, renders and seals the letter once, hands each
notice to its channel and records the outcome, with exponential back-off between attempts.

Exactly-once, as far as the channels allow:
 1. claim: ``pending → sending`` with ``claimed_at`` and ``attempts + 1``, committed;
 2. the sealed PDF is stored in the evidence store and its SHA-256 committed before the
    first hand-over, so every attempt sends the identical document;
 3. send with the idempotency key (Message-ID / dmSenderRefNumber);
 4. record ``sent`` (or the error and the next attempt), committed.
A crash between 3 and 4 leaves the notice ``sending``. After ``in_doubt_seconds`` it is sent
again *with the same key*: neither SMTP nor the ISDS operations we use can be asked "did
this arrive?", so the residual risk is a second copy carrying the same Message-ID /
sender reference, which the recipient's mail system or filing office can recognise and
drop. A crash before 3 also only delays the notice. Nothing is ever lost."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from intake.config import Settings
from intake.notices.channels import DeliveryChannel, DeliveryError
from intake.notices.letter import SealCredentials, render_letter, seal_pdf
from storage import audit
from storage.db import is_postgres, session_scope
from storage.evidence import EvidenceStore
from storage.notices import Notice
from storage.tables import Submission, utcnow

logger = logging.getLogger(__name__)


def backoff(attempts: int, base: float, cap: float) -> timedelta:
    """Delay before attempt ``attempts + 1``: base, 2·base, 4·base … capped."""
    return timedelta(seconds=min(cap, base * (2 ** max(0, attempts - 1))))


def seal_credentials(settings: Settings) -> SealCredentials | None:
    n = settings.notices
    if n.seal_certificate is None or n.seal_key is None:
        return None
    pw = n.seal_key_password.get_secret_value().encode() if n.seal_key_password else None
    return SealCredentials(
        key_file=settings.path(n.seal_key),
        cert_file=settings.path(n.seal_certificate),
        chain=tuple(settings.path(p) for p in n.seal_chain),
        password=pw,
    )


@dataclass
class NoticeSender:
    """The notices worker; the composition root passes in the configured channels (by
    ``Notice.channel``) and the seal of the letters."""

    settings: Settings
    engine: Engine
    evidence: EvidenceStore
    channels: dict[str, DeliveryChannel] = field(default_factory=dict)
    seal: SealCredentials | None = None
    clock: Callable[[], datetime] = utcnow
    worker: str = "worker:notices"

    # ---- the loop hook ----------------------------------------------------------------------

    def __call__(self) -> None:
        self.run_once()

    def run_once(self, limit: int | None = None) -> int:
        """Recover in-doubt notices, then send every due one; returns how many were sent."""
        self.recover_in_doubt()
        sent = 0
        limit = limit or self.settings.worker.batch
        for _ in range(limit):
            notice_id = self.claim()
            if notice_id is None:
                break
            sent += self.deliver(notice_id)
        return sent

    def recover_in_doubt(self) -> int:
        cutoff = self.clock() - timedelta(seconds=self.settings.notices.in_doubt_seconds)
        with session_scope(self.engine) as s:
            rows = s.exec(
                select(Notice).where(
                    col(Notice.status) == "sending", col(Notice.claimed_at) <= cutoff
                )
            ).all()
            for n in rows:
                n.status, n.next_attempt_at, n.updated_at = "pending", self.clock(), self.clock()
                n.last_error = (
                    "in doubt: the sender stopped after handing it over; resending "
                    "with the same idempotency key"
                )
                s.add(n)
                audit.append(
                    s,
                    actor=self.worker,
                    action="notice.in_doubt",
                    subject_type="notice",
                    subject_id=n.id or "",
                    data={"key": n.idempotency_key, "attempts": n.attempts},
                )
            return len(rows)

    def claim(self) -> int | None:
        now = self.clock()
        with session_scope(self.engine) as s:
            q = (
                select(Notice)
                .where(col(Notice.status) == "pending", col(Notice.next_attempt_at) <= now)
                .order_by(col(Notice.next_attempt_at), col(Notice.id))
                .limit(1)
            )
            if is_postgres(self.engine):
                q = q.with_for_update(skip_locked=True)
            n = s.exec(q).first()
            if n is None:
                return None
            n.status, n.claimed_at, n.updated_at = "sending", now, now
            n.attempts += 1
            s.add(n)
            return n.id

    # ---- one delivery -----------------------------------------------------------------------

    def deliver(self, notice_id: int) -> int:
        with session_scope(self.engine) as s:
            n = s.get(Notice, notice_id)
            if n is None or n.status != "sending":
                return 0
            sub = s.get(Submission, n.submission_id) if n.submission_id else None
            in_reply_to = sub.message_id if sub is not None and sub.channel == "email" else ""
        try:
            attachment = self._attachment(n, sub)
            channel = self.channels.get(n.channel)
            if channel is None:
                raise DeliveryError(f"channel {n.channel} is not configured", permanent=False)
            remote = channel.send(n, attachment, in_reply_to)
        except DeliveryError as exc:
            self._failed(notice_id, str(exc), permanent=exc.permanent)
            return 0
        except Exception as exc:  # a rendering or configuration problem: retry later
            logger.exception("notice %s could not be prepared", notice_id)
            self._failed(notice_id, f"{type(exc).__name__}: {exc}", permanent=False)
            return 0
        self._sent(notice_id, remote)
        return 1

    def _attachment(self, n: Notice, sub: Submission | None) -> bytes | None:
        if not (n.letter or n.channel == "databox"):
            return None
        if n.attachment_sha256:
            return self.evidence.get(n.attachment_sha256)
        tz = self.settings.campaign.tz
        pdf = render_letter(
            office=self.settings.notices.office_name,
            title=n.subject,
            body=n.body,
            reference=sub.registry_number if sub else n.idempotency_key,
            issued=n.created_at.astimezone(tz),
            font=self.settings.notices.font,
        )
        if self.seal is not None:
            pdf = seal_pdf(
                pdf,
                self.seal,
                reason=n.subject[:120],
                location=self.settings.notices.office_name,
                timestamp_url=self.settings.notices.timestamp_url,
            )
        elif n.letter and self.settings.mode == "production":
            raise DeliveryError(
                "a decision must be sealed: set [notices] seal_certificate and seal_key"
            )
        sha = self.evidence.put(pdf)
        with session_scope(self.engine) as s:
            row = s.get(Notice, n.id)
            if row is not None and row.attachment_sha256 is None:
                row.attachment_sha256 = sha
                s.add(row)
            elif row is not None and row.attachment_sha256:
                return self.evidence.get(row.attachment_sha256)
        n.attachment_sha256 = sha
        return pdf

    def _sent(self, notice_id: int, remote: str) -> None:
        now = self.clock()
        with session_scope(self.engine) as s:
            n = s.get(Notice, notice_id)
            if n is None:
                return
            n.status, n.sent_at, n.remote_id, n.updated_at = "sent", now, remote[:998], now
            n.next_attempt_at = None
            s.add(n)
            audit.append(
                s,
                actor=self.worker,
                action="notice.sent",
                subject_type="notice",
                subject_id=n.id or "",
                data=_facts(n),
            )
        logger.info("notice %s (%s) sent by %s as %s", notice_id, n.kind, n.channel, remote)

    def _failed(self, notice_id: int, error: str, *, permanent: bool) -> None:
        now = self.clock()
        cfg = self.settings.notices
        with session_scope(self.engine) as s:
            n = s.get(Notice, notice_id)
            if n is None:
                return
            n.last_error = error[:2000]
            n.updated_at = now
            if permanent or n.attempts >= cfg.max_attempts:
                n.status, n.next_attempt_at = "failed", None
            else:
                n.status = "pending"
                n.next_attempt_at = now + backoff(
                    n.attempts, cfg.backoff_seconds, cfg.max_backoff_seconds
                )
            s.add(n)
            audit.append(
                s,
                actor=self.worker,
                action="notice.attempt_failed",
                subject_type="notice",
                subject_id=n.id or "",
                data={**_facts(n), "error": n.last_error, "final": n.status == "failed"},
            )
        logger.warning("notice %s attempt failed: %s", notice_id, error)


def _facts(n: Notice) -> dict[str, Any]:
    return {
        "key": n.idempotency_key,
        "kind": n.kind,
        "channel": n.channel,
        "recipient": n.recipient,
        "attempts": n.attempts,
        "remote_id": n.remote_id,
        "attachment_sha256": n.attachment_sha256,
        "submission": n.submission_id,
    }


def retry_now(s: Session, notice_id: int, *, actor: str) -> Notice:
    """Officer action: put a failed notice back in the queue."""
    from intake.errors import NotFound, UsageError

    n = s.get(Notice, notice_id)
    if n is None:
        raise NotFound(f"no notice {notice_id}")
    if n.status not in ("failed", "pending"):
        raise UsageError(f"notice {notice_id} is {n.status}; only a failed one can be retried")
    n.status, n.next_attempt_at, n.updated_at = "pending", utcnow(), utcnow()
    s.add(n)
    audit.append(
        s,
        actor=actor,
        action="notice.retry",
        subject_type="notice",
        subject_id=notice_id,
        data={"key": n.idempotency_key},
    )
    return n
