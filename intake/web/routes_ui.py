"""Queue, detail, decisions and corrections of the officer UI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from intake.decisions import EDITABLE_FIELDS, Blocked, confirm_field, correct, decide, limits_of
from intake.errors import UsageError
from intake.extraction.validate import InvalidValue
from intake.states import DECISIONS
from intake.web import confirmation, queries
from intake.web.auth import Principal
from intake.web.common import (
    PREFIX,
    PROBLEMS_CS,
    STATES_CS,
    Id,
    app_of,
    cz_datetime,
    reader,
    render,
    tz_of,
    writer,
)
from intake.web.detail import gather
from intake.web.queries import (
    QueueFilter,
    filter_options,
    queue,
    state_counts,
)
from storage.db import session_scope
from storage.tables import Submission

router = APIRouter(include_in_schema=False)

DONE_CS = {
    "approve": "Podání bylo schváleno.",
    "refuse": "Podání bylo zamítnuto.",
    "defective": "Podání bylo označeno jako vadné.",
    "withdraw": "Podání bylo vzato zpět.",
    "confirm": "Schválení bylo potvrzeno; podání je schváleno.",
    "awaiting": "Schválení s výjimkou čeká na potvrzení druhým referentem.",
    "confirmed": "Hodnota byla potvrzena jako přečtená.",
    "correct": "Oprava údaje byla uložena.",
    "unchanged": "Údaj se nezměnil.",
    "taken": "Podání bylo převzato; ve frontě i v detailu je uvedeno jako vaše.",
}

REASON_MISSING_CS = {
    "defective": "U vadného podání uveďte, co má žadatel opravit.",
    "withdraw": "Při vzetí podání zpět uveďte důvod.",
}


@router.get(f"{PREFIX}/queue")
def queue_page(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    state: str | None = None,
    channel: str = "",
    late: str = "",
    problem: str = "",
    organisation: str = "",
    request_type: str = "",
    q: str = "",
    page: int = 1,
) -> Response:
    # the bare queue opens on "K posouzení"; any other parameter without a state means all
    bare = not (channel or late or problem or organisation or request_type or q)
    if state is None:
        state = queries.DEFAULT_STATE if bare else ""
    f = QueueFilter(
        state[:32],
        channel[:16],
        late[:3],
        problem[:64],
        organisation[:12],
        request_type[:64],
        q[:200].strip(),
        max(1, min(page, 100000)),
    )
    with session_scope(app_of(request).engine) as s:
        rows, total = queue(s, f)
        counts = state_counts(s)
        options = filter_options(s)
    pages = max(1, -(-total // queries.PAGE_SIZE))
    return render(
        request,
        "queue.html",
        f=f,
        rows=rows,
        total=total,
        counts=counts,
        options=options,
        pages=pages,
        states=list(STATES_CS),
    )


def _detail(
    request: Request, sub_id: int, *, status: int = 200, error: str = "", done: str = ""
) -> Response:
    app = app_of(request)
    tz = tz_of(request)
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
        if sub is None:
            return render(
                request, "error.html", status_code=404, message="Podání s tímto číslem neexistuje."
            )
        ctx = gather(s, app, sub, lambda v: cz_datetime(v, tz))
    return render(
        request, "detail.html", status_code=status, error=error, done=DONE_CS.get(done, ""), **ctx
    )


@router.get(PREFIX + "/submissions/{sub_id}")
def detail_page(
    request: Request, sub_id: Id, who: Annotated[Principal, Depends(reader)], done: str = ""
) -> Response:
    return _detail(request, sub_id, done=done)


@router.post(PREFIX + "/submissions/{sub_id}/decide")
def decide_action(
    request: Request,
    sub_id: Id,
    who: Annotated[Principal, Depends(writer)],
    kind: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
    override_reason: Annotated[str, Form()] = "",
    confirmation_token: Annotated[str, Form(alias="confirmation")] = "",
) -> Response:
    """A decision. An approval and a withdrawal need the token of their confirmation page
    (``intake.web.confirmation``); without it (or when the filing changed since) the page is
    shown again and nothing is decided."""
    if kind not in DECISIONS:
        return _detail(request, sub_id, status=400, error="Neznámé rozhodnutí.")
    app = app_of(request)
    reason, override_reason = reason[:5000], override_reason[:5000]
    try:
        with session_scope(app.engine) as s:
            if kind in confirmation.CONFIRMED_KINDS:
                confirmation.require(s, request, who, sub_id, kind, confirmation_token)
            result = decide(
                s,
                sub_id,
                kind,
                actor=who.username,
                reason=reason or None,
                override_reason=override_reason or None,
                second_approver=app.settings.decisions.second_approver,
                events=app.events,
            )
            done = "awaiting" if result.submission.state == "awaiting_confirmation" else kind
    except confirmation.NotConfirmed:
        error = confirmation.CHANGED_CS if confirmation_token else confirmation.NOT_CONFIRMED_CS
        return confirmation.decision_page(
            request,
            who,
            sub_id,
            kind,
            reason=reason,
            override_reason=override_reason,
            status=409,
            error=error,
        )
    except Blocked as exc:
        return _blocked(request, sub_id, exc)
    except UsageError as exc:
        return _detail(request, sub_id, status=409, error=_refusal_cs(kind, reason, str(exc)))
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done={done}", status_code=303)


def _refusal_cs(kind: str, reason: str, detail: str) -> str:
    if kind in REASON_MISSING_CS and not reason.strip():
        return REASON_MISSING_CS[kind]
    if kind == "confirm" and "different officer" in detail:
        return "Schválení musí potvrdit jiný referent než ten, kdo ho udělil."
    return f"Tuto akci nelze v současném stavu podání provést ({detail})."


def _blocked(request: Request, sub_id: int, exc: Blocked) -> Response:
    """409: the approval was refused by the gate; the page lists the blocking problems."""
    items = [
        (PROBLEMS_CS[b.code], b.message)
        for b in exc.blocking
    ]
    return render(
        request,
        "blocked.html",
        status_code=409,
        sub_id=sub_id,
        items=items,
        final=exc.final,
    )


@router.post(PREFIX + "/submissions/{sub_id}/confirm-field")
def confirm_field_action(
    request: Request,
    sub_id: Id,
    who: Annotated[Principal, Depends(writer)],
    field: Annotated[str, Form()],
) -> Response:
    """ "Potvrdit hodnotu": the officer read the uncertain value and confirms it as read."""
    if field not in EDITABLE_FIELDS:
        return _detail(request, sub_id, status=400, error="Tento údaj nelze potvrdit.")
    app = app_of(request)
    try:
        with session_scope(app.engine) as s:
            confirm_field(s, sub_id, field, actor=who.username, limits=limits_of(app))
    except UsageError:
        return _detail(request, sub_id, status=409, error="Tento údaj nemá nic k potvrzení.")
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done=confirmed", status_code=303)


@router.post(PREFIX + "/submissions/{sub_id}/correct")
def correct_action(
    request: Request,
    sub_id: Id,
    who: Annotated[Principal, Depends(writer)],
    field: Annotated[str, Form()],
    value: Annotated[list[str] | None, Form()] = None,
) -> Response:
    if field not in EDITABLE_FIELDS:
        return _detail(request, sub_id, status=400, error="Tento údaj nelze opravit.")
    app = app_of(request)
    values = [v[:20000] for v in (value or [])][:100]
    new: object
    if EDITABLE_FIELDS[field] is str:
        new = (values[0].strip() if values else "") or None
    else:  # a list: one textarea (one item per line) or several checkboxes
        new = "\n".join(values)
    try:
        with session_scope(app.engine) as s:
            old, stored = correct(
                s,
                sub_id,
                field,
                new,
                actor=who.username,
                events=app.events,
                limits=limits_of(app),
            )
    except InvalidValue as exc:
        return _detail(request, sub_id, status=400, error=f"Opravu nelze uložit: {exc.message_cs}")
    except UsageError:
        return _detail(request, sub_id, status=400, error="Opravu nelze uložit.")
    done = "unchanged" if old == stored else "correct"
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done={done}", status_code=303)
