"""Everything the detail page of one submission shows, gathered in one read transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from intake import gate
from intake.decisions import EDITABLE_FIELDS, _get_path, blocking_of, pending_approval
from intake.notices.admin import list_notices
from intake.states import available_decisions
from intake.web.delivery_receipts import receipt_views
from intake.web.history import HistoryLine, describe
from intake.web.queries import QuotaUse, organisation_applications
from intake.web.receipt_cs import receipt_basis_cs
from intake.web.review import load_review
from intake.web.senders_view import kind_cs, register_facts
from intake.web.verification_record import RecordView, verification_record
from storage.registry import submission_parts
from storage.tables import (
    Application,
    AuditEntry,
    Component,
    Organisation,
    Submission,
    Verification,
)

if TYPE_CHECKING:
    from intake.bootstrap import App

MAX_BODY_CHARS = 200_000

PROVENANCE_CS = {"envelope": "obálka zprávy", "header:From": "hlavička From"}


def source_cs(component: str | None) -> str:
    """Where a value came from, as the officer reads it: the envelope and mail headers in Czech,
    also when a header is that of an attached message ("header:From (puvodni.eml)")."""
    if not component:
        return "neurčeno"
    for raw, shown in PROVENANCE_CS.items():
        if component == raw or component.startswith(f"{raw} ("):
            return shown + component[len(raw) :]
    return component


@dataclass(frozen=True)
class FieldView:
    name: str
    value: str
    """Current value as the correction form shows it (lists one per line)."""
    multiline: bool
    source: str
    certain: bool | None


@dataclass(frozen=True)
class ProblemView:
    stage: str
    code: str
    message: str
    component: str


def _field_views(app: Application | None) -> list[FieldView]:
    data = app.data if app else {}
    prov = data.get("fields") or {}
    out = []
    for name, kind in EDITABLE_FIELDS.items():
        value = _get_path(data, name)
        if kind is list:
            text = "\n".join(str(v) for v in value or [])
        else:
            text = "" if value is None else str(value)
        p = prov.get(name) or {}
        src = p.get("component")
        source = source_cs(str(src) if src else None)
        if p.get("line"):
            source += f", řádek {p['line']}"
        certain = p.get("certain") if p else None
        out.append(FieldView(name, text, kind is list, source, certain))
    return out


def _other_fields(app: Application | None) -> list[tuple[str, str, str]]:
    """Provenance of extracted values that are not correctable fields (recording permit …)."""
    if app is None:
        return []
    data = app.data
    out = []
    for name, p in (data.get("fields") or {}).items():
        if name in EDITABLE_FIELDS:
            continue
        value = _get_path(data, name)
        src = source_cs((p or {}).get("component"))
        if (p or {}).get("line"):
            src += f", řádek {p['line']}"
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        out.append((name, "" if shown is None else str(shown), src))
    return out


def _problems(sub: Submission) -> list[ProblemView]:
    out = []
    for stage, items in (sub.problems or {}).items():
        for p in items or []:
            if isinstance(p, dict):
                out.append(
                    ProblemView(
                        stage,
                        str(p.get("code", "")),
                        str(p.get("message", "")),
                        str(p.get("component") or ""),
                    )
                )
    return out


@dataclass(frozen=True)
class BlockingView:
    label: str
    message: str
    field: str | None


def _blocking(s: Session, sub: Submission) -> list[BlockingView]:
    from intake.web.common import PROBLEMS_CS

    return [BlockingView(PROBLEMS_CS[b.code], b.message, b.field) for b in blocking_of(s, sub)]


def _read_text(app: App, comp: Component) -> str:
    try:
        data = app.evidence.get(comp.sha256)
    except Exception:  # a missing blob is shown as such, never breaks the page
        return "[obsah není v úložišti k dispozici]"
    text = data[: MAX_BODY_CHARS * 4].decode("utf-8", errors="replace")
    return text[:MAX_BODY_CHARS]


def _source_facts(meta: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Source facts (data-box envelope, selected headers, INTERNALDATE …) as flat pairs."""
    out: list[tuple[str, str]] = []
    for key, value in meta.items():
        if isinstance(value, dict):
            out += _source_facts(value, f"{prefix}{key}.")
        else:
            out.append((f"{prefix}{key}", str(value)[:2000]))
    return out[:200]


