"""Shared plumbing of the officer UI: templates, Czech formatting, role and CSRF dependencies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from intake.web.auth import READ_ROLES, WRITE_ROLES, Principal, SessionKeys, session_principal
from storage.db import session_scope

if TYPE_CHECKING:
    from intake.bootstrap import App

SESSION_COOKIE = "podatelna_session"
LOGIN_COOKIE = "podatelna_login"
PREFIX = "/ui"
HERE = Path(__file__).parent

STATES_CS = {
    "received": "Přijato",
    "checked": "Zkontrolováno",
    "verified": "Ověřeno",
    "extracted": "Vytěženo",
    "ready_for_review": "K posouzení",
    "defective": "Vadné",
    "late": "Opožděné",
    "awaiting_confirmation": "Čeká na potvrzení",
    "approved": "Schváleno",
    "refused": "Zamítnuto",
    "withdrawn": "Vzato zpět",
}
CHANNELS_CS = {"email": "E-mail", "databox": "Datová schránka"}
REQUEST_TYPES_CS = {
    "feed_access": "Přístup k datům (XML server)",
    "recording_permit": "Povolení k pořizování záznamu",
}
PROBLEMS_CS = {
    "late": "po lhůtě",
    "signature_missing": "chybí podpis",
    "signature_invalid": "neplatný podpis",
    "signature_indeterminate": "podpis nelze ověřit",
    "signature_not_qualified": "podpis není uznávaný",
    "no_ip_addresses": "chybí IP adresy",
    "too_many_production_ips": "příliš mnoho ostrých adres",
    "too_many_test_ips": "příliš mnoho testovacích adres",
    "quota_exceeded": "překročena kvóta",
    "missing_contact_email": "chybí kontaktní e-mail",
    "missing_contact_phone": "chybí kontaktní telefon",
    "missing_sender": "chybí odesílatel",
    "multiple_senders": "více odesílatelů",
    "bad_sender": "chybný odesílatel",
    "bad_date": "chybné datum",
    "empty_message": "prázdná zpráva",
    "unparsable_message": "zprávu nelze přečíst",
    "unreadable_attachment": "nečitelná příloha",
    "unsupported_format": "nepřípustný formát",
    "malware_detected": "škodlivý kód",
    "zfo_unreadable": "datovou zprávu nelze přečíst",
    "zfo_not_cms": "datová zpráva není podepsaná",
    "malware_scan_failed": "antivirovou kontrolu nelze provést",
    "certificate_expired": "certifikát vypršel",
    "certificate_not_qualified": "certifikát není kvalifikovaný",
    "certificate_revoked": "certifikát zneplatněn",
    "certificate_untrusted": "nedůvěryhodný certifikát",
    "seal_invalid": "neplatná pečeť",
    "needs_review": "vyžaduje kontrolu",
    "non_public_ip": "neveřejná IP adresa",
    "ip_range": "rozsah adres",
    "incomplete_recording_permit": "neúplná žádost o záznam",
    "signer_mismatch": "podepsal někdo jiný než odesílatel",
    "signing_time_mismatch": "nesouhlasí čas podpisu",
    "unsigned_parts": "nepodepsané části zprávy",
    "signature_not_accepted": "chybí uznávaný elektronický podpis",
}
ROLES_CS = {"officer": "referent", "admin": "správce", "auditor": "auditor"}
DECISIONS_CS = {
    "approve": "Schválit",
    "refuse": "Zamítnout",
    "defective": "Označit jako vadné",
    "withdraw": "Vzít zpět",
    "confirm": "Potvrdit schválení",
}
FIELDS_CS = {
    "request_types": "Druh žádosti",
    "production_ips": "Adresy pro ostrý provoz",
    "test_ips": "Testovací adresy",
    "organization.name": "Název organizace",
    "organization.ico": "IČO",
    "organization.databox_id": "ID datové schránky",
    "contact.person": "Kontaktní osoba",
    "contact.email": "Kontaktní e-mail",
    "contact.phone": "Kontaktní telefon",
}


class LoginRequired(Exception):
    """No valid session: HTML requests are redirected to the login page."""


class Forbidden(Exception):
    """The logged-in role may not do this (or the CSRF token is missing or wrong)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def app_of(request: Request) -> App:
    return request.app.state.app  # type: ignore[no-any-return]


