"""Spam kept, not registered: record a spam-marked message once, list what waits for an
officer, release one into the registry (with its original receipt time) or mark it as no
filing. Every step is audited; nothing is ever deleted. The caller's transaction commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from intake.errors import NotFound, UsageError
from intake.model import SpamStatus
from storage import audit, registry
from storage.tables import SpamMessage

KEPT = "spam.kept"
RELEASED = "spam.released"
DISMISSED = "spam.dismissed"
RELEASED_FILING = "submission.released_from_spam"
"""The entry in the released filing's own history."""


@dataclass(frozen=True)
class NewSpam:
    """One stored spam-marked item to record (its bytes are already in the evidence store)."""

    source: str
    ref: str
    channel: str
    sha256: str
    size: int
    received_at: datetime
    meta: dict[str, Any]
    mark: dict[str, str]
    sender: str = ""
    subject: str = ""
    preview: str = ""


@dataclass(frozen=True)
class Kept:
    message: SpamMessage
    created: bool
    """False when the item was already kept (same source reference or same bytes)."""


def find(session: Session, *, source: str, ref: str, sha256: str) -> SpamMessage | None:
    return registry.find_received(session, SpamMessage, source=source, ref=ref, sha256=sha256)


def _row(item: NewSpam, at: datetime) -> SpamMessage:
    return SpamMessage(
        channel=item.channel,
        source=item.source,
        source_ref=item.ref,
        sha256=item.sha256,
        size=item.size,
        received_at=item.received_at,
        kept_at=at,
        sender=item.sender[:2000],
        subject=item.subject[:2000],
        preview=item.preview,
        mark=item.mark,
        meta=item.meta,
        status=SpamStatus.HELD.value,
    )


def keep(
    session: Session, item: NewSpam, *, at: datetime, actor: str = "system:intake"
) -> Kept | registry.Registered:
    """Record ``item`` as kept spam with an audit entry, once: an item already registered as
    a filing (same source reference or bytes) stays that filing; one already kept stays kept."""
    existing = registry.find_existing(session, source=item.source, ref=item.ref, sha256=item.sha256)
    if existing is not None:
        return registry.Registered(existing, False)
    known = find(session, source=item.source, ref=item.ref, sha256=item.sha256)
    if known is not None:
        return Kept(known, False)
    try:
        with session.begin_nested():
            row = _row(item, at)
            session.add(row)
            session.flush()
            audit.append(
                session,
                actor=actor,
                action=KEPT,
                subject_type="spam",
                subject_id=row.id or "",
                data={
                    "channel": item.channel,
                    "source": item.source,
                    "source_ref": item.ref,
                    "sha256": item.sha256,
                    "size": item.size,
                    "received_at": item.received_at.isoformat(),
                    **item.mark,
                },
            )
    except IntegrityError:  # a concurrent worker kept the same item first
        known = find(session, source=item.source, ref=item.ref, sha256=item.sha256)
        if known is None:
            raise
        return Kept(known, False)
    return Kept(row, True)


def _locked(session: Session, spam_id: int) -> SpamMessage:
    row = session.exec(
        select(SpamMessage).where(col(SpamMessage.id) == spam_id).with_for_update()
    ).first()
    if row is None:
        raise NotFound(f"no kept spam message {spam_id}")
    return row


def release(
    session: Session,
    spam_id: int,
    *,
    actor: str,
    at: datetime,
    number_format: str,
    tz: ZoneInfo,
) -> registry.Registered:
    """Register kept message ``spam_id`` as a filing with the receipt time recorded when it
    arrived, audited with who and when (on the kept message and in the filing's history).
    Raises NotFound, or UsageError when it was released already."""
    row = _locked(session, spam_id)
    if row.status == SpamStatus.RELEASED.value:
        raise UsageError(f"spam message {spam_id} was released already")
    released = {"id": row.id, **row.mark, "released_by": actor, "released_at": at.isoformat()}
    reg = registry.register(
        session,
        source=row.source,
        ref=row.source_ref,
        channel=row.channel,
        sha256=row.sha256,
        size=row.size,
        received_at=row.received_at,
        number_format=number_format,
        tz=tz,
        meta={**row.meta, "spam": released},
        actor=actor,
    )
    sub = reg.submission
    previous = row.status
    row.status, row.decided_by, row.decided_at = SpamStatus.RELEASED.value, actor[:128], at
    row.submission_id = sub.id
    session.add(row)
    audit.append(
        session,
        actor=actor,
        action=RELEASED,
        subject_type="spam",
        subject_id=spam_id,
        data={"registry_number": sub.registry_number, "submission_id": sub.id, "from": previous},
        at=at,
    )
    audit.append(
        session,
        actor=actor,
        action=RELEASED_FILING,
        subject_type="submission",
        subject_id=sub.id or "",
        data={
            "spam_id": spam_id,
            "registry_number": sub.registry_number,
            "received_at": row.received_at.isoformat(),
            "created": reg.created,
            **row.mark,
        },
        at=at,
    )
    return reg


def dismiss(session: Session, spam_id: int, *, actor: str, at: datetime) -> SpamMessage:
    """Mark kept message ``spam_id`` as reviewed and not a filing: it stays kept, audited.
    Raises NotFound, or UsageError unless it is still waiting for an officer."""
    row = _locked(session, spam_id)
    if row.status != SpamStatus.HELD.value:
        raise UsageError(f"spam message {spam_id} was decided already")
    row.status, row.decided_by, row.decided_at = SpamStatus.DISMISSED.value, actor[:128], at
    session.add(row)
    audit.append(
        session,
        actor=actor,
        action=DISMISSED,
        subject_type="spam",
        subject_id=spam_id,
        data={"sha256": row.sha256},
        at=at,
    )
    return row


def listed(session: Session, status: SpamStatus, limit: int) -> list[SpamMessage]:
    """Kept messages in ``status``: those waiting oldest first, decided ones latest first."""
    order = (
        (col(SpamMessage.received_at), col(SpamMessage.id))
        if status is SpamStatus.HELD
        else (col(SpamMessage.decided_at).desc(), col(SpamMessage.id).desc())
    )
    return list(
        session.exec(
            select(SpamMessage)
            .where(col(SpamMessage.status) == status.value)
            .order_by(*order)
            .limit(limit)
        ).all()
    )

