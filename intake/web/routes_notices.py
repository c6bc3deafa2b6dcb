"""Officer UI for notices: the outbox with delivery states, one submission's notices, the
announcement form with per-recipient tracking, and template editing with a live preview
(admins). Reuses the UI's session, role and CSRF dependencies."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from intake.errors import IntakeError, NotFound, UsageError
from intake.notices import admin as na
from intake.notices.render import TemplateFailed
from intake.notices.sender import retry_now
from intake.web import confirmation
from intake.web.auth import Principal
from intake.web.common import PREFIX, Forbidden, Id, app_of, reader, render, writer
from storage.db import session_scope
from storage.notices import Announcement
from storage.tables import Submission

router = APIRouter(include_in_schema=False)

Reader = Annotated[Principal, Depends(reader)]
Writer = Annotated[Principal, Depends(writer)]


def _globals() -> dict[str, Any]:
    return {"STATUSES_CS": na.STATUSES_CS, "KINDS_CS": na.KINDS_CS, "TEMPLATES_CS": na.TEMPLATES_CS}


@router.get(f"{PREFIX}/notices")
def notices_page(request: Request, who: Reader, status: str = "") -> Response:
    app = app_of(request)
    with session_scope(app.engine) as s:
        rows = na.list_notices(s, status=status or None)
        queue = na.queued(s)
        numbers = _numbers(s, [n.submission_id for n in [*rows, *queue]])
        anns = na.announcements(s)
    return render(
        request,
        "notices.html",
        rows=rows,
        queue=queue,
        numbers=numbers,
        announcements=anns,
        status=status,
        error=None,
        **_globals(),
    )


@router.get(f"{PREFIX}/submissions/{{sub_id}}/notices")
def submission_notices(request: Request, sub_id: Id, who: Reader) -> Response:
    """The notices of one submission with their delivery states (linked from its page)."""
    app = app_of(request)
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
        if sub is None:
            return _missing(request, "Podání s tímto číslem neexistuje.")
        rows = na.list_notices(s, submission_id=sub_id)
    return render(request, "notices_submission.html", sub=sub, rows=rows, **_globals())


@router.get(f"{PREFIX}/notices/{{notice_id}}")
def notice_page(request: Request, notice_id: Id, who: Reader) -> Response:
    with session_scope(app_of(request).engine) as s:
        n = na.get_notice(s, notice_id)
        numbers = _numbers(s, [n.submission_id])
    return render(request, "notice.html", n=n, numbers=numbers, **_globals())


@router.get(f"{PREFIX}/notices/{{notice_id}}/letter.pdf")
def notice_letter(request: Request, notice_id: Id, who: Reader) -> Response:
    app = app_of(request)
    with session_scope(app.engine) as s:
        n = na.get_notice(s, notice_id)
    if not n.attachment_sha256:
        return _missing(request, "K tomuto oznámení (zatím) není dopis.")
    return Response(
        app.evidence.get(n.attachment_sha256),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{n.idempotency_key}.pdf"'},
    )


@router.post(f"{PREFIX}/notices/{{notice_id}}/retry")
def notice_retry(request: Request, notice_id: Id, who: Writer) -> Response:
    with session_scope(app_of(request).engine) as s:
        retry_now(s, notice_id, actor=who.username)
    return RedirectResponse(f"{PREFIX}/notices/{notice_id}", status_code=303)


@router.post(f"{PREFIX}/notices/{{notice_id}}/hold")
def notice_hold(request: Request, notice_id: Id, who: Writer) -> Response:
    """Stop a waiting notice in the outbox (audited); the sender skips it until released."""
    with session_scope(app_of(request).engine) as s:
        na.hold(s, notice_id, actor=who.username)
    return RedirectResponse(f"{PREFIX}/notices#k-odeslani", status_code=303)


@router.post(f"{PREFIX}/notices/{{notice_id}}/release")
def notice_release(request: Request, notice_id: Id, who: Writer) -> Response:
    """Let a held notice go out with the sender's next run (audited)."""
    with session_scope(app_of(request).engine) as s:
        na.release(s, notice_id, actor=who.username)
    return RedirectResponse(f"{PREFIX}/notices#k-odeslani", status_code=303)


@router.post(f"{PREFIX}/announcements")
def announce(
    request: Request,
    who: Writer,
    subject: Annotated[str, Form()] = "",
    body: Annotated[str, Form()] = "",
    confirmation_token: Annotated[str, Form(alias="confirmation")] = "",
) -> Response:
    """The announcement form leads to its confirmation page; only that page's button (its
    token bound to the subject and text) sends."""
    app = app_of(request)
    if not (subject.strip() and body.strip()):
        return _notices_form(request, "Oznámení musí mít předmět i text.", subject, body)
    purpose = confirmation.announcement_purpose(subject, body)
    if not confirmation.token_ok(request, who, purpose, confirmation_token):
        if not confirmation_token:  # the form's first step: show what would be sent
            return confirmation.announcement_page(request, who, subject, body)
        error = confirmation.ANNOUNCEMENT_NOT_CONFIRMED_CS
        return confirmation.announcement_page(request, who, subject, body, status=409, error=error)
    try:
        with session_scope(app.engine) as s:
            ann_id = app.outbox.announce(s, subject, body, actor=who.username).id
    except UsageError as exc:
        return _notices_form(request, str(exc), subject, body)
    return RedirectResponse(f"{PREFIX}/announcements/{ann_id}", status_code=303)


