"""Officer decisions and corrections — the one implementation used by the web UI and the
``podatelna decide`` command. Each action is a state transition (or field change), a Decision
row, an audit entry with the officer and time, and an event to listeners (allow-list feed,
notices outbox), all in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from intake.errors import NotFound, UsageError
from intake.events import Event, EventBus
from intake.states import DECISIONS, check_transition
from storage import audit, registry
from storage.tables import Application, Decision, Submission, utcnow

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


def decide(
    s: Session,
    submission_id: int,
    kind: str,
    *,
    actor: str,
    reason: str | None = None,
    events: EventBus | None = None,
    now: datetime | None = None,
) -> DecisionResult:
    """Apply ``kind`` (approve | refuse | defective | withdraw) to a submission.

    Raises NotFound for an unknown submission, UsageError for an unknown decision or a
    transition the state machine does not allow (e.g. approving a late filing), or a defect
    notice or withdrawal without its reason."""
    if kind not in DECISIONS:
        raise UsageError(f"unknown decision {kind!r}; use one of {', '.join(DECISIONS)}")
    sub = s.exec(
        select(Submission).where(col(Submission.id) == submission_id).with_for_update()
    ).first()
    if sub is None:
        raise NotFound(f"no submission {submission_id}")
    new_state = DECISIONS[kind].value
    check_transition(sub.state, new_state)
    if kind in REASON_REQUIRED and not (reason or "").strip():
        raise UsageError(REASON_REQUIRED[kind])
    at = now or utcnow()
    old = sub.state
    reason = (reason or "").strip() or None
    dec = Decision(submission_id=sub.id or 0, kind=kind, reason=reason, actor=actor,
                   decided_at=at)
    s.add(dec)
    registry.transition(s, sub, new_state, actor=actor, data={"decision": kind, "reason": reason})
    s.flush()
    if events is not None:
        events.emit(s, Event("state_changed", sub, old_state=old, new_state=new_state,
                             actor=actor, data={"decision": kind, "reason": reason}))
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


def correct(
    s: Session,
    submission_id: int,
    field: str,
    value: Any,
    *,
    actor: str,
    events: EventBus | None = None,
) -> tuple[Any, Any]:
    """Correct one extracted field; audited with the old and new value. Returns (old, new)."""
    if field not in EDITABLE_FIELDS:
        raise UsageError(f"field {field!r} cannot be corrected")
    if EDITABLE_FIELDS[field] is list and isinstance(value, str):
        value = [v.strip() for v in value.replace(",", "\n").splitlines() if v.strip()]
    if field in ("production_ips", "test_ips"):
        value = _canonical_ips(value)
    app = s.exec(select(Application).where(col(Application.submission_id) == submission_id)
                 ).first()
    sub = s.get(Submission, submission_id)
    if app is None or sub is None:
        raise NotFound(f"submission {submission_id} has no extracted application")
    old = _get_path(app.data, field)
    if old == value:
        return old, value
    app.data = _set_path(app.data, field, value)
    if field in ("request_types", "production_ips", "test_ips"):
        setattr(app, field, list(value))
    app.updated_at = utcnow()
    s.add(app)
    audit.append(s, actor=actor, action="application.corrected", subject_type="submission",
                 subject_id=submission_id, data={"field": field, "old": old, "new": value})
    s.flush()
    if events is not None:
        events.emit(s, Event("application_corrected", sub, old_state=sub.state,
                             new_state=sub.state, actor=actor,
                             data={"field": field, "old": old, "new": value}))
    return old, value


def _canonical_ips(values: list[str]) -> list[str]:
    import ipaddress

    out: list[str] = []
    for v in values:
        try:
            text = str(ipaddress.ip_address(v.strip()))
        except ValueError as exc:
            raise UsageError(f"not an IP address: {v!r}") from exc
        if text not in out:
            out.append(text)
    return out
