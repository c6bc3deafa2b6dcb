"""Read models of the officer UI: the filtered queue, state counts, an organisation's quota."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, cast, func, or_
from sqlmodel import Session, col, select

from intake.applications import COUNTED_STATES
from intake.model import SenderKind
from storage.tables import Application, Organisation, Submission

PAGE_SIZE = 100
DEFAULT_STATE = "ready_for_review"
"""The bare queue opens on "K posouzení" (oldest first); ``state=`` (empty), or another filter
without a state, shows every state."""
DECIDED_STATES = frozenset({"approved", "refused", "withdrawn", "filed"})
"""Decided filings (and filed delivery receipts, nothing to decide): their problem badges are
muted in the queue."""


@dataclass(frozen=True)
class QueueFilter:
    state: str = ""
    channel: str = ""
    late: str = ""
    """``yes`` (after the deadline), ``no`` (on time) or empty."""
    problem: str = ""
    organisation: str = ""
    """Organisation id."""
    request_type: str = ""
    q: str = ""
    """Registry number, sender (address or name), organisation name, IČO, data-box ID (the
    register's or the application's), or an IP address."""
    page: int = 1

    def query_args(self, **override: Any) -> dict[str, Any]:
        base = {
            k: getattr(self, k)
            for k in ("state", "channel", "late", "problem", "organisation", "request_type", "q")
        }
        base.update(override)
        return {k: v for k, v in base.items() if v not in ("", None)}


@dataclass
class QueueRow:
    submission: Submission
    application: Application | None
    organisation: Organisation | None
    problem_codes: list[str] = field(default_factory=list)

    @property
    def decided(self) -> bool:
        return self.submission.state in DECIDED_STATES

    @property
    def address_counts(self) -> tuple[int, int]:
        """(production, test) addresses of the application."""
        app = self.application
        return (len(app.production_ips or []), len(app.test_ips or [])) if app else (0, 0)

    @property
    def contact(self) -> tuple[str, str]:
        """(person, e-mail) of the application's contact, empty when unknown."""
        data = self.application.data if self.application else {}
        contact = data.get("contact") if isinstance(data, dict) else None
        if not isinstance(contact, dict):
            return "", ""
        return str(contact.get("person") or ""), str(contact.get("email") or "")


def problem_codes(sub: Submission) -> list[str]:
    codes: list[str] = []
    for items in (sub.problems or {}).values():
        for p in items or []:
            code = str(p.get("code", "")) if isinstance(p, dict) else ""
            if code and code not in codes:
                codes.append(code)
    return codes


def _as_ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def _text_search(text: str) -> Any:
    """Registry number, sender, organisation (register and application): name, IČO, data-box
    ID — case-insensitive substring."""
    like = f"%{text.strip().lower()}%"
    data = col(Application.data)
    columns = [
        col(Submission.registry_number),
        col(Submission.sender),
        col(Submission.sender_name),
        col(Organisation.name),
        col(Organisation.ico),
        col(Organisation.databox_id),
        *(data[("organization", key)].as_string() for key in ("name", "ico", "databox_id")),
    ]
    return or_(*(func.lower(c).like(like) for c in columns))


