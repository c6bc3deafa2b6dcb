"""Application records and the sender register: store an extraction, match or create the organisation it belongs to (the filing's sender
record from then on), and find that organisation's other applications in a campaign."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, or_
from sqlmodel import Session, col, select

from intake.model import SenderKind
from intake.pipeline import ExtractResult
from storage import senders
from storage.tables import Application, Organisation, Submission

COUNTED_STATES = ("ready_for_review", "approved", "defective", "extracted")
"""States whose applications count against an organisation's 5 + 5 quota."""


def _compatible(cand: Organisation | None, ico: str | None, box: str | None) -> Organisation | None:
    """A weaker identifier never joins an application to an organisation whose IČO or
    data-box ID says it is someone else."""
    if cand is None or (ico and cand.ico and cand.ico != ico):
        return None
    if box and cand.databox_id and cand.databox_id != box:
        return None
    return cand


def _find_organisation(
    s: Session, ico: str | None, box: str | None, email: str, key: str
) -> Organisation | None:
    """IČO, then data-box ID, then a known e-mail address, then the normalised name — among
    the organisation records not merged into another."""
    orgs = select(Organisation).where(
        senders.active(), col(Organisation.kind) == SenderKind.ORGANISATION.value
    )
    if ico:
        found = s.exec(orgs.where(col(Organisation.ico) == ico)).first()
        if found is not None:
            return found
    if box:
        found = _compatible(s.exec(orgs.where(col(Organisation.databox_id) == box)).first(), ico, box)
        if found is not None:
            return found
    if email:
        query = orgs.where(senders.knowing(email))
        # only organisations the e-mail may join (see ``_compatible``), so that one address
        # used for many organisations is not a scan of all of them per application
        if ico:
            query = query.where(
                or_(col(Organisation.ico).is_(None), col(Organisation.ico).in_(("", ico)))
            )
        if box:
            query = query.where(
                or_(
                    col(Organisation.databox_id).is_(None),
                    col(Organisation.databox_id).in_(("", box)),
                )
            )
        for cand in s.exec(query.order_by(col(Organisation.id))):
            if email in (cand.emails or []) and _compatible(cand, ico, box) is not None:
                return cand
    if key:
        for cand in s.exec(orgs.where(col(Organisation.name_key) == key).order_by(col(Organisation.id))):
            if _compatible(cand, ico, box) is not None:
                return cand
    return None


def match_organisation(
    s: Session, org: dict[str, Any], sender: str, now: datetime, *, actor: str = "system"
) -> Organisation | None:
    """Find the organisation by IČO, then data-box ID, then known e-mail address, then the
    normalised name ("Mediální dům Příklad, a.s." ≈ "MEDIÁLNÍ DŮM PŘÍKLAD a. s."); create it
    when the application names one. Returns None when nothing identifies an organisation."""
    ico = (org.get("ico") or "").strip() or None
    box = (org.get("databox_id") or "").strip() or None
    name = (org.get("name") or "").strip()
    email = sender.strip().lower() if "@" in sender else ""
    found = _find_organisation(s, ico, box, email, senders.name_key(name))
    if found is None:
        if not (ico or box or name):
            return None
        found = senders.create(
            s,
            kind=SenderKind.ORGANISATION,
            name=name,
            ico=ico,
            databox_id=box,
            now=now,
            actor=actor,
        )
    else:
        _complete(found, name, ico, box)
    if email and email not in (found.emails or []):
        found.emails = [*(found.emails or []), email]
        domain = email.rsplit("@", 1)[1]
        if domain not in (found.domains or []):
            found.domains = [*(found.domains or []), domain]
        s.add(found)
        s.flush()  # the next look-up by e-mail (autoflush may be off) sees the address
    return found


def _complete(found: Organisation, name: str, ico: str | None, box: str | None) -> None:
    """Give a found record the identifiers it lacked; an unchanged record is not touched, so
    a flush has nothing of it to compare or write."""
    if not found.name and name:
        found.name = name
    key = senders.name_key(found.name)
    if found.name_key != key:
        found.name_key = key
    if not found.ico and ico:
        found.ico = ico
    if not found.databox_id and box:
        found.databox_id = box


