"""Audit-log viewer: filters, CSV and XML export, hash-chain verification status."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from lxml import etree
from sqlmodel import Session, col, select
from starlette.responses import Response

from intake.web.auth import Principal
from intake.web.chain import ChainMonitor
from intake.web.common import PREFIX, Cursor, app_of, reader, render, tz_of
from intake.web.history import describe, describe_actor
from storage import audit
from storage.db import session_scope
from storage.tables import AuditEntry, Submission

router = APIRouter(include_in_schema=False)

PAGE = 200
EXPORT_LIMIT = 200_000
ACTIONS_CS = {
    "submission.received": "podání přijato a zaevidováno",
    "submission.state": "změna stavu podání",
    "submission.stage_failed": "chyba zpracování",
    "source.notice": "hlášení zdroje",
    "source.item_failed": "zprávu nelze převzít",
    "notice.created": "oznámení žadateli připraveno",
    "notice.sent": "oznámení odesláno",
    "notice.attempt_failed": "odeslání oznámení se nezdařilo",
    "notice.in_doubt": "odeslání oznámení nepotvrzeno",
    "notice.retry": "oznámení znovu k odeslání",
    "notice.template_changed": "šablona oznámení upravena",
    "notice.template_reset": "šablona oznámení obnovena",
    "allowlist.version": "nová verze seznamu adres",
    "allowlist.profile_override": "změna profilu seznamu adres",
    "feed.token_added": "přidán přístupový token",
    "feed.token_revoked": "zrušen přístupový token",
    "announcement.created": "oznámení zveřejněno",
    "application.corrected": "oprava údaje žádosti",
    "user.login": "přihlášení",
    "user.logout": "odhlášení",
    "user.login_failed": "neúspěšné přihlášení",
    "user.login_throttled": "přihlášení zablokováno",
    "user.created": "uživatel vytvořen",
    "user.password_set": "heslo nastaveno",
    "user.unlocked": "uživatel odblokován",
    "document.viewed": "zobrazení dokumentu podání",
    "document.downloaded": "stažení dokumentu podání",
    "access.refused": "odepřený přístup",
    "spam.kept": "nevyžádaná pošta ponechána",
    "spam.released": "nevyžádaná pošta zaevidována",
    "spam.dismissed": "nevyžádaná pošta posouzena – není podání",
    "audit.checkpoint": "kontrolní bod auditního záznamu",
}


EARLIEST = date(1971, 1, 1)
LATEST = date(9998, 1, 1)
"""Audit dates outside these bounds filter nothing (no entry is that old or that new); they
are dropped so that the day's bounds never overflow (``9999-12-31`` + 1 day, ``0001-01-01``
in Prague's historic offset)."""


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _since(text: str) -> date | None:
    day = _day(text)
    return day if day is not None and day > EARLIEST else None


def _until(text: str) -> date | None:
    day = _day(text)
    return day if day is not None and day < LATEST else None


def _entries(
    s: Session,
    request: Request,
    f: dict[str, str],
    limit: int,
    before: int = 0,
) -> list[AuditEntry]:
    tz = tz_of(request)
    actor, action, subject = f["actor"], f["action"], f["subject"]
    since, until = f["since"], f["until"]
    q = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
    if before > 0:
        q = q.where(col(AuditEntry.id) < before)
    if actor:
        q = q.where(col(AuditEntry.actor) == actor)
    if action:
        q = q.where(col(AuditEntry.action) == action)
    if subject:
        sub = s.exec(select(Submission).where(col(Submission.registry_number) == subject)).first()
        q = q.where(col(AuditEntry.subject_id) == (str(sub.id) if sub else subject))
    d_from, d_to = _since(since), _until(until)
    if d_from:
        q = q.where(col(AuditEntry.at) >= datetime.combine(d_from, time(), tz))
    if d_to:
        q = q.where(col(AuditEntry.at) < datetime.combine(d_to + timedelta(days=1), time(), tz))
    return list(s.exec(q).all())


def _filters(
    actor: str = "", action: str = "", subject: str = "", since: str = "", until: str = ""
) -> dict[str, str]:
    """The audit filters of a query string (a dependency of the page and both exports)."""
    return {
        "actor": actor[:128],
        "action": action[:64],
        "subject": subject[:64],
        "since": since[:10],
        "until": until[:10],
    }


