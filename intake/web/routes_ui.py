"""Queue, detail, decisions and corrections of the officer UI."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from intake.decisions import EDITABLE_FIELDS, correct, decide
from intake.errors import NotFound, UsageError
from intake.states import DECISIONS
from intake.web import queries
from intake.web.auth import Principal
from intake.web.common import (
    PREFIX,
    STATES_CS,
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
    "correct": "Oprava údaje byla uložena.",
    "unchanged": "Údaj se nezměnil.",
}

REASON_MISSING_CS = {
    "defective": "U vadného podání uveďte, co má žadatel opravit.",
    "withdraw": "Při vzetí podání zpět uveďte důvod.",
}


@router.get(f"{PREFIX}/queue")
def queue_page(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    state: str = "",
    channel: str = "",
    late: str = "",
    problem: str = "",
    organisation: str = "",
    request_type: str = "",
    q: str = "",
    page: int = 1,
) -> Response:
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
    request: Request, sub_id: int, who: Annotated[Principal, Depends(reader)], done: str = ""
) -> Response:
    return _detail(request, sub_id, done=done)


@router.post(PREFIX + "/submissions/{sub_id}/decide")
def decide_action(
    request: Request,
    sub_id: int,
    who: Annotated[Principal, Depends(writer)],
    kind: Annotated[str, Form()],
    reason: Annotated[str, Form()] = "",
) -> Response:
    if kind not in DECISIONS:
        return _detail(request, sub_id, status=400, error="Neznámé rozhodnutí.")
    app = app_of(request)
    try:
        with session_scope(app.engine) as s:
            decide(
                s, sub_id, kind, actor=who.username, reason=reason[:5000] or None, events=app.events
            )
    except NotFound:
        return render(
            request, "error.html", status_code=404, message="Podání s tímto číslem neexistuje."
        )
    except UsageError as exc:
        msg = REASON_MISSING_CS.get(kind, "") if not reason.strip() else ""
        msg = msg or f"Tuto akci nelze v současném stavu podání provést ({exc})."
        return _detail(request, sub_id, status=409, error=msg)
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done={kind}", status_code=303)


@router.post(PREFIX + "/submissions/{sub_id}/correct")
def correct_action(
    request: Request,
    sub_id: int,
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
            )
    except NotFound:
        return render(
            request, "error.html", status_code=404, message="Podání nemá vytěženou žádost."
        )
    except UsageError as exc:
        return _detail(request, sub_id, status=400, error=f"Opravu nelze uložit: {exc}")
    done = "unchanged" if old == stored else "correct"
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done={done}", status_code=303)
