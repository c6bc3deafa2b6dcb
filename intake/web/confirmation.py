"""Confirmation pages: an approval, a withdrawal and a mass announcement happen only from the
button of their confirmation page.

The page's form carries a ``confirmation`` token: an HMAC of the officer's session, the action
and a digest of what the page showed (the filing's review, or the announcement's text). The
deciding POST recomputes it from what is recorded at that moment (the filing's row locked), so a
POST without the page — or after the filing changed — decides nothing and shows the page again.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from fastapi import Request
from sqlmodel import Session, col, func, select
from starlette.responses import Response

from intake.states import available_decisions
from intake.web.auth import Principal
from intake.web.common import app_of, keys_of, render
from intake.web.review import Review, load_review
from storage.db import session_scope
from storage.tables import Application, Submission

if TYPE_CHECKING:
    from intake.bootstrap import App

CONFIRMED_KINDS = ("approve", "withdraw")
"""Decisions the web takes only from their confirmation page."""
TEMPLATES = {"approve": "confirm_approve.html", "withdraw": "confirm_withdraw.html"}

NOT_CONFIRMED_CS = "Rozhodnutí je třeba potvrdit tlačítkem na této stránce. Zatím se nic nezměnilo."
CHANGED_CS = (
    "Podání se od zobrazení potvrzovací stránky změnilo. Zkontrolujte souhrn znovu; "
    "zatím se nic nezměnilo."
)
ANNOUNCEMENT_NOT_CONFIRMED_CS = (
    "Oznámení je třeba potvrdit tlačítkem na této stránce. Zatím nebylo nic odesláno."
)


class NotConfirmed(Exception):
    """The deciding POST lacks a valid confirmation token (nothing was changed)."""


def token(request: Request, who: Principal, purpose: str) -> str:
    return keys_of(request).csrf_for(who.token, f"confirm:{purpose}")


def token_ok(request: Request, who: Principal, purpose: str, given: str) -> bool:
    return keys_of(request).csrf_ok(who.token, given or None, f"confirm:{purpose}")


def decision_purpose(sub_id: int, kind: str, review: Review) -> str:
    return f"decide:{kind}:{sub_id}:{review.digest()}"


def require(
    s: Session, request: Request, who: Principal, sub_id: int, kind: str, given: str
) -> None:
    """Raise NotConfirmed unless ``given`` is the token of the confirmation page of ``kind``
    for the filing as recorded now (its row locked until the caller's transaction ends)."""
    sub = s.exec(select(Submission).where(col(Submission.id) == sub_id).with_for_update()).first()
    if sub is None:  # the decision itself reports the unknown filing
        return
    review = load_review(s, sub, demo=app_of(request).settings.demo)
    if not token_ok(request, who, decision_purpose(sub_id, kind, review), given):
        raise NotConfirmed()


def decision_page(
    request: Request,
    who: Principal,
    sub_id: int,
    kind: str,
    *,
    reason: str = "",
    override_reason: str = "",
    status: int = 200,
    error: str = "",
) -> Response:
    """The confirmation page of ``kind`` (approve | withdraw) for one filing. Reads only."""
    app = app_of(request)
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
        if sub is None:
            return render(
                request, "error.html", status_code=404, message="Podání s tímto číslem neexistuje."
            )
        review = load_review(s, sub, demo=app.settings.demo)
        allowed = kind in available_decisions(sub.state)
        ctx = {
            "sub": sub,
            "review": review,
            "allowed": allowed and who.can_write,
            "confirmation": token(request, who, decision_purpose(sub_id, kind, review)),
            "reason": reason,
            "override_reason": override_reason,
            "second_approver": app.settings.decisions.second_approver,
            "error": error,
        }
    return render(request, TEMPLATES[kind], status_code=status, **ctx)


def announcement_purpose(subject: str, body: str) -> str:
    def norm(v: str) -> str:  # a form sends its line breaks as CRLF
        return v.replace("\r\n", "\n").strip()

    text = f"{norm(subject)}\0{norm(body)}".encode()
    return "announce:" + hashlib.sha256(text).hexdigest()


def approved_filings(app: App) -> int:
    """Approved filings of the campaign: whom an announcement goes to (once per recipient)."""
    with session_scope(app.engine) as s:
        return int(
            s.exec(
                select(func.count())
                .select_from(Submission)
                .join(Application, col(Application.submission_id) == col(Submission.id))
                .where(
                    col(Submission.state) == "approved",
                    col(Application.campaign) == app.settings.campaign.name,
                )
            ).one()
        )


def announcement_page(
    request: Request,
    who: Principal,
    subject: str,
    body: str,
    *,
    status: int = 200,
    error: str = "",
) -> Response:
    """The confirmation page of a mass announcement (subject, text, number of filings)."""
    return render(
        request,
        "confirm_announcement.html",
        status_code=status,
        subject=subject.strip(),
        body=body.strip(),
        filings=approved_filings(app_of(request)),
        confirmation=token(request, who, announcement_purpose(subject, body)),
        error=error,
    )
