"""Officer and admin actions on notices shared by the CLI and the web UI: editing and
previewing templates, announcing, listing deliveries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from intake.config import Settings
from intake.errors import NotFound, UsageError
from intake.notices.render import (
    LANGUAGES,
    TEMPLATES_SEEN,
    Rendered,
    accepted_format_labels,
    render_text,
    sample_context,
    template_of,
)
from intake.notices.texts import BUILTIN, TEMPLATE_NAMES
from storage import audit
from storage.notices import Announcement, Notice, NoticeTemplate
from storage.tables import utcnow

TEMPLATES_CS = {
    "receipt": "Předběžné potvrzení doručení",
    "accepted": "Potvrzení doručení a přijetí",
    "late": "Podání po lhůtě",
    "defect": "Výzva k odstranění vad",
    "approval": "Rozhodnutí – schváleno",
    "refusal": "Rozhodnutí – zamítnuto",
    "announcement": "Hromadné oznámení",
}
STATUSES_CS = {
    "pending": "čeká na odeslání",
    "held": "zadrženo referentem",
    "sending": "odesílá se",
    "sent": "odesláno",
    "failed": "nedoručitelné – chyba",
    "undeliverable": "bez adresy – vyřídí referent",
    "suppressed": "neodesláno (automatická zpráva)",
    "unrendered": "nevytvořeno – šablona překročila limity",
}
KINDS_CS = {
    "receipt": "potvrzení doručení",
    "verification_result": "výsledek ověření",
    "defect": "výzva k odstranění vad",
    "approval": "rozhodnutí – schváleno",
    "refusal": "rozhodnutí – zamítnuto",
    "announcement": "hromadné oznámení",
}


@dataclass(frozen=True)
class TemplateView:
    name: str
    language: str
    subject: str
    body: str
    customised: bool


def _check(name: str, language: str) -> None:
    if name not in TEMPLATE_NAMES:
        raise UsageError(f"unknown template {name!r}; use one of {', '.join(TEMPLATE_NAMES)}")
    if language not in LANGUAGES:
        raise UsageError(f"unknown language {language!r}; use cs or en")


def get_template(s: Session, name: str, language: str) -> TemplateView:
    _check(name, language)
    subject, body = template_of(s, name, language)
    return TemplateView(name, language, subject, body, (subject, body) != BUILTIN[(name, language)])


def list_templates(s: Session) -> list[TemplateView]:
    return [get_template(s, n, lang) for n in TEMPLATE_NAMES for lang in LANGUAGES]


def preview(settings: Settings, subject: str, body: str) -> Rendered:
    """Render a template pair against a sample submission; UsageError on a template error."""
    formats = accepted_format_labels(settings)
    ctx = sample_context(settings.campaign, settings.notices, formats=formats)
    return render_text(subject, body, ctx)


def save_template(
    s: Session,
    settings: Settings,
    name: str,
    language: str,
    subject: str,
    body: str,
    *,
    actor: str,
) -> TemplateView:
    """Store an admin's version (it must render); audited with the old and new text."""
    _check(name, language)
    if not subject.strip() or not body.strip():
        raise UsageError("a template needs a subject and a body")
    preview(settings, subject, body)
    old = get_template(s, name, language)
    row = s.exec(
        select(NoticeTemplate).where(
            col(NoticeTemplate.name) == name, col(NoticeTemplate.language) == language
        )
    ).first()
    if row is None:
        row = NoticeTemplate(
            name=name,
            language=language,
            subject=subject,
            body=body,
            updated_by=actor,
            updated_at=utcnow(),
        )
    row.subject, row.body, row.updated_by, row.updated_at = subject, body, actor, utcnow()
    s.add(row)
    s.info.get(TEMPLATES_SEEN, {}).pop((name, language), None)
    audit.append(
        s,
        actor=actor,
        action="notice.template_changed",
        subject_type="template",
        subject_id=f"{name}/{language}",
        data={"old_subject": old.subject, "old_body": old.body, "subject": subject, "body": body},
    )
    s.flush()
    return get_template(s, name, language)


