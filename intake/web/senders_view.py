"""Read models of the sender register pages (jmenný rejstřík) and of the register facts on a
filing's detail page: sender record, sender's reference, origin, assigned officer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import String, cast, func, or_
from sqlmodel import Session, col, select

from intake.model import Origin, SenderKind
from storage import senders
from storage.tables import Organisation, Submission

KINDS_CS = {SenderKind.ORGANISATION: "organizace", SenderKind.PERSON: "osoba (e-mail, datová schránka)"}
ORIGINS_CS = {Origin.DIGITAL: "digitální (elektronické podání)", Origin.ANALOGUE: "analogová (listinná)"}
REASONS_CS = {
    "name": "stejný název",
    "ico": "stejné IČO",
    "databox_id": "stejná datová schránka",
    "email": "stejný e-mail",
}
CONFLICTS_CS = {"ico": "různá IČO", "databox_id": "různé datové schránky"}
LIST_LIMIT = 200


def kind_cs(kind: str) -> str:
    return KINDS_CS.get(SenderKind(kind), "záznam") if kind in set(SenderKind) else "záznam"


def origin_cs(origin: str) -> str:
    return ORIGINS_CS.get(Origin(origin), "neuvedeno") if origin in set(Origin) else "neuvedeno"


@dataclass(frozen=True)
class RegisterFacts:
    """The register fields of one filing (vyhláška 259/2012 Sb. §10)."""

    record: Organisation | None
    merged_from: Organisation | None
    """The record the filing was linked to, when that one has since been merged."""
    filings: int
    origin: str
    reference: str
    assigned_to: str | None
    assigned_at: datetime | None


def register_facts(s: Session, sub: Submission) -> RegisterFacts:
    rec = s.get(Organisation, sub.sender_id) if sub.sender_id is not None else None
    merged_from = None
    for _ in range(10):  # a merge re-points every filing; this only covers a race
        if rec is None or rec.merged_into is None:
            break
        merged_from, rec = rec, s.get(Organisation, rec.merged_into)
    return RegisterFacts(
        record=rec,
        merged_from=merged_from,
        filings=senders.filing_count(s, rec.id) if rec is not None else 0,
        origin=origin_cs(sub.origin),
        reference=sub.sender_reference,
        assigned_to=sub.assigned_to,
        assigned_at=sub.assigned_at,
    )


@dataclass
class RecordRow:
    record: Organisation
    filings: int


@dataclass
class PairView:
    first: RecordRow
    second: RecordRow
    reasons: list[str] = field(default_factory=list)


def _counts(s: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = s.exec(
        select(Submission.sender_id, func.count())
        .where(col(Submission.sender_id).in_(ids))
        .group_by(col(Submission.sender_id))
    ).all()
    return {int(i): int(n) for i, n in rows if i is not None}


def duplicate_pairs(s: Session) -> list[PairView]:
    pairs = senders.duplicates(s)
    counts = _counts(s, [r.id or 0 for p in pairs for r in (p.first, p.second)])
    return [
        PairView(
            RecordRow(p.first, counts.get(p.first.id or 0, 0)),
            RecordRow(p.second, counts.get(p.second.id or 0, 0)),
            [REASONS_CS[r] for r in p.reasons],
        )
        for p in pairs
    ]


def records(s: Session, q: str) -> list[RecordRow]:
    """Active records whose name, IČO, data-box ID or e-mail contains ``q`` (all when empty),
    by name."""
    query = select(Organisation).where(senders.active())
    if q:
        like = f"%{q.lower()}%"
        query = query.where(
            or_(
                func.lower(col(Organisation.name)).like(like),
                col(Organisation.ico).like(like),
                func.lower(col(Organisation.databox_id)).like(like),
                func.lower(cast(Organisation.emails, String)).like(like),
                col(Organisation.name_key).like(f"%{senders.name_key(q) or q}%"),
            )
        )
    rows = list(s.exec(query.order_by(col(Organisation.name), col(Organisation.id)).limit(LIST_LIMIT)))
    counts = _counts(s, [r.id or 0 for r in rows])
    return [RecordRow(r, counts.get(r.id or 0, 0)) for r in rows]


@dataclass(frozen=True)
class RecordPage:
    record: Organisation
    kept_in: Organisation | None
    """Where a merged record went."""
    merged: list[Organisation]
    """Records merged into this one."""
    filings: list[Submission]


def record_page(s: Session, record_id: int) -> RecordPage | None:
    rec = s.get(Organisation, record_id)
    if rec is None:
        return None
    kept_in = s.get(Organisation, rec.merged_into) if rec.merged_into is not None else None
    merged = list(
        s.exec(
            select(Organisation)
            .where(col(Organisation.merged_into) == record_id)
            .order_by(col(Organisation.id))
        )
    )
    filings = list(
        s.exec(
            select(Submission)
            .where(col(Submission.sender_id) == record_id)
            .order_by(col(Submission.received_at), col(Submission.id))
        )
    )
    return RecordPage(rec, kept_in, merged, filings)


def conflict_cs(a: Organisation, b: Organisation) -> str | None:
    why = senders.conflict(a, b)
    return CONFLICTS_CS.get(why) if why else None
