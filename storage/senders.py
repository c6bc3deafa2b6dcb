"""The sender register (jmenný rejstřík): records of organisations and persons, the link of a
filing to its sender record, possible duplicates and their merge.

Every register operation is audited (NSESSS 7.4: every jmenný-rejstřík operation): a record
created (``sender.created``), a filing linked to a record (``submission.sender_linked``), two
records merged (``sender.merged``). A merged record is never deleted: it keeps its row and
points at the record it was merged into, so earlier audit entries still name something real.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, update
from sqlmodel import Session, col, select

from intake.errors import NotFound, UsageError
from intake.model import Channel, SenderKind
from storage import audit
from storage.tables import Application, Organisation, OrganisationEmail, Submission

_LEGAL_FORMS = (("spolsro", "sro"), ("spolecnostsrucenimomezenym", "sro"), ("akciovaspolecnost", "as"))
"""Spellings of a legal form that mean the same (after ``name_key``'s folding)."""

LINKED = "submission.sender_linked"
CREATED = "sender.created"
MERGED = "sender.merged"


def name_key(name: str) -> str:
    """The name as duplicates are recognised by: case, diacritics, spaces and punctuation
    folded away, legal forms spelled one way — "Mediální dům Příklad, a.s." and "MEDIÁLNÍ DŮM
    PŘÍKLAD a. s." have the same key. Empty for a name without letters or digits."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))
    for long, short in _LEGAL_FORMS:
        if plain.endswith(long):
            plain = plain[: -len(long)] + short
    return plain[:512]


def active() -> Any:
    """The condition of a record not merged into another."""
    return col(Organisation.merged_into).is_(None)


def knowing(email: str) -> Any:
    """The condition of a record knowing ``email`` (lower-case): an index lookup in
    ``organisation_email``, not a scan of every record's list."""
    return col(Organisation.id).in_(
        select(OrganisationEmail.organisation_id).where(col(OrganisationEmail.email) == email)
    )


def first_by_email(s: Session, email: str) -> Organisation | None:
    """The active record that knows ``email`` (lower-case): an organisation before a person,
    then the oldest. One row from the database, however many records know the address (a
    signer's address can be on many organisations' records)."""
    return s.exec(
        select(Organisation)
        .where(active(), knowing(email))
        .order_by(
            case((col(Organisation.kind) == SenderKind.ORGANISATION.value, 0), else_=1),
            col(Organisation.id),
        )
        .limit(1)
    ).first()


def by_databox(s: Session, box: str) -> Organisation | None:
    return s.exec(
        select(Organisation)
        .where(active(), col(Organisation.databox_id) == box)
        .order_by(col(Organisation.id))
    ).first()


def create(
    s: Session,
    *,
    kind: SenderKind,
    name: str,
    now: datetime,
    actor: str,
    ico: str | None = None,
    databox_id: str | None = None,
    emails: Sequence[str] = (),
) -> Organisation:
    """A new sender record, audited."""
    rec = Organisation(
        kind=kind.value,
        name=name[:512],
        name_key=name_key(name),
        ico=ico,
        databox_id=databox_id,
        emails=list(emails),
        domains=[],
        created_at=now,
    )
    s.add(rec)
    s.flush()
    audit.append(
        s,
        actor=actor,
        action=CREATED,
        subject_type="sender",
        subject_id=rec.id or "",
        data=_snapshot(rec),
    )
    return rec


def link(s: Session, sub: Submission, rec: Organisation, *, actor: str, basis: str) -> bool:
    """Link ``sub`` to the sender record ``rec`` (audited); False when it already is."""
    if sub.sender_id == rec.id:
        return False
    previous = sub.sender_id
    sub.sender_id = rec.id
    s.add(sub)
    audit.append(
        s,
        actor=actor,
        action=LINKED,
        subject_type="submission",
        subject_id=sub.id or "",
        data={"sender_id": rec.id, "previous": previous, "basis": basis, "name": rec.name},
    )
    return True


_BOX_ID = re.compile(r"[a-z0-9]{7}")
"""An ISDS data-box ID (``dbIDSender``)."""
DATABOX_PERSONS = ("30", "40")
"""ISDS ``dmSenderType`` of natural persons (podnikající fyzická osoba, fyzická osoba)."""


def identity_record(s: Session, sub: Submission, now: datetime, *, actor: str) -> Organisation | None:
    """The sender record of the filing's From address or sender data box, found or created;
    None when the message names no sender."""
    ident = sub.sender.strip()
    if sub.channel == Channel.DATABOX.value and _BOX_ID.fullmatch(ident):
        found = by_databox(s, ident)
        if found is not None:
            return found
        person = str((sub.meta or {}).get("dmSenderType", "")) in DATABOX_PERSONS
        return create(
            s,
            kind=SenderKind.PERSON if person else SenderKind.ORGANISATION,
            name=sub.sender_name,
            databox_id=ident,
            now=now,
            actor=actor,
        )
    if "@" in ident:
        email = ident.lower()
        known = first_by_email(s, email)
        if known is not None:
            return known
        return create(
            s, kind=SenderKind.PERSON, name=sub.sender_name, emails=[email], now=now, actor=actor
        )
    return None


def link_identity(s: Session, sub: Submission, now: datetime, *, actor: str) -> None:
    """Link a filing not yet linked to the record of its From address or sender data box, as
    soon as the message has been read (the extraction refines it later)."""
    if sub.sender_id is not None:
        return
    rec = identity_record(s, sub, now, actor=actor)
    if rec is not None:
        link(s, sub, rec, actor=actor, basis=sub.channel)


def backfill(s: Session, now: datetime, *, actor: str = "system:upgrade") -> int:
    """Link every filing read before sender records existed: to its application's
    organisation, else to its From / data-box identity. Returns how many were linked."""
    rows = s.exec(
        select(Submission, Application.organisation_id)
        .join(Application, col(Application.submission_id) == col(Submission.id), isouter=True)
        .where(col(Submission.sender_id).is_(None), col(Submission.state) != "received")
        .order_by(col(Submission.id))
    ).all()
    for org in s.exec(
        select(Organisation).where(col(Organisation.name_key) == "", col(Organisation.name) != "")
    ):
        org.name_key = name_key(org.name)
        s.add(org)
    done = 0
    for sub, org_id in rows:
        rec = s.get(Organisation, org_id) if org_id is not None else None
        if rec is None:
            rec = identity_record(s, sub, now, actor=actor)
        if rec is not None and link(s, sub, rec, actor=actor, basis="backfill"):
            done += 1
    s.flush()
    return done


def filing_count(s: Session, record_id: int | None) -> int:
    """How many filings the record ``record_id`` is the sender of (counted in SQL)."""
    return int(
        s.exec(select(func.count()).where(col(Submission.sender_id) == record_id)).one()
    )


def has_filings(s: Session, record_id: int | None) -> bool:
    """Whether any filing has the record ``record_id`` as its sender (one indexed row at most)."""
    found = s.exec(select(Submission.id).where(col(Submission.sender_id) == record_id).limit(1))
    return found.first() is not None


def _snapshot(rec: Organisation) -> dict[str, Any]:
    return {
        "kind": rec.kind,
        "name": rec.name,
        "ico": rec.ico,
        "databox_id": rec.databox_id,
        "emails": list(rec.emails or []),
    }


# ---- duplicates ----------------------------------------------------------------------------


@dataclass
class DuplicatePair:
    """Two active records that may be the same sender, and why."""

    first: Organisation
    second: Organisation
    reasons: list[str] = field(default_factory=list)
    """``name``, ``ico``, ``databox_id``, ``email``."""


def conflict(a: Organisation, b: Organisation) -> str | None:
    """Why ``a`` and ``b`` are certainly different senders (another IČO or data box)."""
    if a.ico and b.ico and a.ico != b.ico:
        return "ico"
    if a.databox_id and b.databox_id and a.databox_id != b.databox_id:
        return "databox_id"
    return None


def _keys(rec: Organisation) -> Iterable[tuple[str, str]]:
    if rec.name_key:
        yield "name", rec.name_key
    if rec.ico:
        yield "ico", rec.ico
    if rec.databox_id:
        yield "databox_id", rec.databox_id
    for e in rec.emails or []:
        yield "email", str(e)


def duplicates(s: Session, limit: int = 200) -> list[DuplicatePair]:
    """Pairs of active records sharing a normalised name, IČO, data-box ID or e-mail address
    and not known to be different (``conflict``), oldest record first."""
    groups: dict[tuple[str, str], list[Organisation]] = {}
    for rec in s.exec(select(Organisation).where(active()).order_by(col(Organisation.id))):
        for key in _keys(rec):
            groups.setdefault(key, []).append(rec)
    pairs: dict[tuple[int, int], DuplicatePair] = {}
    for (reason, _), members in groups.items():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if conflict(a, b) is not None:
                    continue
                pair = pairs.setdefault((a.id or 0, b.id or 0), DuplicatePair(a, b))
                if reason not in pair.reasons:
                    pair.reasons.append(reason)
    return [pairs[k] for k in sorted(pairs)][:limit]


# ---- merge -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Merged:
    kept: Organisation
    merged: Organisation
    filings: list[int]
    """The filings moved to the kept record."""


def _load_active(s: Session, record_id: int) -> Organisation:
    rec = s.exec(
        select(Organisation).where(col(Organisation.id) == record_id).with_for_update()
    ).first()
    if rec is None:
        raise NotFound(f"no sender record {record_id}")
    if rec.merged_into is not None:
        raise UsageError(f"sender record {record_id} was already merged into {rec.merged_into}")
    return rec


def _absorb(keep: Organisation, drop: Organisation) -> None:
    """``keep`` takes what ``drop`` knows and it lacks (an organisation absorbs a person)."""
    if drop.kind == SenderKind.ORGANISATION:
        keep.kind = SenderKind.ORGANISATION.value
    keep.name = keep.name or drop.name
    keep.name_key = name_key(keep.name)
    keep.ico = keep.ico or drop.ico
    keep.databox_id = keep.databox_id or drop.databox_id
    keep.emails = [*(keep.emails or []), *[e for e in drop.emails or [] if e not in (keep.emails or [])]]
    keep.domains = [
        *(keep.domains or []),
        *[d for d in drop.domains or [] if d not in (keep.domains or [])],
    ]


def merge(
    s: Session, keep_id: int, drop_id: int, *, actor: str, now: datetime, basis: str = "officer"
) -> Merged:
    """Merge the record ``drop_id`` into ``keep_id``: its filings and applications move to the
    kept record, which takes the identifiers it lacked; the merged record stays, pointing at
    the kept one. Audited on the kept record and on every moved filing. Raises UsageError for
    records certainly of different senders (another IČO or data box), NotFound."""
    if keep_id == drop_id:
        raise UsageError("a sender record cannot be merged with itself")
    keep, drop = _load_active(s, keep_id), _load_active(s, drop_id)
    why = conflict(keep, drop)
    if why is not None:
        raise UsageError(f"the records have a different {why}: they are different senders")
    before = {"kept_record": _snapshot(keep), "merged_record": _snapshot(drop)}
    moved = list(s.exec(select(Submission).where(col(Submission.sender_id) == drop_id)).all())
    _absorb(keep, drop)
    drop.merged_into, drop.merged_at = keep_id, now
    s.add(keep)
    s.add(drop)
    s.exec(  # type: ignore[call-overload]
        update(Application)
        .where(col(Application.organisation_id) == drop_id)
        .values(organisation_id=keep_id)
    )
    s.exec(  # type: ignore[call-overload]
        update(Organisation).where(col(Organisation.merged_into) == drop_id).values(merged_into=keep_id)
    )
    s.flush()
    audit.append(
        s,
        actor=actor,
        action=MERGED,
        subject_type="sender",
        subject_id=keep_id,
        data={
            "kept": keep_id,
            "merged": drop_id,
            "basis": basis,
            "filings": [m.id for m in moved],
            **before,
        },
    )
    for sub in moved:
        link(s, sub, keep, actor=actor, basis="merge")
    s.flush()
    return Merged(keep, drop, [m.id or 0 for m in moved])