def reset_template(s: Session, name: str, language: str, *, actor: str) -> TemplateView:
    _check(name, language)
    row = s.exec(
        select(NoticeTemplate).where(
            col(NoticeTemplate.name) == name, col(NoticeTemplate.language) == language
        )
    ).first()
    if row is not None:
        s.delete(row)
        s.info.get(TEMPLATES_SEEN, {}).pop((name, language), None)
        audit.append(
            s,
            actor=actor,
            action="notice.template_reset",
            subject_type="template",
            subject_id=f"{name}/{language}",
            data={"old_body": row.body},
        )
        s.flush()
    return get_template(s, name, language)


def list_notices(
    s: Session,
    *,
    submission_id: int | None = None,
    status: str | None = None,
    announcement_id: int | None = None,
    limit: int = 200,
) -> list[Notice]:
    q = select(Notice).order_by(col(Notice.id).desc()).limit(limit)
    if submission_id is not None:
        q = q.where(col(Notice.submission_id) == submission_id)
    if status:
        q = q.where(col(Notice.status) == status)
    if announcement_id is not None:
        q = q.where(col(Notice.announcement_id) == announcement_id)
    return list(s.exec(q).all())


def queued(s: Session, limit: int = 500) -> list[Notice]:
    """The outbox: notices not yet handed over (waiting or held by an officer), oldest
    first, each with its text as it will be sent."""
    return list(
        s.exec(
            select(Notice)
            .where(col(Notice.status).in_(("pending", "held")))
            .order_by(col(Notice.id))
            .limit(limit)
        ).all()
    )


def hold(s: Session, notice_id: int, *, actor: str) -> Notice:
    """Officer action: stop a waiting notice in the outbox (the sender skips a held one);
    audited as ``notice.held``."""
    return _set_held(s, notice_id, held=True, actor=actor)


def release(s: Session, notice_id: int, *, actor: str) -> Notice:
    """Officer action: let a held notice go out with the next run of the sender; audited as
    ``notice.released``."""
    return _set_held(s, notice_id, held=False, actor=actor)


def _set_held(s: Session, notice_id: int, *, held: bool, actor: str) -> Notice:
    n = s.exec(select(Notice).where(col(Notice.id) == notice_id).with_for_update()).first()
    if n is None:
        raise NotFound(f"no notice {notice_id}")
    expected = "pending" if held else "held"
    if n.status != expected:
        verb = "held" if held else "released"
        raise UsageError(f"notice {notice_id} is {n.status}; only a {expected} one can be {verb}")
    now = utcnow()
    n.status = "held" if held else "pending"
    n.next_attempt_at = None if held else now
    n.updated_at = now
    s.add(n)
    audit.append(
        s,
        actor=actor,
        action="notice.held" if held else "notice.released",
        subject_type="notice",
        subject_id=notice_id,
        data={"key": n.idempotency_key, "kind": n.kind, "submission": n.submission_id},
    )
    s.flush()
    return n


def get_notice(s: Session, notice_id: int) -> Notice:
    n = s.get(Notice, notice_id)
    if n is None:
        raise NotFound(f"no notice {notice_id}")
    return n


def announcements(s: Session, limit: int = 50) -> list[tuple[Announcement, dict[str, int]]]:
    """Announcements, newest first, each with its delivery counts by status."""
    out = []
    for ann in s.exec(select(Announcement).order_by(col(Announcement.id).desc()).limit(limit)):
        counts: dict[str, int] = {}
        for status, n in s.exec(
            select(Notice.status, func.count())
            .where(col(Notice.announcement_id) == ann.id)
            .group_by(col(Notice.status))
        ).all():
            counts[str(status)] = int(n)
        out.append((ann, counts))
    return out


def notice_dict(n: Notice) -> dict[str, Any]:
    return {
        "id": n.id,
        "key": n.idempotency_key,
        "submission": n.submission_id,
        "announcement": n.announcement_id,
        "kind": n.kind,
        "channel": n.channel,
        "recipient": n.recipient,
        "status": n.status,
        "attempts": n.attempts,
        "next_attempt_at": n.next_attempt_at.isoformat() if n.next_attempt_at else None,
        "sent_at": n.sent_at.isoformat() if n.sent_at else None,
        "remote_id": n.remote_id,
        "last_error": n.last_error,
        "subject": n.subject,
        "attachment_sha256": n.attachment_sha256,
    }