def _history(s: Session, trail: list[AuditEntry], notice_ids: list[int]) -> list[HistoryLine]:
    """The submission's own audit entries and those of its notices (sent, failed), in order."""
    keys = [str(i) for i in notice_ids]
    notices = (
        s.exec(
            select(AuditEntry).where(
                col(AuditEntry.subject_type) == "notice", col(AuditEntry.subject_id).in_(keys)
            )
        ).all()
        if keys
        else []
    )
    entries = sorted([*trail, *notices], key=lambda e: e.id or 0)
    return [describe(e) for e in entries]


SCAN_CS = {
    "clean": "zkontrolováno, bez nálezu",
    "infected": "nalezen škodlivý kód",
    "error": "kontrolu nebylo možné provést",
    "not_scanned": "nekontrolováno (antivir není nastaven)",
}
"""A component's malware-scan result as the detail page words it."""


def gather(s: Session, app: App, sub: Submission, dt: Callable[[Any], str]) -> dict[str, Any]:
    sid = sub.id
    parts = submission_parts(s, sid)
    comps, vers, application = parts.components, parts.verifications, parts.application
    decisions, trail = parts.decisions, parts.trail
    org = (
        s.get(Organisation, application.organisation_id)
        if application and application.organisation_id
        else None
    )
    campaign = app.settings.campaign
    others, prod, test = organisation_applications(
        s, org.id if org else None, application.campaign if application else campaign.name, sid
    )
    records: list[tuple[Verification, RecordView]] = [
        (v, verification_record(v.record, dt, kind=v.kind, status=v.status)) for v in vers
    ]
    texts = [(c, _read_text(app, c)) for c in comps if c.role == "body_text"]
    notice_rows = list_notices(s, submission_id=sub.id)
    deadline = campaign.deadline
    if (sub.meta or {}).get("kind") == "delivery_receipt":
        verdict = ("unknown", "Netýká se – doručenka není žádost")
    elif sub.on_time is True:
        verdict = ("ok", f"Včas – doručeno před koncem lhůty ({dt(deadline)})")
    elif sub.on_time is False:
        verdict = ("bad", f"Po lhůtě – lhůta skončila {dt(deadline)}")
    else:
        verdict = ("unknown", "Nelze určit – čas doručení není znám")
    return {
        "sub": sub,
        "components": comps,
        "scans": {str(r.get("component")): r for r in (sub.meta or {}).get("scan") or []},
        "SCAN_CS": SCAN_CS,
        "attachments": [c for c in comps if c.role not in ("body_text", "body_html")],
        "html_bodies": [c for c in comps if c.role == "body_html"],
        "texts": texts,
        "records": records,
        "application": application,
        "fields": _field_views(application),
        "other_fields": _other_fields(application),
        "problems": _problems(sub),
        "decisions": decisions,
        "trail": trail,
        "org": org,
        "others": others,
        "quota": QuotaUse(len(prod), len(test), campaign.max_production_ips, campaign.max_test_ips),
        "verdict": verdict,
        "receipt_basis": receipt_basis_cs(sub.meta or {}),
        "source_facts": _source_facts(sub.meta or {}),
        "actions": available_decisions(sub.state),
        "blocking": _blocking(s, sub),
        "review": load_review(s, sub, demo=app.settings.demo),
        "uncertain": gate.uncertain_fields(application.data) if application else frozenset(),
        "pending": pending_approval(s, sub) if sub.state == "awaiting_confirmation" else None,
        "second_approver": app.settings.decisions.second_approver,
        "notice_rows": notice_rows,
        "history": _history(s, trail, [n.id for n in notice_rows if n.id is not None]),
        "register": register_facts(s, sub),
        "is_receipt": (sub.meta or {}).get("kind") == "delivery_receipt",
        "receipts": receipt_views(s, sub.meta or {}, dt),
        "register_kind": kind_cs,
    }
