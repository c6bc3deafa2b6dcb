"""Audit entries for reading a filing's documents and for refused requests (NSESSS 7.4:
every access and every attempted access, with user and time)."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from intake.web.auth import Principal
from intake.web.common import app_of, client_ip
from storage import audit
from storage.db import session_scope

VIEWED = "document.viewed"
DOWNLOADED = "document.downloaded"
REFUSED = "access.refused"


def record_access(
    request: Request, who: Principal, action: str, sub_id: int, data: dict[str, Any]
) -> None:
    """One audit entry: ``who`` read a document of filing ``sub_id``."""
    with session_scope(app_of(request).engine) as s:
        audit.append(
            s,
            actor=who.username,
            action=action,
            subject_type="submission",
            subject_id=sub_id,
            data={**data, "ip": client_ip(request)},
        )


def record_refusal(request: Request, reason: str) -> None:
    """One audit entry for a request answered 403: who (when logged in), what, from where.
    The path only — a query string is not recorded."""
    who = getattr(request.state, "principal", None)
    actor = who.username if isinstance(who, Principal) else "anonymous"
    with session_scope(app_of(request).engine) as s:
        audit.append(
            s,
            actor=actor,
            action=REFUSED,
            subject_type="web",
            subject_id=request.url.path[:64],
            data={
                "method": request.method,
                "path": request.url.path[:500],
                "reason": reason[:200],
                "ip": client_ip(request),
            },
        )
