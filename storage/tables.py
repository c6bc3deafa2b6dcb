"""SQLModel tables of the registry. Times are stored UTC-aware (``UTCDateTime``).

Schema changes go through Alembic (``storage/migrations``); a test checks that the
migrations and these models agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Dialect,
    Index,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel, col


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out — on PostgreSQL and SQLite alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the registry; times must be aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


TO_PROCESS_SQL = "state IN ('received', 'checked', 'verified', 'extracted')"
"""The states the pipeline moves on by itself (``intake.states.PROCESSING``), as SQL."""


class Submission(SQLModel, table=True):
    """A filing (podání): one received message with everything in it."""

    __tablename__ = "submission"
    __table_args__ = (
        UniqueConstraint("source", "source_ref", name="uq_submission_source_ref"),
        UniqueConstraint("sha256", name="uq_submission_sha256"),
        Index("ix_submission_state_received", "state", "received_at"),
        # the pipeline's claim: oldest first among those still to process (migration 0002)
        Index(
            "ix_submission_to_process",
            "received_at",
            "id",
            postgresql_where=text(TO_PROCESS_SQL),
            sqlite_where=text(TO_PROCESS_SQL),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    registry_number: str = Field(unique=True, max_length=64)
    registry_year: int
    registry_seq: int
    channel: str = Field(max_length=16)
    source: str = Field(max_length=128)
    source_ref: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    """Trusted receipt time (filing time)."""
    registered_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    state: str = Field(max_length=32, index=True)
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    sender: str = Field(default="", max_length=512)
    sender_name: str = Field(default="", max_length=512)
    message_id: str = Field(default="", max_length=998)
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """Source facts (INTERNALDATE, Received header, dmID, sender box …)."""
    problems: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """Problem lists per stage: ``{"check": [...], "verify": [...], ...}``."""
    accepted_signature: bool | None = None
    on_time: bool | None = None
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    sender_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    """The sender record (jmenný rejstřík) the filing is linked to: set from the From address
    or the sender's data box when the message is read, refined once the application names an
    organisation, moved by a merge (``storage.senders``)."""
    sender_reference: str = Field(
        default="", sa_column=Column(Text, nullable=False, server_default="")
    )
    """The sender's own reference ("naše značka", "Ref.", the sender's č. j.), when the text
    gives one unambiguously; never the office's own number quoted back."""
    origin: str = Field(
        default="digital",
        sa_column=Column(String(16), nullable=False, server_default="digital"),
    )
    """``intake.model.Origin``: digital for every electronic channel."""
    assigned_to: str | None = Field(default=None, max_length=128, index=True)
    """The officer who took the filing over (username)."""
    assigned_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class Component(SQLModel, table=True):
    """One part of a filing: body, attachment, or a file unpacked from a container."""

    __tablename__ = "component"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    position: int
    name: str = Field(sa_column=Column(Text, nullable=False))
    role: str = Field(max_length=32)
    parent: str | None = Field(default=None, sa_column=Column(Text))
    declared_type: str = Field(default="", max_length=255)
    detected_type: str = Field(default="", max_length=255)
    sha256: str = Field(max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    problem: str | None = Field(default=None, max_length=64)
    detail: str | None = Field(default=None, sa_column=Column(Text))


class Verification(SQLModel, table=True):
    """A verification record (ověřovací protokol) for one signature or seal."""

    __tablename__ = "verification"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    position: int
    kind: str = Field(default="", max_length=32)
    status: str = Field(default="", max_length=32)
    record: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    verified_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Organisation(SQLModel, table=True):
    """Sender register (jmenný rejstřík): a newsroom or other applicant organisation, or a
    natural person / e-mail identity when no organisation is known (``kind``). A record merged
    into another stays, pointing at it (``merged_into``), so the history keeps its meaning."""

    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(
        default="organisation",
        sa_column=Column(String(16), nullable=False, server_default="organisation"),
    )
    """``intake.model.SenderKind``."""
    name: str = Field(default="", max_length=512)
    name_key: str = Field(
        default="", sa_column=Column(String(512), nullable=False, server_default="", index=True)
    )
    """``storage.senders.name_key(name)``: the name as duplicates are recognised by."""
    merged_into: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    merged_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    ico: str | None = Field(default=None, max_length=8, index=True)
    databox_id: str | None = Field(default=None, max_length=7, index=True)
    emails: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    domains: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class OrganisationEmail(SQLModel, table=True):
    """One e-mail address a sender record knows (``Organisation.emails``), so that finding
    the records of an address is an index lookup however large the register grows (migration
    0520). Kept in step with ``Organisation.emails`` at every flush (``_sync_emails``)."""

    __tablename__ = "organisation_email"

    organisation_id: int = Field(foreign_key="organisation.id", primary_key=True)
    email: str = Field(primary_key=True, max_length=512, index=True)


@event.listens_for(Session, "after_flush")
def _sync_emails(session: Session, _flush: UOWTransaction) -> None:
    """Rewrites the ``organisation_email`` rows of every sender record whose ``emails`` this
    flush wrote (new records, and changed lists: the code assigns a new list)."""
    changed = [
        o
        for o in (*session.new, *session.dirty)
        if isinstance(o, Organisation)
        and o.id is not None
        and (o in session.new or inspect(o).attrs.emails.history.has_changes())
    ]
    if not changed:
        return
    conn = session.connection()
    ids = [o.id for o in changed if o not in session.new]  # a new record has no rows yet
    if ids:
        conn.execute(
            delete(OrganisationEmail).where(col(OrganisationEmail.organisation_id).in_(ids))
        )
    rows = [
        {"organisation_id": o.id, "email": e} for o in changed for e in dict.fromkeys(o.emails or [])
    ]
    if rows:
        conn.execute(insert(OrganisationEmail), rows)


class Application(SQLModel, table=True):
    """The extracted application (žádost) of a submission, as corrected by officers."""

    __tablename__ = "application"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", unique=True)
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    campaign: str = Field(max_length=64, index=True)
    request_types: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    production_ips: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    test_ips: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """The full extraction (inspect keys, provenance, recording-permit fields)."""
    language: str = Field(default="cs", max_length=8)
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Decision(SQLModel, table=True):
    """An officer's decision on a submission: approve, refuse, defective, withdraw."""

    __tablename__ = "decision"

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    kind: str = Field(max_length=32)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    actor: str = Field(max_length=128)
    decided_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    override_reason: str | None = Field(default=None, sa_column=Column(Text))
    """An approval over blocking problems: the officer's written reason (``intake.gate``)."""
    overridden: list[str] | None = Field(
        default_factory=list, sa_column=Column(JSON, nullable=True)
    )
    """The blocking problem codes that approval overrode (``non_public_ip`` lets non-public
    addresses onto the allow-list)."""


class AuditEntry(SQLModel, table=True):
    """Append-only audit log; ``hash = sha256(prev_hash + canonical entry)`` chains every row."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    actor: str = Field(max_length=128)
    action: str = Field(max_length=64, index=True)
    subject_type: str = Field(default="", max_length=32)
    subject_id: str = Field(default="", max_length=64, index=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class RegistryCounter(SQLModel, table=True):
    """Gapless registry-number counter per calendar year, bumped in the insert's transaction."""

    __tablename__ = "registry_counter"

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    value: int = 0


class SpamMessage(SQLModel, table=True):
    """A message the operator's MTA marked as spam (``intake.spam``): stored in the evidence
    store like every item but not registered — no registry number — until an officer releases
    it (then ``submission_id``) or marks it as no filing. Never deleted."""

    __tablename__ = "spam_message"
    __table_args__ = (
        UniqueConstraint("source", "source_ref", name="uq_spam_message_source_ref"),
        UniqueConstraint("sha256", name="uq_spam_message_sha256"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    source: str = Field(max_length=128)
    source_ref: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    """The trusted receipt time decided when it arrived; a release registers it with this."""
    kept_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    sender: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    preview: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    """The beginning of the message's text, for the officer's list."""
    mark: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """The spam mark found: header, value and the trusted relay above whose Received it was."""
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    """The source facts a registration would have recorded (``Submission.meta``)."""
    status: str = Field(default="held", max_length=16, index=True)
    """``intake.model.SpamStatus``."""
    decided_by: str | None = Field(default=None, max_length=128)
    decided_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    submission_id: int | None = Field(default=None, foreign_key="submission.id")
    """The filing a release registered it as."""


class SourceState(SQLModel, table=True):
    """Small durable state a source keeps (watermarks), keyed by source name and key."""

    __tablename__ = "source_state"

    source: str = Field(primary_key=True, max_length=128)
    key: str = Field(primary_key=True, max_length=128)
    value: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
