"""The transactional outbox: notices are written by an event listener inside the transaction
of the state change that causes them, so a notice exists exactly when its cause committed.

Which notice for which event:
 * ``received → checked`` (sender and headers now known): preliminary receipt confirmation
   to the e-mail sender (vyhláška 259/2012 §4(8)); none to a data message (ISDS issues the
   delivery note itself) and none to bounces, auto-replies, lists or ourselves (RFC 3834).
 * ``extracted → ready_for_review | defective | late``: the verification result — accepted
   for review, the defects with what to fix and by when, or received late.
 * officer decisions: ``defective`` (defect notice with the officer's reason), ``approve``
   and ``refuse`` (sealed PDF letter).
Keys are deterministic where a notice must exist at most once (one receipt, one verification
result per submission)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from intake.config import Settings
from intake.errors import UsageError
from intake.events import Event
from intake.notices import rules
from intake.notices.render import (
    Rendered,
    TemplateFailed,
    accepted_format_labels,
    render,
    submission_context,
)
from storage import audit
from storage.notices import Announcement, Notice
from storage.tables import Application, Submission, utcnow

logger = logging.getLogger(__name__)

RESULT_TEMPLATES = {"ready_for_review": "accepted", "defective": "defect", "late": "late"}
AUTOMATIC = "system"
"""The author of the notices nobody decided on: receipts and verification results."""
DECISION_KINDS = {"approve": "approval", "refuse": "refusal", "defective": "defect"}
UNRENDERED = "unrendered"
"""The status of a notice whose template exceeded the rendering limits: never sent."""


@dataclass(frozen=True)
class Outbox:
    """Creates notices; built by the composition root (``intake.bootstrap``)."""

    settings: Settings

    # ---- configuration facts ---------------------------------------------------------------

    @cached_property
    def accepted_formats(self) -> str:
        """The accepted formats the defect notices quote (the content policy in force)."""
        return accepted_format_labels(self.settings)

    @property
    def email_enabled(self) -> bool:
        return self.settings.smtp is not None

    @property
    def databox_enabled(self) -> bool:
        return self.reply_box_config() is not None

    def reply_box_config(self) -> Any:
        name = self.settings.notices.reply_source
        return next((c for c in self.settings.source if c.name == name), None) if name else None

    def own_addresses(self) -> list[str]:
        return [self.settings.smtp.sender] if self.settings.smtp else []

    def own_box(self) -> str | None:
        cfg = self.reply_box_config()
        return getattr(cfg, "box_id", None) if cfg is not None else None

    # ---- the event listener ----------------------------------------------------------------

    def on_event(self, s: Session, event: Event) -> None:
        if not self.settings.notices.enabled or event.submission is None:
            return
        if event.kind != "state_changed":
            return
        sub = event.submission
        decision = (event.data or {}).get("decision")
        if decision in DECISION_KINDS:
            self.decision_notice(
                s,
                sub,
                DECISION_KINDS[decision],
                reason=(event.data or {}).get("reason"),
                actor=event.actor,
            )
        elif event.old_state == "received" and event.new_state == "checked":
            self.receipt_notice(s, sub)
        elif event.old_state == "extracted" and event.new_state in RESULT_TEMPLATES:
            self.result_notice(s, sub, event.new_state, app=event.application)

    # ---- notice builders -------------------------------------------------------------------

    def receipt_notice(self, s: Session, sub: Submission) -> Notice | None:
        if (sub.meta or {}).get("kind") == "delivery_receipt":
            return None  # a delivery receipt is no filing of the sender's: nothing to confirm
        route = rules.receipt_route(sub.channel, sub.sender, email_enabled=self.email_enabled)
        if route is None:
            return None
        key = f"receipt-{sub.id}"
        return self._add(
            s,
            sub,
            key,
            "receipt",
            "receipt",
            route,
            "cs",
            suppress=self._suppression(sub),
            app=_application(s, sub) if _extracted(sub) else None,
        )

    def result_notice(
        self, s: Session, sub: Submission, state: str, *, app: Application | None = None
    ) -> Notice | None:
        """``app``: the submission's application when the caller has it loaded already."""
        app = app if app is not None else _application(s, sub)
        language = app.language if app else "cs"
        route = self._route(sub, app)
        kind = "defect" if state == "defective" else "verification_result"
        return self._add(
            s,
            sub,
            f"result-{sub.id}",
            kind,
            RESULT_TEMPLATES[state],
            route,
            language,
            suppress=self._suppression(sub),
            app=app,
        )

    def decision_notice(
        self, s: Session, sub: Submission, kind: str, *, reason: str | None, actor: str
    ) -> Notice | None:
        app = _application(s, sub)
        language = app.language if app else "cs"
        n = s.exec(
            select(func.count())
            .select_from(Notice)
            .where(col(Notice.submission_id) == sub.id, col(Notice.kind) == kind)
        ).one()
        key = f"{kind}-{sub.id}-{int(n) + 1}"
        return self._add(
            s,
            sub,
            key,
            kind,
            kind,
            self._route(sub, app),
            language,
            reason=reason,
            letter=kind in ("approval", "refusal"),
            actor=actor,
            app=app,
        )

    def _suppression(self, sub: Submission) -> str | None:
        if sub.channel != "email":
            return None
        return rules.suppression_reason(
            sub.meta.get("headers") or {}, sub.sender, self.own_addresses()
        )

    def _route(self, sub: Submission, app: Application | None) -> rules.Route:
        return rules.route(
            sub.meta,
            sub.sender,
            app.data if app else None,
            databox_enabled=self.databox_enabled,
            email_enabled=self.email_enabled,
            own_box=self.own_box(),
        )

    def _add(
        self,
        s: Session,
        sub: Submission,
        key: str,
        kind: str,
        template: str,
        route: rules.Route,
        language: str,
        *,
        suppress: str | None = None,
        reason: str | None = None,
        letter: bool = False,
        actor: str = AUTOMATIC,
        extra: dict[str, Any] | None = None,
        announcement_id: int | None = None,
        app: Application | None = None,
    ) -> Notice | None:
        """``app``: the submission's application, already looked up by the caller."""
        now = utcnow()
        ctx = submission_context(
            sub,
            app,
            self.settings.campaign,
            self.settings.notices,
            language=language,
            now=now,
            reason=reason,
            formats=self.accepted_formats,
        )
        ctx.update(extra or {})
        try:
            text = _render_or_builtin(s, template, language, ctx)
            status, error = _initial_status(suppress, route)
        except TemplateFailed as exc:  # over the size, time or memory limit: never sent
            logger.error("notice %s could not be rendered: %s", key, exc.failure.detail)
            text, status, error = Rendered("", ""), UNRENDERED, f"not rendered: {exc}"
        # automatic notices (no officer behind them) wait ``review_seconds`` in the outbox
        automatic = actor == AUTOMATIC
        due = now + timedelta(seconds=self.settings.notices.review_seconds if automatic else 0)
        notice = Notice(
            idempotency_key=key,
            submission_id=sub.id,
            announcement_id=announcement_id,
            kind=kind,
            channel=route.channel,
            recipient=route.recipient,
            language=language,
            status=status,
            next_attempt_at=due if status == "pending" else None,
            last_error=error,
            subject=text.subject,
            body=text.body,
            letter=letter,
            created_by=actor,
            created_at=now,
            updated_at=now,
        )
        notice.id = _insert(s, notice)
        if notice.id is None:
            return None  # at most once: this notice already exists
        audit.append(
            s,
            actor=actor,
            action="notice.created",
            subject_type="submission",
            subject_id=sub.id or "",
            data={
                "notice": notice.id,
                "key": key,
                "kind": kind,
                "channel": route.channel,
                "status": status,
                "reason": error,
            },
        )
        return notice

    # ---- announcements ---------------------------------------------------------------------

    def announce(self, s: Session, subject: str, body: str, *, actor: str) -> Announcement:
        """One announcement to every approved applicant of the campaign: one notice per
        distinct recipient, all in the caller's transaction."""
        subject, body = subject.strip(), body.strip()
        if not subject or not body:
            raise UsageError("an announcement needs a subject and a body")
        campaign = self.settings.campaign.name
        ann = Announcement(
            campaign=campaign, subject=subject, body=body, created_by=actor, created_at=utcnow()
        )
        s.add(ann)
        s.flush()
        rows = s.exec(
            select(Submission, Application)
            .join(Application, col(Application.submission_id) == col(Submission.id))
            .where(col(Submission.state) == "approved", col(Application.campaign) == campaign)
            .order_by(col(Submission.id))
        ).all()
        seen: set[tuple[str, str]] = set()
        count = 0
        for sub, app in rows:
            route = self._route(sub, app)
            ident = (route.channel, route.recipient or f"sub{sub.id}")
            if ident in seen:
                continue
            seen.add(ident)
            made = self._add(
                s,
                sub,
                f"ann-{ann.id}-{sub.id}",
                "announcement",
                "announcement",
                route,
                app.language or "cs",
                actor=actor,
                announcement_id=ann.id,
                extra={"announcement_subject": subject, "announcement_body": body},
                app=app,
            )
            count += made is not None
        ann.recipients = count
        s.add(ann)
        audit.append(
            s,
            actor=actor,
            action="announcement.created",
            subject_type="announcement",
            subject_id=ann.id or "",
            data={"subject": subject, "recipients": count},
        )
        s.flush()
        return ann


