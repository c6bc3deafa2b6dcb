"""The officers' page "Nevyžádaná pošta": mail the operator's MTA marked as spam, kept but not
registered (``intake.spam``). An officer (or admin) releases a message into the registry — it
is registered with its original receipt time and processed like any filing — or marks it as
not a filing (it stays kept); auditors read. Both actions are audited with who and when."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import RedirectResponse, Response

from intake import spam
from intake.errors import NotFound, UsageError
from intake.model import SpamStatus
from intake.web.auth import Principal
from intake.web.common import PREFIX, Id, app_of, reader, render, writer
from storage import spam as store
from storage.db import session_scope
from storage.tables import Submission, utcnow

router = APIRouter(include_in_schema=False)

LIST_LIMIT = 200
"""Most messages listed per status."""
STATUS_CS = {
    SpamStatus.HELD.value: "čeká na posouzení",
    SpamStatus.RELEASED.value: "zaevidováno jako podání",
    SpamStatus.DISMISSED.value: "není podání (ponecháno)",
}
DONE_CS = {
    "dismissed": "Zpráva byla označena jako nevyžádaná (není podání); zůstává uložena.",
}


def _page(
    request: Request, *, status: int = 200, error: str = "", done: str = "", sub_id: int = 0
) -> Response:
    with session_scope(app_of(request).engine) as s:
        held = store.listed(s, SpamStatus.HELD, LIST_LIMIT)
        decided = [
            *store.listed(s, SpamStatus.RELEASED, LIST_LIMIT),
            *store.listed(s, SpamStatus.DISMISSED, LIST_LIMIT),
        ]
        decided.sort(key=lambda m: m.decided_at or m.kept_at, reverse=True)
        filing = s.get(Submission, sub_id) if done == "released" and sub_id else None
    return render(
        request,
        "spam.html",
        status_code=status,
        held=held,
        decided=decided[:LIST_LIMIT],
        limit=LIST_LIMIT,
        status_cs=STATUS_CS,
        error=error,
        done=DONE_CS.get(done, ""),
        filing=filing,
    )


@router.get(f"{PREFIX}/spam")
def spam_page(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    done: str = "",
    filing: int = 0,
) -> Response:
    return _page(request, done=done, sub_id=filing)


@router.post(PREFIX + "/spam/{spam_id}/release")
def release_action(
    request: Request, spam_id: Id, who: Annotated[Principal, Depends(writer)]
) -> Response:
    """Register the kept message as a filing (its original receipt time)."""
    app = app_of(request)
    try:
        with session_scope(app.engine) as s:
            reg = spam.release(
                s, app.events, app.settings.campaign, spam_id, actor=who.username, at=utcnow()
            )
            sub_id = reg.submission.id
    except NotFound:
        return _page(request, status=404, error="Taková zpráva mezi nevyžádanou poštou není.")
    except UsageError:
        return _page(request, status=409, error="Tato zpráva už byla zaevidována jako podání.")
    return RedirectResponse(f"{PREFIX}/spam?done=released&filing={sub_id}", status_code=303)


@router.post(PREFIX + "/spam/{spam_id}/dismiss")
def dismiss_action(
    request: Request, spam_id: Id, who: Annotated[Principal, Depends(writer)]
) -> Response:
    """Mark the kept message as reviewed and not a filing (it stays kept)."""
    try:
        with session_scope(app_of(request).engine) as s:
            store.dismiss(s, spam_id, actor=who.username, at=utcnow())
    except NotFound:
        return _page(request, status=404, error="Taková zpráva mezi nevyžádanou poštou není.")
    except UsageError:
        return _page(request, status=409, error="O této zprávě už bylo rozhodnuto.")
    return RedirectResponse(f"{PREFIX}/spam?done=dismissed", status_code=303)
