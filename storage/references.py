"""Which evidence blobs the registry references: the original of every filing, every
component, every sealed letter sent, every kept spam message. ``evidence verify`` checks that each is present."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from storage.notices import Notice
from storage.tables import Component, SpamMessage, Submission


@dataclass(frozen=True)
class Reference:
    sha256: str
    holder: str
    """Who references the blob, for the report (``filing CSU-EP/2022/000001``)."""


def referenced_blobs(session: Session, batch: int = 5000) -> Iterator[Reference]:
    """Every (blob, holder) the database references, batch by batch."""
    for sub_id, number, sha in _paged(
        session, select(Submission.id, Submission.registry_number, Submission.sha256), batch
    ):
        yield Reference(sha, f"filing {number} (id {sub_id})")
    for comp_id, sub_id, name, sha in _paged(
        session,
        select(Component.id, Component.submission_id, Component.name, Component.sha256),
        batch,
    ):
        yield Reference(sha, f"component {comp_id} {name!r} of filing id {sub_id}")
    for notice_id, sha in _paged(
        session,
        select(Notice.id, Notice.attachment_sha256).where(
            col(Notice.attachment_sha256).is_not(None)
        ),
        batch,
    ):
        yield Reference(str(sha), f"letter of notice {notice_id}")
    for spam_id, sha in _paged(session, select(SpamMessage.id, SpamMessage.sha256), batch):
        yield Reference(sha, f"kept spam message {spam_id}")


def _paged(session: Session, query: Any, batch: int) -> Iterator[tuple[Any, ...]]:
    """Rows of ``query`` (whose first column is the table's id) in id order, ``batch`` at a time."""
    id_col = query.selected_columns[0]
    last = 0
    while True:
        rows = session.exec(query.where(id_col > last).order_by(id_col).limit(batch)).all()
        if not rows:
            return
        yield from (tuple(r) for r in rows)
        last = int(rows[-1][0])