def _insert(s: Session, notice: Notice) -> int | None:
    """Insert ``notice`` unless one with its idempotency key exists; its id, or None when
    it existed. One Core statement (``ON CONFLICT DO NOTHING … RETURNING``), not the unit of
    work: a flush for the id would also flush every other pending change of the stage (the
    submission's), which is flushed once at the stage's end instead. The object is not added
    to the session; nothing reads it back from there."""
    values = {c.name: getattr(notice, c.name) for c in _NOTICE_COLUMNS}
    stmt = _INSERT_NOTICE[s.get_bind().dialect.name]
    new_id: Any = s.connection().execute(stmt, values).scalar_one_or_none()
    return None if new_id is None else int(new_id)


_NOTICE_COLUMNS = [c for c in Notice.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]
_INSERT_NOTICE: dict[str, Any] = {
    name: dialect_insert(Notice)
    .on_conflict_do_nothing(index_elements=["idempotency_key"])
    .returning(col(Notice.id))
    for name, dialect_insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}
"""One statement per dialect, the values as parameters: compiled once, not per notice."""


def _render_or_builtin(s: Session, template: str, language: str, ctx: dict[str, Any]) -> Rendered:
    """The admin's template, or the built-in one when it is broken: an admin's template must
    never block the state change. One over the limits (size, time, memory) raises
    TemplateFailed: the notice is recorded as not rendered."""
    try:
        return render(s, template, language, ctx)
    except UsageError as exc:
        if isinstance(exc, TemplateFailed) and exc.over_limit:
            raise
        logger.error(
            "notice template %s/%s failed (%s); using the built-in", template, language, exc
        )
        return render(None, template, language, ctx)


def _initial_status(suppress: str | None, route: rules.Route) -> tuple[str, str | None]:
    """(status, reason) of a new notice: suppressed, undeliverable or pending."""
    if suppress:
        return "suppressed", suppress
    if route.channel == "undeliverable":
        return "undeliverable", "no data box and no e-mail address known"
    return "pending", None


def _extracted(sub: Submission) -> bool:
    """Whether the extraction stage has run for ``sub``: only it stores an application, and
    it records its problems (``problems["extract"]``) in the same transaction. A filing just
    read (its receipt) has none to look up unless it was extracted before (a re-check)."""
    return "extract" in (sub.problems or {})


def _application(s: Session, sub: Submission) -> Application | None:
    return s.exec(select(Application).where(col(Application.submission_id) == sub.id)).first()


def notices_of(s: Session, submission_id: int) -> list[Notice]:
    return list(
        s.exec(
            select(Notice)
            .where(col(Notice.submission_id) == submission_id)
            .order_by(col(Notice.id))
        ).all()
    )


def due_count(s: Session, now: datetime) -> int:
    return int(
        s.exec(
            select(func.count())
            .select_from(Notice)
            .where(col(Notice.status) == "pending", col(Notice.next_attempt_at) <= now)
        ).one()
    )