def _refine_sender(
    s: Session, sub: Submission, org: Organisation, now: datetime, *, actor: str, basis: str
) -> None:
    """The filing's sender is the organisation its application names. A person record made
    for this filing alone and left with no filing is merged into the organisation."""
    old = s.get(Organisation, sub.sender_id) if sub.sender_id is not None else None
    if not senders.link(s, sub, org, actor=actor, basis=basis):
        return
    if (
        old is not None
        and old.merged_into is None
        and old.kind == SenderKind.PERSON
        and senders.conflict(old, org) is None
    ):
        s.flush()  # the filing's move is what the count below must see
        if not senders.has_filings(s, old.id):
            senders.merge(s, org.id or 0, old.id or 0, actor=actor, now=now, basis="automatic")


def relink_sender(s: Session, sub: Submission, app: Application, *, actor: str, now: datetime) -> None:
    """After an officer corrected the organisation: the application and the filing follow the
    corrected name / IČO / data-box ID (an organisation found or created)."""
    org = match_organisation(s, dict(app.data.get("organization") or {}), sub.sender, now, actor=actor)
    app.organisation_id = org.id if org else None
    s.add(app)
    if org is not None:
        _refine_sender(s, sub, org, now, actor=actor, basis="correction")


def store_application(
    s: Session,
    sub: Submission,
    extraction: ExtractResult,
    campaign: str,
    now: datetime,
    *,
    actor: str = "system",
    first: bool = False,
) -> Application:
    """Insert or replace the submission's application (idempotent per submission); the
    filing's sender record becomes the organisation the application names, and its sender
    reference the one the text gives. ``first``: the caller knows none is stored yet (the
    extraction stage's first run), so it is not looked up."""
    app = (
        None
        if first
        else s.exec(select(Application).where(col(Application.submission_id) == sub.id)).first()
    )
    org = match_organisation(s, dict(extraction.organization), sub.sender, now, actor=actor)
    if org is not None:
        _refine_sender(s, sub, org, now, actor=actor, basis="extraction")
    sub.sender_reference = str(extraction.data.get("sender_reference") or "")[:255]
    fields: dict[str, Any] = {
        "organisation_id": org.id if org else None,
        "campaign": campaign,
        "request_types": extraction.request_types,
        "production_ips": extraction.production_ips,
        "test_ips": extraction.test_ips,
        "data": dict(extraction.data),
        "language": extraction.language,
        "updated_at": now,
    }
    if app is None:  # every field given: no default factory to look at (pydantic inspects
        # each one's signature on every construction)
        app = Application(submission_id=sub.id or 0, **fields)
    else:
        for name, value in fields.items():
            setattr(app, name, value)
    s.add(app)
    s.flush()
    return app


def extraction_of(app: Application) -> ExtractResult:
    return ExtractResult(data=dict(app.data), problems=(), language=app.language)


@dataclass(frozen=True)
class EarlierAddresses:
    """Address lists asked for by an organisation's earlier applications (an ``IpSets``):
    ``applications`` of them asked for exactly these two lists."""

    production_ips: tuple[str, ...]
    test_ips: tuple[str, ...]
    applications: int = 1


def earlier_applications(s: Session, app: Application) -> list[EarlierAddresses]:
    """What the organisation's other applications in the same campaign that still count asked
    for, grouped by identical address lists in the database: a flood of one organisation's
    applications costs one small result per item, not every earlier row."""
    if app.organisation_id is None:
        return []
    prod = cast(Application.production_ips, String)
    test = cast(Application.test_ips, String)
    rows = s.exec(
        select(prod, test, func.count(), func.min(Submission.received_at))
        .join(Submission, col(Submission.id) == col(Application.submission_id))
        .where(
            col(Application.organisation_id) == app.organisation_id,
            col(Application.campaign) == app.campaign,
            col(Application.id) != app.id,
            col(Submission.state).in_(COUNTED_STATES),
        )
        .group_by(prod, test)
        .order_by(func.min(Submission.received_at))
    ).all()
    return [
        EarlierAddresses(tuple(json.loads(p or "[]")), tuple(json.loads(t or "[]")), int(n))
        for p, t, n, _ in rows
    ]