def queue(s: Session, f: QueueFilter) -> tuple[list[QueueRow], int]:
    """Filtered submissions sorted by trusted receipt time; returns (page rows, total)."""
    q = (
        select(Submission, Application, Organisation)
        .join(Application, col(Application.submission_id) == col(Submission.id), isouter=True)
        .join(Organisation, col(Organisation.id) == col(Application.organisation_id), isouter=True)
        .order_by(col(Submission.received_at), col(Submission.id))
    )
    if f.state:
        q = q.where(col(Submission.state) == f.state)
    if f.channel:
        q = q.where(col(Submission.channel) == f.channel)
    if f.late == "yes":
        q = q.where(col(Submission.on_time).is_(False))
    elif f.late == "no":
        q = q.where(col(Submission.on_time).is_(True))
    if f.organisation.isdigit():
        q = q.where(col(Application.organisation_id) == int(f.organisation))
    ip = _as_ip(f.q) if f.q else None
    if f.q and ip is None:
        q = q.where(_text_search(f.q))
    # JSON-list filters: narrowed in SQL by the quoted value in the stored JSON text (a
    # superset: '_' matches any character), then confirmed exactly below
    if f.problem:
        q = q.where(cast(Submission.problems, String).like(f'%"{f.problem}"%'))
    if f.request_type:
        q = q.where(cast(Application.request_types, String).like(f'%"{f.request_type}"%'))
    if ip is not None:
        q = q.where(
            or_(
                cast(Application.production_ips, String).like(f'%"{ip}"%'),
                cast(Application.test_ips, String).like(f'%"{ip}"%'),
            )
        )
    start = (max(f.page, 1) - 1) * PAGE_SIZE
    if not (f.problem or f.request_type or ip is not None):
        # every filter is SQL: count and page in the database
        total = s.exec(select(func.count()).select_from(q.subquery())).one()
        page = s.exec(q.offset(start).limit(PAGE_SIZE)).all()
        return [QueueRow(sub, app, org, problem_codes(sub)) for sub, app, org in page], total
    rows: list[QueueRow] = []
    for sub, app, org in s.exec(q).all():
        codes = problem_codes(sub)
        if f.problem and f.problem not in codes:
            continue
        if f.request_type and (app is None or f.request_type not in (app.request_types or [])):
            continue
        if ip is not None and (
            app is None or ip not in [*(app.production_ips or []), *(app.test_ips or [])]
        ):
            continue
        rows.append(QueueRow(sub, app, org, codes))
    return rows[start : start + PAGE_SIZE], len(rows)


def state_counts(s: Session) -> dict[str, int]:
    rows = s.exec(select(Submission.state, func.count()).group_by(col(Submission.state))).all()
    return {str(state): int(n) for state, n in rows}


def channel_counts(s: Session) -> dict[str, int]:
    rows = s.exec(select(Submission.channel, func.count()).group_by(col(Submission.channel))).all()
    return {str(ch): int(n) for ch, n in rows}


def filter_options(s: Session) -> dict[str, list[Any]]:
    """Values the queue's filter selects offer (problem codes, organisations, request types)."""
    codes: set[str] = set()
    for probs in s.exec(select(Submission.problems)).all():
        for items in (probs or {}).values():
            for p in items or []:
                if isinstance(p, dict) and p.get("code"):
                    codes.add(str(p["code"]))
    types: set[str] = set()
    for rt in s.exec(select(Application.request_types)).all():
        types.update(str(t) for t in rt or [])
    orgs = s.exec(
        select(Organisation)
        .where(
            col(Organisation.kind) == SenderKind.ORGANISATION.value,
            col(Organisation.merged_into).is_(None),
        )
        .order_by(col(Organisation.name))
    ).all()
    return {"problems": sorted(codes), "request_types": sorted(types), "organisations": list(orgs)}


@dataclass(frozen=True)
class QuotaUse:
    production: int
    test: int
    max_production: int
    max_test: int

    @property
    def over(self) -> bool:
        return self.production > self.max_production or self.test > self.max_test


def organisation_applications(
    s: Session, organisation_id: int | None, campaign: str, exclude_submission: int | None
) -> tuple[list[tuple[Submission, Application]], list[str], list[str]]:
    """The organisation's applications in the campaign (other than ``exclude_submission``) and
    the distinct production and test IPs of those that count against the quota (including the
    excluded one's own, when it counts)."""
    if organisation_id is None:
        return [], [], []
    rows = s.exec(
        select(Submission, Application)
        .join(Application, col(Application.submission_id) == col(Submission.id))
        .where(
            col(Application.organisation_id) == organisation_id,
            col(Application.campaign) == campaign,
        )
        .order_by(col(Submission.received_at))
    ).all()
    prod: list[str] = []
    test: list[str] = []
    for sub, app in rows:
        if sub.state in (*COUNTED_STATES,):
            prod += [ip for ip in app.production_ips or [] if ip not in prod]
            test += [ip for ip in app.test_ips or [] if ip not in test]
    others = [(sub, app) for sub, app in rows if sub.id != exclude_submission]
    return others, prod, test
