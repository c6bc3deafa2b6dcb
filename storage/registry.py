"""Registry operations: register a received item exactly once with a gapless number, claim
work for a pipeline stage, and read submissions back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from storage import audit
from storage.tables import (
    Application,
    AuditEntry,
    Component,
    Decision,
    Organisation,
    RegistryCounter,
    SpamMessage,
    Submission,
    Verification,
    utcnow,
)


@dataclass(frozen=True)
class Registered:
    submission: Submission
    created: bool
    """False when the item was already registered (same source reference or same bytes)."""


Received = TypeVar("Received", Submission, SpamMessage)
"""A table that keeps each received item once, by source reference and by bytes."""


def find_received(
    session: Session, table: type[Received], *, source: str, ref: str, sha256: str
) -> Received | None:
    """The row of ``table`` holding the item with this source reference or these bytes."""
    return session.exec(
        select(table).where(
            or_(
                (col(table.source) == source) & (col(table.source_ref) == ref),
                col(table.sha256) == sha256,
            )
        )
    ).first()


def find_existing(session: Session, *, source: str, ref: str, sha256: str) -> Submission | None:
    return find_received(session, Submission, source=source, ref=ref, sha256=sha256)


def next_number(session: Session, year: int) -> int:
    return bump(session, year, 1)


def bump(session: Session, year: int, n: int) -> int:
    """Take ``n`` numbers from the year's counter in the caller's transaction and return the
    last (row-locked until commit, so a rolled-back insert gives its numbers back and
    concurrent workers never skip or share one)."""
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
        .values(value=col(RegistryCounter.value) + n)
        .returning(col(RegistryCounter.value))
    ).scalar_one()
    return int(value)


@dataclass(frozen=True)
class Incoming:
    """One stored item to register (its bytes are already in the evidence store)."""

    source: str
    ref: str
    channel: str
    sha256: str
    size: int
    received_at: datetime
    meta: dict[str, Any]


def _new_submission(item: Incoming, year: int, seq: int, number_format: str) -> Submission:
    now = utcnow()
    return Submission(
        registry_number=number_format.format(year=year, number=seq),
        registry_year=year,
        registry_seq=seq,
        channel=item.channel,
        source=item.source,
        source_ref=item.ref,
        sha256=item.sha256,
        size=item.size,
        received_at=item.received_at,
        registered_at=now,
        state="received",
        meta=item.meta,
        problems={},
        updated_at=now,
    )


def _received_entry(sub: Submission, actor: str) -> audit.NewEntry:
    data: dict[str, Any] = {
        "registry_number": sub.registry_number,
        "channel": sub.channel,
        "source": sub.source,
        "source_ref": sub.source_ref,
        "sha256": sub.sha256,
        "size": sub.size,
        "received_at": sub.received_at.isoformat(),
    }
    if "receipt" in sub.meta:  # how the receipt time was decided (basis, reason, arrival)
        data["receipt"] = sub.meta["receipt"]
    return audit.NewEntry(
        actor=actor,
        action="submission.received",
        subject_type="submission",
        subject_id=str(sub.id or ""),
        data=data,
    )


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
    item = Incoming(source, ref, channel, sha256, size, received_at, meta or {})
    existing = find_existing(session, source=source, ref=ref, sha256=sha256)
    if existing is not None:
        return Registered(existing, False)
    year = received_at.astimezone(tz).year
    try:
        with session.begin_nested():
            sub = _new_submission(item, year, next_number(session, year), number_format)
            session.add(sub)
            session.flush()
            audit.append_many(session, [_received_entry(sub, actor)])
    except IntegrityError:
        # a concurrent worker registered the same item first; its row wins
        existing = find_existing(session, source=source, ref=ref, sha256=sha256)
        if existing is None:
            raise
        return Registered(existing, False)
    return Registered(sub, True)


def register_many(
    session: Session,
    items: list[Incoming],
    *,
    number_format: str,
    tz: ZoneInfo,
    actor: str = "system:intake",
) -> list[Registered]:
    """``register`` for a batch with a handful of statements instead of several per item:
    one lookup of what is known already, one counter bump per year, one insert, one audit
    append. Raises IntegrityError when a concurrent worker registered one of the items
    meanwhile — the caller then rolls back and registers item by item."""
    refs = [(i.source, i.ref) for i in items]
    known = session.exec(
        select(Submission).where(
            or_(
                col(Submission.sha256).in_([i.sha256 for i in items]),
                # both columns, so the (source, source_ref) unique index serves it at any size
                and_(
                    col(Submission.source).in_({s for s, _ in refs}),
                    col(Submission.source_ref).in_([r for _, r in refs]),
                ),
            )
        )
    ).all()
    by_sha = {k.sha256: k for k in known}
    by_ref = {(k.source, k.source_ref): k for k in known}
    fresh: list[Incoming] = []
    for item in items:
        if item.sha256 not in by_sha and (item.source, item.ref) not in by_ref:
            fresh.append(item)
            by_sha[item.sha256] = by_ref[(item.source, item.ref)] = None  # type: ignore[assignment]
    new_rows: dict[int, Submission] = {}
    years: dict[int, list[int]] = {}
    for idx, item in enumerate(fresh):
        years.setdefault(item.received_at.astimezone(tz).year, []).append(idx)
    for year, idxs in sorted(years.items()):
        last = bump(session, year, len(idxs))
        for offset, idx in enumerate(idxs):
            new_rows[idx] = _new_submission(
                fresh[idx], year, last - len(idxs) + 1 + offset, number_format
            )
    rows = [new_rows[i] for i in range(len(fresh))]
    session.add_all(rows)
    session.flush()
    audit.append_many(session, [_received_entry(r, actor) for r in rows])
    created = {(r.source, r.source_ref): r for r in rows}
    out = []
    for item in items:
        row = created.pop((item.source, item.ref), None)
        if row is not None:
            out.append(Registered(row, True))
            continue
        twin = by_sha.get(item.sha256) or by_ref.get((item.source, item.ref))
        if twin is None:  # same bytes twice in this batch: the first one's row
            twin = next(
                r
                for r in rows
                if r.sha256 == item.sha256 or (r.source, r.source_ref) == (item.source, item.ref)
            )
        out.append(Registered(twin, False))
    return out


def claim(
    session: Session,
    states: list[str],
    limit: int = 1,
    max_attempts: int = 5,
    prefer: int | None = None,
) -> list[Submission]:
    """Lock up to ``limit`` submissions in ``states`` for this transaction, oldest first;
    rows locked by another worker are skipped (PostgreSQL ``FOR UPDATE SKIP LOCKED``).
    ``prefer``: try this submission first (a primary-key lookup; a worker following one
    submission through its stages), then the oldest."""
    # the states inline, not as parameters: PostgreSQL then proves that the partial index
    # ix_submission_to_process covers the query, even in a cached generic plan
    in_states: Any = bindparam("claim_states", list(states), expanding=True, literal_execute=True)
    eligible = (col(Submission.state).in_(in_states), col(Submission.attempts) < max_attempts)
    if prefer is not None and limit == 1:
        mine = session.exec(
            select(Submission)
            .where(col(Submission.id) == prefer, *eligible)
            .with_for_update(skip_locked=True)
        ).first()
        if mine is not None:
            return [mine]
    stmt = (
        select(Submission)
        .where(*eligible)
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


def assign(
    session: Session, sub: Submission, officer: str, *, actor: str, at: datetime
) -> bool:
    """Record ``officer`` as the one handling ``sub`` (audited); False when they already are."""
    if sub.assigned_to == officer:
        return False
    previous = sub.assigned_to
    sub.assigned_to, sub.assigned_at = officer[:128], at
    session.add(sub)
    audit.append(
        session,
        actor=actor,
        action="submission.assigned",
        subject_type="submission",
        subject_id=sub.id or "",
        data={"officer": officer, "previous": previous},
    )
    return True


def assign_if_unassigned(session: Session, sub: Submission, officer: str, at: datetime) -> None:
    """The first officer to decide on or correct a filing nobody has taken over takes it."""
    if sub.assigned_to is None:
        assign(session, sub, officer, actor=officer, at=at)


@dataclass(frozen=True)
class SubmissionParts:
    """Everything recorded about one submission, for the detail views (CLI and web)."""

    components: list[Component]
    verifications: list[Verification]
    application: Application | None
    decisions: list[Decision]
    trail: list[AuditEntry]
    sender: Organisation | None = None
    """The filing's sender record (jmenný rejstřík)."""


def submission_parts(session: Session, submission_id: int | None) -> SubmissionParts:
    def rows(model: Any, order: Any) -> list[Any]:
        return list(
            session.exec(
                select(model).where(col(model.submission_id) == submission_id).order_by(order)
            ).all()
        )

    return SubmissionParts(
        components=rows(Component, col(Component.position)),
        verifications=rows(Verification, col(Verification.position)),
        application=session.exec(
            select(Application).where(col(Application.submission_id) == submission_id)
        ).first(),
        decisions=rows(Decision, col(Decision.decided_at)),
        sender=session.exec(
            select(Organisation)
            .join(Submission, col(Submission.sender_id) == col(Organisation.id))
            .where(col(Submission.id) == submission_id)
        ).first(),
        trail=list(
            session.exec(
                select(AuditEntry)
                .where(
                    col(AuditEntry.subject_type) == "submission",
                    col(AuditEntry.subject_id) == str(submission_id),
                )
                .order_by(col(AuditEntry.id))
            ).all()
        ),
    )
