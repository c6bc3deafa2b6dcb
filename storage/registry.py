"""Registry operations: register a received item exactly once with a gapless number, claim
work for a pipeline stage, and read submissions back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage import audit
from storage.tables import RegistryCounter, Submission, utcnow


@dataclass(frozen=True)
class Registered:
    submission: Submission
    created: bool
    """False when the item was already registered (same source reference or same bytes)."""


def find_existing(session: Session, *, source: str, ref: str, sha256: str) -> Submission | None:
    return session.exec(
        select(Submission).where(
            or_(
                (col(Submission.source) == source) & (col(Submission.source_ref) == ref),
                col(Submission.sha256) == sha256,
            )
        )
    ).first()


def next_number(session: Session, year: int) -> int:
    """Bump the year's counter in the caller's transaction (row-locked until commit, so a
    rolled-back insert gives its number back and concurrent workers never skip or share one)."""
    dialect = session.get_bind().dialect.name
    ins: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        ins(RegistryCounter)
        .values(year=year, value=0)
        .on_conflict_do_nothing(index_elements=["year"])
    )
    value = session.execute(
        update(RegistryCounter)
        .where(col(RegistryCounter.year) == year)
        .values(value=col(RegistryCounter.value) + 1)
        .returning(col(RegistryCounter.value))
    ).scalar_one()
    return int(value)


def register(
    session: Session,
    *,
    source: str,
    ref: str,
    channel: str,
    sha256: str,
    size: int,
    received_at: datetime,
    number_format: str,
    tz: ZoneInfo,
    meta: dict[str, Any] | None = None,
    actor: str = "system:intake",
) -> Registered:
    """Insert a submission in state ``received`` with its registry number and an audit entry,
    unless the item is already registered. Commits nothing: the caller's transaction does."""
    existing = find_existing(session, source=source, ref=ref, sha256=sha256)
    if existing is not None:
        return Registered(existing, False)
    year = received_at.astimezone(tz).year
    try:
        with session.begin_nested():
            seq = next_number(session, year)
            now = utcnow()
            sub = Submission(
                registry_number=number_format.format(year=year, number=seq),
                registry_year=year,
                registry_seq=seq,
                channel=channel,
                source=source,
                source_ref=ref,
                sha256=sha256,
                size=size,
                received_at=received_at,
                registered_at=now,
                state="received",
                meta=meta or {},
                problems={},
                updated_at=now,
            )
            session.add(sub)
            session.flush()
            audit.append(
                session,
                actor=actor,
                action="submission.received",
                subject_type="submission",
                subject_id=sub.id or "",
                data={
                    "registry_number": sub.registry_number,
                    "channel": channel,
                    "source": source,
                    "source_ref": ref,
                    "sha256": sha256,
                    "size": size,
                    "received_at": received_at.isoformat(),
                },
            )
    except IntegrityError:
        # a concurrent worker registered the same item first; its row wins
        existing = find_existing(session, source=source, ref=ref, sha256=sha256)
        if existing is None:
            raise
        return Registered(existing, False)
    return Registered(sub, True)


def claim(
    session: Session, states: list[str], limit: int = 1, max_attempts: int = 5
) -> list[Submission]:
    """Lock up to ``limit`` submissions in ``states`` for this transaction, oldest first;
    rows locked by another worker are skipped (PostgreSQL ``FOR UPDATE SKIP LOCKED``)."""
    stmt = (
        select(Submission)
        .where(col(Submission.state).in_(states), col(Submission.attempts) < max_attempts)
        .order_by(col(Submission.received_at), col(Submission.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.exec(stmt).all())


def transition(
    session: Session,
    sub: Submission,
    new_state: str,
    *,
    actor: str,
    data: dict[str, Any] | None = None,
) -> None:
    """Move ``sub`` to ``new_state`` with an audit entry, in the caller's transaction."""
    old = sub.state
    sub.state = new_state
    sub.updated_at = utcnow()
    session.add(sub)
    audit.append(
        session,
        actor=actor,
        action="submission.state",
        subject_type="submission",
        subject_id=sub.id or "",
        data={"from": old, "to": new_state, **(data or {})},
    )
