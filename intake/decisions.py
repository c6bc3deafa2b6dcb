"""Officer decisions and corrections — the one implementation used by the web UI and the
``podatelna decide`` command. Each action is a state transition (or field change), a Decision
row, an audit entry with the officer and time, and an event to listeners (allow-list feed,
notices outbox), all in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from intake import gate
from intake.errors import NotFound, UsageError
from intake.events import Event, EventBus
from intake.extraction.validate import corrected
from intake.model import State
from intake.recheck import (
    EXTRACT_VALUE_CODES,
    QUOTA_CODES,
    Limits,
    merged,
    value_problems,
)
from intake.states import DECISIONS, available_decisions, check_transition
from storage import audit, registry
from storage.tables import Application, Decision, Submission, utcnow

if TYPE_CHECKING:
    from intake.bootstrap import App

EDITABLE_FIELDS = {
    "request_types": list,
    "production_ips": list,
    "test_ips": list,
    "organization.name": str,
    "organization.ico": str,
    "organization.databox_id": str,
    "contact.person": str,
    "contact.email": str,
    "contact.phone": str,
}
"""Fields of an application an officer may correct (dotted paths into the extraction)."""

REASON_REQUIRED = {
    "defective": "a defect notice needs the reason: what the applicant must fix",
    "withdraw": "a withdrawal needs the reason (--reason)",
}
"""Decisions that need a reason, with the one-line refusal when it is missing."""


@dataclass(frozen=True)
class DecisionResult:
    submission: Submission
    decision: Decision
    old_state: str


class Blocked(UsageError):
    """An approval the gate refuses: blocking problems and no written override reason (or a
    problem no reason can override). The state has not changed."""

    def __init__(self, blocking: tuple[gate.Blocking, ...], *, final: bool = False) -> None:
        self.blocking = blocking
        self.final = final
        if final:
            msg = f"a late filing can never be approved (blocking: {gate.summary(blocking)})"
        else:
            msg = (
                f"approval blocked by: {gate.summary(blocking)}; "
                "approve with a written override reason"
            )
        super().__init__(msg)


def blocking_of(s: Session, sub: Submission) -> tuple[gate.Blocking, ...]:
    """The blocking problems of ``sub`` as recorded now (``intake.gate``)."""
    app = s.exec(select(Application).where(col(Application.submission_id) == sub.id)).first()
    data = app.data if app is not None else {}
    return gate.blocking_problems(
        channel=sub.channel,
        accepted_signature=sub.accepted_signature,
        problems=sub.problems or {},
        request_types=list(app.request_types) if app is not None else [],
        uncertain_fields=gate.uncertain_fields(data),
    )


def pending_approval(s: Session, sub: Submission) -> Decision | None:
    """The latest ``approve`` decision of ``sub`` (the one a confirmation confirms, and whose
    overrides the allow-list honours)."""
    return s.exec(
        select(Decision)
        .where(col(Decision.submission_id) == sub.id, col(Decision.kind) == "approve")
        .order_by(col(Decision.id).desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class _Plan:
    """What one decision does: the state it leads to, what is stored and what is said."""

    new_state: str
    reason: str | None
    override_reason: str | None
    overridden: list[str]
    data: dict[str, Any]


def _plan_approval(
    s: Session, sub: Submission, reason: str | None, override: str | None, second: bool
) -> _Plan:
    blocking = blocking_of(s, sub)
    if not blocking:
        return _Plan(
            State.APPROVED.value, reason, None, [], {"decision": "approve", "reason": reason}
        )
    if not gate.overridable(blocking):
        raise Blocked(blocking, final=True)
    if override is None:
        raise Blocked(blocking)
    codes = sorted({str(b.code) for b in blocking})
    data: dict[str, Any] = {"reason": reason, "override_reason": override, "overridden": codes}
    if second:  # no letter, no allow-list change until another officer confirms
        return _Plan(
            State.AWAITING_CONFIRMATION.value,
            reason,
            override,
            codes,
            {"decision": "request_confirmation", **data},
        )
    return _Plan(State.APPROVED.value, reason, override, codes, {"decision": "approve", **data})


def _plan_confirmation(s: Session, sub: Submission, actor: str, reason: str | None) -> _Plan:
    first = pending_approval(s, sub)
    if first is None:
        raise UsageError("there is no approval to confirm")
    if first.actor == actor:
        raise UsageError("an approval must be confirmed by a different officer")
    data = {
        "decision": "approve",
        "confirmed": True,
        "approved_by": first.actor,
        "reason": first.reason,
        "override_reason": first.override_reason,
        "overridden": list(first.overridden or []),
    }
    return _Plan(State.APPROVED.value, reason, None, [], data)


def decide(
    s: Session,
    submission_id: int,
    kind: str,
    *,
    actor: str,
    reason: str | None = None,
    override_reason: str | None = None,
    second_approver: bool = False,
    events: EventBus | None = None,
    now: datetime | None = None,
) -> DecisionResult:
    """Apply ``kind`` (approve | refuse | defective | withdraw | confirm) to a submission.

    An approval passes the gate (``intake.gate``): with blocking problems it needs
    ``override_reason`` (never for a late filing) — otherwise ``Blocked`` — and with
    ``second_approver`` it waits in ``awaiting_confirmation`` until a different officer
    ``confirm``s it. Raises NotFound for an unknown submission, UsageError for an unknown
    decision, a transition the state machine does not allow, or a defect notice or
    withdrawal without its reason."""
    if kind not in DECISIONS:
        raise UsageError(f"unknown decision {kind!r}; use one of {', '.join(DECISIONS)}")
    sub = s.exec(
        select(Submission).where(col(Submission.id) == submission_id).with_for_update()
    ).first()
    if sub is None:
        raise NotFound(f"no submission {submission_id}")
    if kind not in available_decisions(sub.state):
        check_transition(sub.state, DECISIONS[kind].value)
        raise UsageError(f"a submission in state '{sub.state}' cannot be given '{kind}'")
    if kind in REASON_REQUIRED and not (reason or "").strip():
        raise UsageError(REASON_REQUIRED[kind])
    reason = (reason or "").strip() or None
    override = (override_reason or "").strip() or None
    if kind == "approve":
        plan = _plan_approval(s, sub, reason, override, second_approver)
    elif kind == "confirm":
        plan = _plan_confirmation(s, sub, actor, reason)
    else:
        plan = _Plan(DECISIONS[kind].value, reason, None, [], {"decision": kind, "reason": reason})
    return _apply(s, sub, kind, plan, actor=actor, events=events, at=now or utcnow())


def _apply(
    s: Session,
    sub: Submission,
    kind: str,
    plan: _Plan,
    *,
    actor: str,
    events: EventBus | None,
    at: datetime,
) -> DecisionResult:
    old = sub.state
    dec = Decision(
        submission_id=sub.id or 0,
        kind=kind,
        reason=plan.reason,
        actor=actor,
        decided_at=at,
        override_reason=plan.override_reason,
        overridden=plan.overridden,
    )
    s.add(dec)
    registry.assign_if_unassigned(s, sub, actor, at)
    registry.transition(s, sub, plan.new_state, actor=actor, data=plan.data)
    s.flush()
    if events is not None:
        events.emit(
            s,
            Event(
                "state_changed",
                sub,
                old_state=old,
                new_state=plan.new_state,
                actor=actor,
                data=dict(plan.data),
            ),
        )
    return DecisionResult(sub, dec, old)


def _get_path(data: dict[str, Any], path: str) -> Any:
    cur: Any = data
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, dict) else None
    return cur


def _set_path(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    out = dict(data)
    parts = path.split(".")
    if len(parts) == 1:
        out[parts[0]] = value
    else:
        inner = dict(out.get(parts[0]) or {})
        inner[parts[1]] = value
        out[parts[0]] = inner
    return out


ADDRESS_FIELDS = ("production_ips", "test_ips")
BACK_TO_REVIEW = (State.APPROVED.value, State.AWAITING_CONFIRMATION.value)
"""States a correction of the addresses takes back to ``ready_for_review``."""


def limits_of(app: App) -> Limits:
    """The campaign's address limits of a composition root (``App``)."""
    campaign = app.settings.campaign
    return Limits(campaign.max_production_ips, campaign.max_test_ips, app.settings.demo)


