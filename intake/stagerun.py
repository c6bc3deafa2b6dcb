"""Running one pipeline stage of a claimed submission and persisting its outcome: component
rows (bytes in the evidence store), the sender record, verification records and revocation
evidence, the application and its organisation, problems per stage, the state transition
with its audit entry and event — all in the transaction that claimed the submission."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect
from sqlmodel import Session, col, delete, select

from intake.config import CampaignConfig
from intake.events import Event, EventBus
from intake.model import Channel, DocumentKind, State, VerificationOutcome
from intake.pipeline import CheckResult, problem_dicts, problems_from_dicts
from intake.withheld import check_withheld, is_withheld
from storage import registry, senders
from storage.evidence import EvidenceStore
from storage.tables import Application, Component, Submission, Verification

if TYPE_CHECKING:
    from intake.pipeline import Stages


def is_delivery_receipt(meta: dict[str, Any] | None) -> bool:
    """Whether a registered item was classified as a delivery receipt (doručenka)."""
    return (meta or {}).get("kind") == DocumentKind.DELIVERY_RECEIPT.value


@dataclass
class StageRunner:
    stages: Stages
    evidence: EvidenceStore
    campaign: CampaignConfig
    events: EventBus
    clock: Callable[[], datetime]
    worker_id: str
    _stored: dict[int, Application] = field(default_factory=dict, init=False, repr=False)
    """Applications the extraction stage stored in ``_stored_in`` (triage reuses them there)."""
    _stored_in: Session | None = field(default=None, init=False, repr=False)

    def advance(self, s: Session, sub: Submission) -> None:
        """Run the next stage of ``sub`` and persist what it returns (caller's transaction)."""
        raw = self.evidence.get(sub.sha256)
        channel = Channel(sub.channel)
        actor = f"worker:{self.worker_id}"
        state = State(sub.state)
        if state == State.RECEIVED:
            self._check(s, sub, raw, channel, actor)
        elif state == State.CHECKED:
            self._verify(s, sub, raw, channel, actor)
        elif state == State.VERIFIED:
            self._extract(s, sub, raw, channel, actor)
        elif state == State.EXTRACTED:
            self._triage(s, sub, actor)

    def _check(self, s: Session, sub: Submission, raw: bytes, channel: Channel, actor: str) -> None:
        if is_withheld(sub.meta):
            checked = check_withheld(raw, channel, sub.meta)
        else:
            checked = self.stages.check(raw, channel)
        self._store_components(s, sub, checked)
        self._store_kind(sub, checked)
        senders.link_identity(s, sub, self.clock(), actor=actor)
        self._set_problems(sub, "check", checked.problems)
        sub.meta = {k: v for k, v in sub.meta.items() if k != "held"}
        sub.meta = {**sub.meta, "scan": [dict(r) for r in checked.scan]}
        if checked.hold:  # no confirmation, no further processing until the scanner is back
            reason = {"reason": "malware_scan_unavailable", "since": self.clock().isoformat()}
            sub.meta = {**sub.meta, "held": reason}
            self._transition(s, sub, State.HELD, actor, {"reason": reason["reason"]})
            return
        # the sender as recorded here is what ``audit verify`` holds the row to
        data = {"components": len(checked.components), "sender": sub.sender}
        self._transition(s, sub, State.CHECKED, actor, data)

    def _verify(
        self, s: Session, sub: Submission, raw: bytes, channel: Channel, actor: str
    ) -> None:
        if is_withheld(sub.meta):  # nothing to verify: the signed content was not taken
            outcome = VerificationOutcome(signature={"status": "not_verified"})
        else:
            outcome = self.stages.verify(raw, channel, sub.received_at)
        # revocation evidence (CRL/OCSP bytes) kept so the decision can be re-checked
        self.evidence.put_many(list(outcome.evidence.values()))
        _clear(s, Verification, sub)
        now = self.clock()
        for i, rec in enumerate(outcome.records):
            s.add(
                Verification(
                    submission_id=sub.id or 0,
                    position=i,
                    kind=rec["kind"],
                    status=rec["result"],
                    record=dict(rec),
                    verified_at=now,
                )
            )
        sub.accepted_signature = outcome.accepted_signature
        sub.meta = {**sub.meta, "signature": dict(outcome.signature)}
        self._set_problems(sub, "verify", outcome.problems)
        self._transition(
            s, sub, State.VERIFIED, actor, {"accepted_signature": outcome.accepted_signature}
        )

    def _extract(
        self, s: Session, sub: Submission, raw: bytes, channel: Channel, actor: str
    ) -> None:
        from intake.applications import store_application

        if is_withheld(sub.meta) or is_delivery_receipt(sub.meta):  # no application
            self._set_problems(sub, "extract", [])
            self._transition(s, sub, State.EXTRACTED, actor, {})
            return
        extraction = self.stages.extract(raw, channel)
        # an application is stored only here, with the stage's problems: none yet without them
        first = "extract" not in sub.problems
        app = store_application(
            s, sub, extraction, self.campaign.name, self.clock(), actor=actor, first=first
        )
        if self._stored_in is not s:
            self._stored, self._stored_in = {}, s
        self._stored[sub.id or 0] = app
        self._set_problems(sub, "extract", extraction.problems)
        self._transition(s, sub, State.EXTRACTED, actor, {})

    def _triage(self, s: Session, sub: Submission, actor: str) -> None:
        from intake.applications import earlier_applications, extraction_of

        if is_delivery_receipt(sub.meta):  # registered and kept; nothing to decide
            self._set_problems(sub, "triage", [])
            self._transition(s, sub, State.FILED, actor, {"document_kind": sub.meta["kind"]})
            return
        app = self._application(s, sub)
        problems = [
            p
            for stage in ("check", "verify", "extract")
            for p in problems_from_dicts(sub.problems.get(stage, []))
        ]
        quota: list[Any] = []
        if app is not None:
            quota = self.stages.quota_problems(extraction_of(app), earlier_applications(s, app))
        verdict = self.stages.triage(
            sub.received_at, bool(sub.accepted_signature), problems + quota
        )
        sub.on_time = verdict.on_time
        self._set_problems(sub, "triage", [*quota, *verdict.problems])
        self._transition(s, sub, verdict.state, actor, {"on_time": verdict.on_time}, app)

    def _application(self, s: Session, sub: Submission) -> Application | None:
        """The filing's application: the one the extraction stored in this transaction (no
        look-up), else from the database."""
        app = self._stored.pop(sub.id or 0, None) if self._stored_in is s else None
        if app is not None and app in s and not inspect(app).expired:
            return app
        return s.exec(select(Application).where(col(Application.submission_id) == sub.id)).first()

    def _transition(
        self,
        s: Session,
        sub: Submission,
        new: State,
        actor: str,
        data: dict[str, Any],
        app: Application | None = None,
    ) -> None:
        old = sub.state
        registry.transition(s, sub, new.value, actor=actor, data=data)
        event = Event("state_changed", sub, old, new.value, actor, data, application=app)
        self.events.emit(s, event)

    @staticmethod
    def _store_kind(sub: Submission, checked: CheckResult) -> None:
        """What the item is, and the facts of the delivery receipts it is or carries."""
        c = checked.classified
        meta = {k: v for k, v in sub.meta.items() if k not in ("kind", "delivery_receipts")}
        if c.kind is not DocumentKind.FILING:
            meta["kind"] = c.kind.value
        if c.receipts:
            meta["delivery_receipts"] = [dict(r) for r in c.receipts]
        sub.meta = meta

    @staticmethod
    def _set_problems(sub: Submission, stage: str, problems: Iterable[Any]) -> None:
        sub.problems = {**sub.problems, stage: problem_dicts(list(problems))}

    def _store_components(self, s: Session, sub: Submission, checked: CheckResult) -> None:
        _clear(s, Component, sub)
        shas = self.evidence.put_many([comp.data for comp in checked.components])
        for i, (comp, sha) in enumerate(zip(checked.components, shas, strict=True)):
            s.add(
                Component(
                    submission_id=sub.id or 0,
                    position=i,
                    name=comp.name[:1000],
                    role=comp.role,
                    parent=comp.parent,
                    declared_type=comp.declared_type[:255],
                    detected_type=comp.detected_type[:255],
                    sha256=sha,
                    size=len(comp.data),
                    problem=comp.problem,
                    detail=comp.detail,
                )
            )
        p = checked.parsed
        sub.subject = p.subject[:10000]
        sub.sender = p.sender[:512]
        sub.sender_name = p.sender_name[:512]
        sub.message_id = p.message_id[:998]
        if p.envelope:
            sub.meta = {**sub.meta, "envelope": dict(p.envelope)}
        if p.headers:
            sub.meta = {**sub.meta, "headers": {k: str(v)[:2000] for k, v in p.headers.items()}}


def _clear(s: Session, table: type[Component] | type[Verification], sub: Submission) -> None:
    """Delete what an earlier run of the stage recorded for ``sub`` (a Core statement: the
    worker's session never holds these rows, so the ORM has nothing to synchronise)."""
    s.connection().execute(delete(table).where(col(table.submission_id) == sub.id))
