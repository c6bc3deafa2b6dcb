"""Tables of the notices outbox: notices to applicants, announcements, editable templates.

A ``Notice`` row is written in the transaction of the state change that causes it (the
transactional outbox) and sent later by the notices worker; its ``idempotency_key`` is unique
and travels with the message (Message-ID / sender reference), so a resend after a crash is
recognisable as the same notice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel

from storage.tables import UTCDateTime

NOTICE_KINDS = ("receipt", "verification_result", "defect", "approval", "refusal", "announcement")
NOTICE_CHANNELS = ("databox", "email", "undeliverable")
NOTICE_STATUSES = (
    "pending",
    "held",
    "sending",
    "sent",
    "failed",
    "undeliverable",
    "suppressed",
    "unrendered",
)
"""``held``: an officer stopped it in the outbox; the sender skips it until it is released;
``sending``: handed to the channel, outcome not yet recorded (in doubt after a crash);
``suppressed``: deliberately not sent (bounce, auto-reply, mailing list, our own address);
``unrendered``: the template exceeded the rendering limits (size, time, memory), never sent."""


class Notice(SQLModel, table=True):
    """One message to one applicant, with its delivery state."""

    __tablename__ = "notice"
    __table_args__ = (Index("ix_notice_status_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(max_length=50, unique=True)
    submission_id: int | None = Field(default=None, foreign_key="submission.id", index=True)
    announcement_id: int | None = Field(default=None, foreign_key="announcement.id", index=True)
    kind: str = Field(max_length=32)
    channel: str = Field(max_length=16)
    recipient: str = Field(default="", max_length=512)
    """E-mail address or data-box ID; empty when undeliverable."""
    language: str = Field(default="cs", max_length=8)
    status: str = Field(max_length=16)
    attempts: int = 0
    next_attempt_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    claimed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    sent_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    remote_id: str | None = Field(default=None, max_length=998)
    """Message-ID of the e-mail or dmID of the data message, once sent."""
    subject: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    letter: bool = False
    """A sealed PDF letter goes with it (decisions)."""
    attachment_sha256: str | None = Field(default=None, max_length=64)
    """The sealed PDF in the evidence store, fixed at the first attempt."""
    created_by: str = Field(default="system", max_length=128)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Announcement(SQLModel, table=True):
    """A message an officer sends to every approved applicant of a campaign."""

    __tablename__ = "announcement"

    id: int | None = Field(default=None, primary_key=True)
    campaign: str = Field(max_length=64, index=True)
    subject: str = Field(sa_column=Column(Text, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    created_by: str = Field(max_length=128)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    recipients: int = 0


class NoticeTemplate(SQLModel, table=True):
    """An admin's override of a built-in notice template (per kind and language)."""

    __tablename__ = "notice_template"
    __table_args__ = (Index("uq_notice_template_name_lang", "name", "language", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64)
    language: str = Field(max_length=8)
    subject: str = Field(sa_column=Column(Text, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    updated_by: str = Field(max_length=128)
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