def _notices_form(request: Request, error: str, subject: str, body: str) -> Response:
    with session_scope(app_of(request).engine) as s:
        rows = na.list_notices(s)
        queue = na.queued(s)
        numbers = _numbers(s, [n.submission_id for n in [*rows, *queue]])
        anns = na.announcements(s)
    return render(
        request,
        "notices.html",
        422,
        rows=rows,
        queue=queue,
        numbers=numbers,
        announcements=anns,
        status="",
        error=error,
        form_subject=subject,
        form_body=body,
        **_globals(),
    )


@router.get(f"{PREFIX}/announcements/{{ann_id}}")
def announcement_page(request: Request, ann_id: Id, who: Reader) -> Response:
    with session_scope(app_of(request).engine) as s:
        ann = s.get(Announcement, ann_id)
        if ann is None:
            return _missing(request, "Oznámení s tímto číslem neexistuje.")
        rows = na.list_notices(s, announcement_id=ann_id, limit=10_000)
        numbers = _numbers(s, [n.submission_id for n in rows])
    return render(request, "announcement.html", ann=ann, rows=rows, numbers=numbers, **_globals())


@router.get(f"{PREFIX}/notice-templates")
def templates_page(request: Request, who: Reader) -> Response:
    with session_scope(app_of(request).engine) as s:
        rows = na.list_templates(s)
    return render(request, "notice_templates.html", rows=rows, **_globals())


@router.get(f"{PREFIX}/notice-templates/{{name}}/{{lang}}")
def template_page(request: Request, name: str, lang: str, who: Reader) -> Response:
    if name not in na.TEMPLATE_NAMES or lang not in na.LANGUAGES:
        raise NotFound(f"no notice template {name}/{lang}")
    with session_scope(app_of(request).engine) as s:
        t = na.get_template(s, name, lang)
    return _template_form(request, t.name, t.language, t.subject, t.body, t.customised)


def _template_form(
    request: Request,
    name: str,
    lang: str,
    subject: str,
    body: str,
    customised: bool,
    *,
    error: str | None = None,
    saved: bool = False,
    status_code: int = 200,
) -> Response:
    preview = None
    if error is None:  # a failed save already rendered (or failed to render) the text
        try:
            preview = na.preview(app_of(request).settings, subject, body)
        except UsageError as exc:
            error = template_error_cs(exc)
            status_code = 422 if status_code == 200 else status_code
    return render(
        request,
        "notice_template.html",
        status_code,
        tpl_name=name,
        lang=lang,
        subject=subject,
        body=body,
        customised=customised,
        preview=preview,
        error=error,
        saved=saved,
        **_globals(),
    )


@router.post(f"{PREFIX}/notice-templates/{{name}}/{{lang}}")
def template_save(
    request: Request,
    name: str,
    lang: str,
    who: Writer,
    subject: Annotated[str, Form()] = "",
    body: Annotated[str, Form()] = "",
    action: Annotated[str, Form()] = "preview",
) -> Response:
    """``action``: preview (nothing stored), save or reset — the last two for admins only."""
    app = app_of(request)
    if name not in na.TEMPLATE_NAMES or lang not in na.LANGUAGES:
        raise NotFound(f"no notice template {name}/{lang}")
    if action in ("save", "reset") and who.role != "admin":
        raise Forbidden("Šablony oznámení smí měnit jen správce.")
    try:
        with session_scope(app.engine) as s:
            if action == "save":
                t = na.save_template(s, app.settings, name, lang, subject, body, actor=who.username)
            elif action == "reset":
                t = na.reset_template(s, name, lang, actor=who.username)
            else:
                current = na.get_template(s, name, lang)
                return _template_form(request, name, lang, subject, body, current.customised)
    except IntakeError as exc:
        return _template_form(
            request, name, lang, subject, body, True, error=template_error_cs(exc), status_code=422
        )
    return _template_form(request, t.name, t.language, t.subject, t.body, t.customised, saved=True)


TEMPLATE_ERRORS_CS = {"a template needs a subject and a body": "Šablona musí mít předmět i text."}


def template_error_cs(exc: IntakeError) -> str:
    """The officer's text for a template that cannot be saved or previewed."""
    if isinstance(exc, TemplateFailed):
        return exc.message_cs
    return TEMPLATE_ERRORS_CS.get(str(exc), f"Šablonu nelze uložit ({exc.diagnostics()}).")


def _missing(request: Request, message: str) -> Response:
    return render(request, "error.html", status_code=404, message=message)


def _numbers(s: object, ids: list[int | None]) -> dict[int, str]:
    from sqlmodel import Session, col, select

    assert isinstance(s, Session)
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = s.exec(
        select(Submission.id, Submission.registry_number).where(col(Submission.id).in_(wanted))
    ).all()
    return {int(i): str(n) for i, n in rows if i is not None}