def keys_of(request: Request) -> SessionKeys:
    return request.app.state.session_keys  # type: ignore[no-any-return]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def secure_cookies(request: Request) -> bool:
    forced = app_of(request).settings.web.secure_cookies
    return forced if forced is not None else request.url.scheme == "https"


def tz_of(request: Request) -> ZoneInfo:
    return app_of(request).settings.campaign.tz


def cz_datetime(value: datetime | str | None, tz: ZoneInfo, seconds: bool = True) -> str:
    """``23. 12. 2022 23:59:59`` in the campaign's zone (Europe/Prague)."""
    if value is None or value == "":
        return "–"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if value.tzinfo is None:
        return value.isoformat()
    d = value.astimezone(tz)
    return f"{d.day}. {d.month}. {d.year} " + d.strftime("%H:%M:%S" if seconds else "%H:%M")


def principal(request: Request) -> Principal:
    """The session's principal (cached per request); raises LoginRequired."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    token = keys_of(request).token_from_cookie(request.cookies.get(SESSION_COOKIE))
    if token is None:
        raise LoginRequired()
    with session_scope(app_of(request).engine) as s:
        found = session_principal(s, token)
    if found is None:
        raise LoginRequired()
    request.state.principal = found
    return found


def reader(request: Request) -> Principal:
    """Dependency: any logged-in role (officer, admin, auditor)."""
    who = principal(request)
    if who.role not in READ_ROLES:
        raise Forbidden("Vaše role nemá přístup k této stránce.")
    return who


async def _check_csrf(request: Request, who: Principal) -> None:
    form = await request.form()
    given = form.get("csrf_token") or request.headers.get("x-csrf-token")
    if not keys_of(request).csrf_ok(who.token, str(given) if given else None):
        raise Forbidden("Neplatný bezpečnostní token formuláře (CSRF). Načtěte stránku znovu.")


async def poster(request: Request) -> Principal:
    """Dependency for a POST any role may make (logout): a session and a valid CSRF token."""
    who = principal(request)
    await _check_csrf(request, who)
    return who


async def writer(request: Request) -> Principal:
    """Dependency for every state-changing request: officer or admin, and a valid CSRF token."""
    who = principal(request)
    if who.role not in WRITE_ROLES:
        raise Forbidden("Vaše role (jen čtení) nesmí provádět změny.")
    await _check_csrf(request, who)
    return who


def admin_reader(request: Request) -> Principal:
    """Dependency: the admin role only (account administration pages)."""
    who = principal(request)
    if who.role != "admin":
        raise Forbidden("Tato stránka je jen pro správce.")
    return who


async def admin_writer(request: Request) -> Principal:
    """Dependency for the admin's state-changing requests: admin role and a valid CSRF token."""
    who = admin_reader(request)
    await _check_csrf(request, who)
    return who


_templates: Jinja2Templates | None = None


def templates() -> Jinja2Templates:
    global _templates
    if _templates is None:
        t = Jinja2Templates(directory=str(HERE / "templates"))
        t.env.globals.update(
            STATES_CS=STATES_CS,
            CHANNELS_CS=CHANNELS_CS,
            REQUEST_TYPES_CS=REQUEST_TYPES_CS,
            ROLES_CS=ROLES_CS,
            PROBLEMS_CS=PROBLEMS_CS,
            DECISIONS_CS=DECISIONS_CS,
            FIELDS_CS=FIELDS_CS,
            PREFIX=PREFIX,
        )
        _templates = t
    return _templates


def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> Response:
    """Render a page with the principal, its CSRF token and the Czech formatters."""
    who = getattr(request.state, "principal", None)
    tz = tz_of(request)
    ctx.setdefault("user", who)
    ctx.setdefault("csrf", keys_of(request).csrf_for(who.token) if who else "")
    ctx["dt"] = lambda v, seconds=True: cz_datetime(v, tz, seconds)
    ctx["campaign"] = app_of(request).settings.campaign
    return templates().TemplateResponse(request, name, ctx, status_code=status_code)
