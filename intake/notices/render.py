"""Rendering notices: the context of a submission, the template (an admin's override or the
built-in one) and the sandboxed Jinja2 environment that fills it in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from intake.config import CampaignConfig, NoticesConfig, Settings
from intake.errors import UsageError
from intake.gate import uncertain_fields
from intake.notices.sandbox import (
    MAX_OUTPUT,
    TIME_LIMIT,
    Failure,
    Limit,
    Output,
    render_checked,
    render_isolated,
)
from intake.notices.texts import BUILTIN, TEMPLATE_NAMES, defects_for
from storage.notices import NoticeTemplate
from storage.tables import Application, Submission

LANGUAGES = ("cs", "en")
FAILURES_CS = {
    Limit.TEMPLATE: "Chyba v šabloně: {detail}",
    Limit.SIZE: (
        f"Vykreslený text by byl příliš dlouhý (nejvýše {MAX_OUTPUT // 1024} KiB). "
        "Šablonu zkraťte."
    ),
    Limit.TIME: (
        f"Vykreslení šablony trvalo příliš dlouho (déle než {TIME_LIMIT:g} s). "
        "Šablonu zjednodušte."
    ),
    Limit.MEMORY: "Vykreslení šablony potřebovalo příliš mnoho paměti. Šablonu zjednodušte.",
}
"""What the officer reads when a template cannot be rendered."""


class TemplateFailed(UsageError):
    """A template could not be rendered: broken, or over a limit (size, time, memory)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.detail)
        self.failure = failure

    @property
    def over_limit(self) -> bool:
        return self.failure.limit is not Limit.TEMPLATE

    @property
    def message_cs(self) -> str:
        detail = self.failure.detail.removeprefix("template error: ")
        return FAILURES_CS[self.failure.limit].format(detail=detail)


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def accepted_format_labels(settings: Settings) -> str:
    """``PDF, TXT, …``: the formats the content policy in force accepts, for the notices."""
    from intake.content.check import ContentPolicy

    return ContentPolicy.from_config(settings.content).describe().labels


def prague_time(value: datetime | None, campaign: CampaignConfig, seconds: bool = True) -> str:
    if value is None:
        return ""
    local = value.astimezone(campaign.tz)
    return local.strftime("%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M")


TEMPLATES_SEEN = "notice.templates"
"""``session.info`` key: the templates this session has looked up (name, language) → admin's
(subject, body) or None. A worker's transaction renders several notices of each kind; an
admin's edit (``intake.notices.admin.save_template``) drops the entry."""


def template_of(s: Session | None, name: str, language: str) -> tuple[str, str]:
    """(subject, body) of template ``name`` in ``language``: the admin's version if any."""
    language = language if language in LANGUAGES else "cs"
    if s is not None:
        seen: dict[tuple[str, str], tuple[str, str] | None] = s.info.setdefault(TEMPLATES_SEEN, {})
        if (name, language) not in seen:
            seen[(name, language)] = _stored_template(s, name, language)
        stored = seen[(name, language)]
        if stored is not None:
            return stored
    return BUILTIN[(name, language)]


def _stored_template(s: Session, name: str, language: str) -> tuple[str, str] | None:
    """The admin's version, two columns through Core: no ORM object, no autoflush (a template
    is saved with a flush of its own, see ``intake.notices.admin.save_template``)."""
    row = (
        s.connection()
        .execute(
            select(col(NoticeTemplate.subject), col(NoticeTemplate.body)).where(
                col(NoticeTemplate.name) == name, col(NoticeTemplate.language) == language
            )
        )
        .first()
    )
    return (str(row[0]), str(row[1])) if row is not None else None


def render_text(
    subject: str, body: str, context: dict[str, Any], *, trusted: bool = False
) -> Rendered:
    """Fill in a template pair within the limits of ``intake.notices.sandbox`` (``trusted``:
    one of our built-in templates, rendered in-process); TemplateFailed when it cannot be."""
    result = (render_checked if trusted else render_isolated)(subject, body, context)
    if isinstance(result, Failure):
        raise TemplateFailed(result)
    assert isinstance(result, Output)
    return Rendered(" ".join(result.subject.split())[:250], result.body)