def _load(s: Session, submission_id: int) -> tuple[Submission, Application]:
    sub = s.exec(
        select(Submission).where(col(Submission.id) == submission_id).with_for_update()
    ).first()
    app = s.exec(select(Application).where(col(Application.submission_id) == submission_id)).first()
    if app is None or sub is None:
        raise NotFound(f"submission {submission_id} has no extracted application")
    return sub, app


def _normalised(field: str, value: Any) -> Any:
    if field not in EDITABLE_FIELDS:
        raise UsageError(f"field {field!r} cannot be corrected")
    if EDITABLE_FIELDS[field] is list and isinstance(value, str):
        value = [v.strip() for v in value.replace(",", "\n").splitlines() if v.strip()]
    return corrected(field, value)  # the extraction's own rules; InvalidValue when refused


def _mark_certain(data: dict[str, Any], field: str, how: str, actor: str) -> dict[str, Any]:
    """The field's provenance after an officer corrected or confirmed it: certain."""
    fields = dict(data.get("fields") or {})
    prov = dict(fields.get(field) or {"component": None, "line": None})
    prov.update({"certain": True, how: actor})
    fields[field] = prov
    return {**data, "fields": fields}


def correct(
    s: Session,
    submission_id: int,
    field: str,
    value: Any,
    *,
    actor: str,
    events: EventBus | None = None,
    limits: Limits | None = None,
) -> tuple[Any, Any]:
    """Correct one extracted field; audited with the old and new value. The problems that
    depend on the values are recomputed (``recheck``) — after a change of the addresses also
    the quota of the organisation's other open filings (``recheck_organisation``); correcting
    the addresses of an approved (or unconfirmed) filing takes it back to ``ready_for_review``
    — and so off the allow-list — without a word to the applicant. Returns (old, new)."""
    value = _normalised(field, value)
    sub, app = _load(s, submission_id)
    old = _get_path(app.data, field)
    if old == value:
        return old, value
    app.data = _mark_certain(_set_path(app.data, field, value), field, "corrected_by", actor)
    if field in ("request_types", "production_ips", "test_ips"):
        setattr(app, field, list(value))
    app.updated_at = utcnow()
    s.add(app)
    audit.append(
        s,
        actor=actor,
        action="application.corrected",
        subject_type="submission",
        subject_id=submission_id,
        data={"field": field, "old": old, "new": value},
    )
    registry.assign_if_unassigned(s, sub, actor, app.updated_at)
    if field.startswith("organization."):
        from intake.applications import relink_sender

        relink_sender(s, sub, app, actor=actor, now=app.updated_at)
    recheck_problems(s, sub, app, actor=actor, limits=limits)
    if field in ADDRESS_FIELDS:
        cause = sub.registry_number or str(submission_id)
        recheck_organisation(s, app, actor=actor, cause=cause, limits=limits)
    if field in ADDRESS_FIELDS and sub.state in BACK_TO_REVIEW:
        _back_to_review(s, sub, field, actor=actor, events=events)
    s.flush()
    if events is not None:
        events.emit(
            s,
            Event(
                "application_corrected",
                sub,
                old_state=sub.state,
                new_state=sub.state,
                actor=actor,
                data={"field": field, "old": old, "new": value},
            ),
        )
    return old, value