def _registry_numbers(s: Session, rows: list[AuditEntry]) -> dict[str, str]:
    """Registry numbers of the submissions the shown entries are about (by subject id)."""
    ids = {
        int(e.subject_id) for e in rows if e.subject_type == "submission" and e.subject_id.isdigit()
    }
    if not ids:
        return {}
    found = s.exec(
        select(Submission.id, Submission.registry_number).where(col(Submission.id).in_(ids))
    ).all()
    return {str(i): n for i, n in found}


def _monitor(request: Request) -> ChainMonitor:
    state = request.app.state
    if getattr(state, "chain_monitor", None) is None:
        state.chain_monitor = ChainMonitor()
    monitor: ChainMonitor = state.chain_monitor
    return monitor


@router.get(f"{PREFIX}/audit")
def audit_page(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    f: Annotated[dict[str, str], Depends(_filters)],
    before: Cursor = 0,
) -> Response:
    with session_scope(app_of(request).engine) as s:
        rows = _entries(s, request, f, PAGE, before)
        chain = _monitor(request).status(s)
        actions = sorted(set(s.exec(select(AuditEntry.action).distinct()).all()))
        actors = sorted(set(s.exec(select(AuditEntry.actor).distinct()).all()))
        numbers = _registry_numbers(s, rows)
    return render(
        request,
        "audit.html",
        rows=rows,
        breaks=chain.breaks,
        count=chain.checked,
        full_at=chain.full_at,
        f=f,
        actions=actions,
        actors=actors,
        ACTIONS_CS=ACTIONS_CS,
        export_qs=urlencode({k: v for k, v in f.items() if v}),
        older_qs=urlencode({**{k: v for k, v in f.items() if v}, "before": rows[-1].id})
        if len(rows) == PAGE and rows[-1].id
        else "",
        describe=describe,
        who_cs=describe_actor,
        numbers=numbers,
    )


def _cell(value: Any) -> str:
    text = (
        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    )
    # spreadsheet formula injection: a cell must never start a formula
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _export_name(ext: str) -> str:
    return f"audit-{datetime.now().strftime('%Y%m%d-%H%M%S')}.{ext}"


@router.get(f"{PREFIX}/audit/export.csv")
def audit_csv(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    f: Annotated[dict[str, str], Depends(_filters)],
) -> Response:
    with session_scope(app_of(request).engine) as s:
        rows = _entries(s, request, f, EXPORT_LIMIT)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(
        ["id", "at", "actor", "action", "subject_type", "subject_id", "data", "prev_hash", "hash"]
    )
    for e in reversed(rows):
        w.writerow(
            [
                e.id,
                e.at.isoformat(),
                _cell(e.actor),
                _cell(e.action),
                _cell(e.subject_type),
                _cell(e.subject_id),
                _cell(e.data),
                e.prev_hash,
                e.hash,
            ]
        )
    return Response(
        "\ufeff" + buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{_export_name("csv")}"'},
    )


@router.get(f"{PREFIX}/audit/export.xml")
def audit_xml(
    request: Request,
    who: Annotated[Principal, Depends(reader)],
    f: Annotated[dict[str, str], Depends(_filters)],
) -> Response:
    with session_scope(app_of(request).engine) as s:
        rows = _entries(s, request, f, EXPORT_LIMIT)
        intact = not any(True for _ in audit.verify_chain(s))
    root = etree.Element(
        "auditLog",
        exported=datetime.now().astimezone().isoformat(),
        chainIntact="true" if intact else "false",
    )
    for e in reversed(rows):
        el = etree.SubElement(root, "entry", id=str(e.id))
        for name, value in (
            ("at", e.at.isoformat()),
            ("actor", e.actor),
            ("action", e.action),
            ("subjectType", e.subject_type),
            ("subjectId", e.subject_id),
            ("data", json.dumps(e.data, ensure_ascii=False, sort_keys=True)),
            ("prevHash", e.prev_hash),
            ("hash", e.hash),
        ):
            etree.SubElement(el, name).text = _xml_text(value)
    body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return Response(
        body,
        media_type="application/xml",
        headers={"content-disposition": f'attachment; filename="{_export_name("xml")}"'},
    )


def _xml_text(value: str) -> str:
    """Characters XML 1.0 cannot carry are replaced (hostile input may contain them)."""
    return "".join(
        c
        if c in "\t\n\r"
        or (ord(c) >= 0x20 and ord(c) not in (0xFFFE, 0xFFFF))
        and not 0xD800 <= ord(c) <= 0xDFFF
        else "\ufffd"
        for c in value
    )