def render(s: Session | None, name: str, language: str, context: dict[str, Any]) -> Rendered:
    if name not in TEMPLATE_NAMES:
        raise UsageError(f"unknown template {name!r}")
    pair = template_of(s, name, language)
    trusted = pair == BUILTIN[(name, language if language in LANGUAGES else "cs")]
    return render_text(*pair, context, trusted=trusted)


def submission_context(
    sub: Submission,
    app: Application | None,
    campaign: CampaignConfig,
    notices: NoticesConfig,
    *,
    language: str = "cs",
    now: datetime | None = None,
    reason: str | None = None,
    formats: str,
) -> dict[str, Any]:
    """Everything a template may use about one submission. ``formats``: the accepted formats
    in one line (``PolicyDescription.labels`` of the content policy in force)."""
    envelope = sub.meta.get("envelope") or {}
    problems: list[dict[str, str]] = [
        p
        for stage in ("check", "verify", "extract", "triage")
        for p in (sub.problems.get(stage) or [])
    ]
    fix_by = (now or sub.updated_at) + timedelta(days=campaign.fix_days)
    windows = [
        f"{prague_time(a, campaign, False)} – {prague_time(b, campaign, False)}"
        for a, b in campaign.live_windows
    ]
    return {
        "office": notices.office_name,
        "signature_block": notices.signature_block,
        "campaign": campaign.title,
        "registry_number": sub.registry_number,
        "received_at": prague_time(sub.received_at, campaign),
        "subject": sub.subject,
        "message_id": sub.message_id if sub.channel == "email" else "",
        "dm_id": str(envelope.get("dmID") or "") if sub.channel == "databox" else "",
        "sha256": sub.sha256,
        "deadline": prague_time(campaign.deadline, campaign),
        "defects": defects_for(
            problems,
            language,
            formats=formats,
            uncertain=uncertain_fields(app.data) if app is not None else (),
        ),
        "accepted_formats": formats,
        "fix_by": fix_by.astimezone(campaign.tz).strftime("%d.%m.%Y"),
        "reason": reason or "",
        "production_ips": list(app.production_ips) if app else [],
        "test_ips": list(app.test_ips) if app else [],
        "live_windows": windows,
        "sealed": notices.seal_certificate is not None and notices.seal_key is not None,
        "organisation": ((app.data.get("organization") or {}).get("name") if app else "") or "",
    }


def sample_context(
    campaign: CampaignConfig, notices: NoticesConfig, *, formats: str
) -> dict[str, Any]:
    """A made-up submission for the template preview."""
    from intake.config import PRAGUE

    received = datetime(2022, 12, 19, 10, 15, 42, tzinfo=PRAGUE)
    sub = Submission(
        registry_number="CSU-EP/2022/000123",
        registry_year=2022,
        registry_seq=123,
        channel="email",
        source="preview",
        source_ref="preview",
        sha256="ab" * 32,
        size=1,
        received_at=received,
        registered_at=received,
        updated_at=received,
        state="defective",
        subject="Žádost o přístup k výsledkům voleb",
        sender="redakce@example.cz",
        message_id="<zadost-123@example.cz>",
        problems={
            "verify": [
                {"code": "signature_missing", "message": "Zpráva není elektronicky podepsána."}
            ]
        },
    )
    app = Application(
        submission_id=0,
        campaign=campaign.name,
        production_ips=["198.51.100.7"],
        test_ips=["203.0.113.9"],
        updated_at=received,
        data={"organization": {"name": "Deník Ukázka"}},
    )
    ctx = submission_context(
        sub,
        app,
        campaign,
        notices,
        now=received,
        reason="Doplňte prosím IP adresy.",
        formats=formats,
    )
    ctx["announcement_subject"] = "Technická schůzka"
    ctx["announcement_body"] = "Technická schůzka se koná 10. 1. 2023 v 10:00 v budově ČSÚ."
    return ctx