def confirm_field(
    s: Session, submission_id: int, field: str, *, actor: str, limits: Limits | None = None
) -> Any:
    """The officer confirms an uncertain extracted value as read (one click per field):
    the value becomes certain, the confirmation is audited and the problems recomputed.
    Returns the confirmed value."""
    if field not in EDITABLE_FIELDS:
        raise UsageError(f"field {field!r} cannot be confirmed")
    sub, app = _load(s, submission_id)
    if field not in gate.uncertain_fields(app.data):
        raise UsageError(f"field {field!r} has no open doubt to confirm")
    value = _get_path(app.data, field)
    app.data = _mark_certain(app.data, field, "confirmed_by", actor)
    app.updated_at = utcnow()
    s.add(app)
    audit.append(
        s,
        actor=actor,
        action="application.confirmed",
        subject_type="submission",
        subject_id=submission_id,
        data={"field": field, "value": value},
    )
    recheck_problems(s, sub, app, actor=actor, limits=limits)
    s.flush()
    return value


def recheck_problems(
    s: Session, sub: Submission, app: Application, *, actor: str, limits: Limits | None = None
) -> None:
    """Recompute the value-dependent problems of ``sub`` (extraction and quota) from the
    application's current values; a change is audited with the codes before and after."""
    lim = limits or Limits()
    before = dict(sub.problems or {})
    extract = merged(
        before.get("extract") or [], EXTRACT_VALUE_CODES, value_problems(app.data, lim)
    )
    after = {**before, "extract": extract, **_quota_triage(s, before, app, lim)}
    _record_recheck(s, sub, before, after, actor=actor)


