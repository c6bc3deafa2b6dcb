"""Confirmation pages of an approval and a withdrawal (the mass announcement's is the answer of
``POST /ui/announcements`` without its token, ``intake.web.routes_notices``). Showing one
changes nothing (a GET, or the POST of the detail page's form, which only carries the officer's
text over); the decision is the POST of the page's own button (``intake.web.confirmation``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import Response

from intake.web import confirmation
from intake.web.auth import Principal
from intake.web.common import PREFIX, Id, reader, writer

router = APIRouter(include_in_schema=False)

Reader = Annotated[Principal, Depends(reader)]
Writer = Annotated[Principal, Depends(writer)]
MAX_TEXT = 5000


@router.get(PREFIX + "/submissions/{sub_id}/approve")
def approve_page(request: Request, sub_id: Id, who: Reader) -> Response:
    return confirmation.decision_page(request, who, sub_id, "approve")


@router.post(PREFIX + "/submissions/{sub_id}/approve")
def approve_review(
    request: Request,
    sub_id: Id,
    who: Writer,
    override_reason: Annotated[str, Form()] = "",
) -> Response:
    """ "Schválit" on the detail page: the confirmation page, with the override reason typed
    there carried over. Decides nothing."""
    return confirmation.decision_page(
        request, who, sub_id, "approve", override_reason=override_reason[:MAX_TEXT]
    )


@router.get(PREFIX + "/submissions/{sub_id}/withdraw")
def withdraw_page(request: Request, sub_id: Id, who: Reader) -> Response:
    return confirmation.decision_page(request, who, sub_id, "withdraw")


@router.post(PREFIX + "/submissions/{sub_id}/withdraw")
def withdraw_review(
    request: Request,
    sub_id: Id,
    who: Writer,
    reason: Annotated[str, Form()] = "",
) -> Response:
    """ "Vzít zpět" on the detail page: the confirmation page with the reason. Decides
    nothing."""
    return confirmation.decision_page(request, who, sub_id, "withdraw", reason=reason[:MAX_TEXT])
