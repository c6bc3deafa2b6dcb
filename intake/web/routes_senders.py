"""The sender register (jmenný rejstřík) in the officer UI: records, possible duplicates with a
merge action (officers and admins; auditors read), and "Převzít" — an officer takes a filing
over and becomes its assigned officer."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from intake.errors import NotFound, UsageError
from intake.web import senders_view
from intake.web.auth import Principal
from intake.web.common import MAX_ID, PREFIX, Id, app_of, reader, render, writer
from storage import registry, senders
from storage.db import session_scope
from storage.tables import Submission, utcnow

router = APIRouter(include_in_schema=False)
QueryId = Annotated[int, Query(ge=1, le=MAX_ID)]

DONE_CS = {"merged": "Záznamy byly sloučeny; podání sloučeného záznamu patří k tomuto."}


def _not_found(request: Request, message: str) -> Response:
    return render(request, "error.html", status_code=404, message=message)


@router.get(f"{PREFIX}/senders")
def senders_page(
    request: Request, who: Annotated[Principal, Depends(reader)], q: str = ""
) -> Response:
    q = q[:200].strip()
    with session_scope(app_of(request).engine) as s:
        pairs = senders_view.duplicate_pairs(s)
        rows = senders_view.records(s, q)
    return render(
        request,
        "senders.html",
        pairs=pairs,
        rows=rows,
        q=q,
        limit=senders_view.LIST_LIMIT,
        kind_cs=senders_view.kind_cs,
    )


def _merge_page(
    request: Request, keep: int, drop: int, *, status: int = 200, error: str = ""
) -> Response:
    with session_scope(app_of(request).engine) as s:
        kept, merged = senders_view.record_page(s, keep), senders_view.record_page(s, drop)
        conflict = (
            senders_view.conflict_cs(kept.record, merged.record) if kept and merged else None
        )
    if kept is None or merged is None or keep == drop:
        return _not_found(request, "Tyto záznamy odesílatelů nelze sloučit: jeden z nich neexistuje.")
    return render(
        request,
        "sender_merge.html",
        status_code=status,
        kept=kept,
        merged=merged,
        conflict=conflict,
        error=error,
        kind_cs=senders_view.kind_cs,
    )


@router.get(f"{PREFIX}/senders/merge")
def merge_confirmation(
    request: Request, who: Annotated[Principal, Depends(reader)], keep: QueryId, drop: QueryId
) -> Response:
    """What a merge would do, with the button that does it (officers and admins)."""
    return _merge_page(request, keep, drop)


@router.post(f"{PREFIX}/senders/merge")
def merge_action(
    request: Request,
    who: Annotated[Principal, Depends(writer)],
    keep: Annotated[int, Form(ge=1, le=MAX_ID)],
    drop: Annotated[int, Form(ge=1, le=MAX_ID)],
) -> Response:
    try:
        with session_scope(app_of(request).engine) as s:
            senders.merge(s, keep, drop, actor=who.username, now=utcnow())
    except NotFound:
        return _not_found(request, "Záznam odesílatele s tímto číslem neexistuje.")
    except UsageError:
        error = (
            "Záznamy nelze sloučit: jeden z nich už byl sloučen, nebo patří různým odesílatelům "
            "(jiné IČO nebo datová schránka)."
        )
        return _merge_page(request, keep, drop, status=409, error=error)
    return RedirectResponse(f"{PREFIX}/senders/{keep}?done=merged", status_code=303)


# after /senders/merge: its path would otherwise be read as a record number
@router.get(PREFIX + "/senders/{record_id}")
def sender_page(
    request: Request, record_id: Id, who: Annotated[Principal, Depends(reader)], done: str = ""
) -> Response:
    with session_scope(app_of(request).engine) as s:
        page = senders_view.record_page(s, record_id)
    if page is None:
        return _not_found(request, "Záznam odesílatele s tímto číslem neexistuje.")
    return render(
        request,
        "sender.html",
        page=page,
        done=DONE_CS.get(done, ""),
        kind_cs=senders_view.kind_cs,
    )


@router.post(PREFIX + "/submissions/{sub_id}/take")
def take_action(
    request: Request, sub_id: Id, who: Annotated[Principal, Depends(writer)]
) -> Response:
    """ "Převzít": the officer takes the filing over (its assigned officer from now on)."""
    with session_scope(app_of(request).engine) as s:
        sub = s.get(Submission, sub_id)
        if sub is None:
            return _not_found(request, "Podání s tímto číslem neexistuje.")
        registry.assign(s, sub, who.username, actor=who.username, at=utcnow())
    return RedirectResponse(f"{PREFIX}/submissions/{sub_id}?done=taken#h-evidence", status_code=303)