OPEN_STATES = (
    State.READY_FOR_REVIEW.value,
    State.DEFECTIVE.value,
    State.AWAITING_CONFIRMATION.value,
)
"""States of a filing whose quota problems a correction of another filing re-checks (an
approved one keeps what it was approved with; a correction of its own re-checks it)."""


def recheck_organisation(
    s: Session, app: Application, *, actor: str, cause: str, limits: Limits | None = None
) -> int:
    """Re-check the quota problems of the organisation's *other* open filings in the
    campaign after ``app``'s addresses changed (their sum may now be within the limits, or
    over them); each change is recorded and audited naming ``cause`` (the corrected filing's
    registry number). Returns how many filings changed."""
    if app.organisation_id is None:
        return 0
    lim = limits or Limits()
    rows = s.exec(
        select(Submission, Application)
        .join(Application, col(Application.submission_id) == col(Submission.id))
        .where(
            col(Application.organisation_id) == app.organisation_id,
            col(Application.campaign) == app.campaign,
            col(Application.id) != app.id,
            col(Submission.state).in_(OPEN_STATES),
        )
        .order_by(col(Submission.id))
        .with_for_update(of=Submission)  # type: ignore[arg-type]
    ).all()
    changed = 0
    for other, other_app in rows:
        before = dict(other.problems or {})
        after = {**before, **_quota_triage(s, before, other_app, lim)}
        changed += _record_recheck(s, other, before, after, actor=actor, because_of=cause)
    return changed


def _quota_triage(
    s: Session, before: dict[str, Any], app: Application, lim: Limits
) -> dict[str, list[dict[str, Any]]]:
    """``{"triage": …}`` with the quota problems of ``app`` recomputed against the
    organisation's other applications, or ``{}`` when nothing is recorded and nothing found."""
    from intake.applications import earlier_applications
    from intake.extraction.quota import check_quota

    quota = check_quota(
        app.data,
        earlier_applications(s, app),
        max_production_ips=lim.max_production_ips,
        max_test_ips=lim.max_test_ips,
    )
    if "triage" not in before and not quota:
        return {}
    return {"triage": merged(before.get("triage") or [], QUOTA_CODES, quota)}


def _record_recheck(
    s: Session,
    sub: Submission,
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    actor: str,
    because_of: str | None = None,
) -> bool:
    """Store ``after`` as the problems of ``sub`` and audit the codes before and after
    (``application.rechecked``); False when nothing changed."""
    if after == before:
        return False
    sub.problems = after
    s.add(sub)

    def codes(problems: dict[str, Any]) -> list[str]:
        return sorted({str(p.get("code")) for items in problems.values() for p in items or []})

    data: dict[str, Any] = {"before": codes(before), "after": codes(after)}
    if because_of is not None:
        data["because_of"] = because_of
    audit.append(
        s,
        actor=actor,
        action="application.rechecked",
        subject_type="submission",
        subject_id=sub.id or "",
        data=data,
    )
    return True


def _back_to_review(
    s: Session, sub: Submission, field: str, *, actor: str, events: EventBus | None
) -> None:
    old = sub.state
    data = {"reason": "correction", "field": field}
    registry.transition(s, sub, State.READY_FOR_REVIEW.value, actor=actor, data=data)
    s.flush()
    if events is not None:  # the feed versions the list without it; no notice is queued
        events.emit(
            s,
            Event(
                "state_changed",
                sub,
                old_state=old,
                new_state=State.READY_FOR_REVIEW.value,
                actor=actor,
                data=data,
            ),
        )
