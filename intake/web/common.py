"""Shared plumbing of the officer UI: templates, Czech formatting, role and CSRF dependencies."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import Path as PathParam
from fastapi import Query, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from intake.model import Code
from intake.pipeline import CHANNELS
from intake.web.auth import READ_ROLES, WRITE_ROLES, Principal, SessionKeys, session_principal
from storage.db import session_scope

if TYPE_CHECKING:
    from intake.bootstrap import App

SESSION_COOKIE = "podatelna_session"
LOGIN_COOKIE = "podatelna_login"
PREFIX = "/ui"
HERE = Path(__file__).parent
MAX_ID = 2**63 - 1
"""The largest id a row can have (SQLite and PostgreSQL ids are 64-bit signed integers)."""
Id = Annotated[int, PathParam(ge=1, le=MAX_ID)]
"""Every integer path parameter: an id out of range is a 404 page, never a database error."""
Cursor = Annotated[int, Query(ge=0, le=MAX_ID)]
"""An id in the query string (``before=``): out of range is a 422 page."""

STATES_CS = {
    "received": "Přijato",
    "held": "Pozdrženo – čeká na antivirovou kontrolu",
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
    "filed": "Zaevidováno – doručenka",
}
CHANNELS_CS: dict[str, str] = {c.value: kind.label_cs for c, kind in CHANNELS.items()}
REQUEST_TYPES_CS = {
    "feed_access": "Přístup k datům (XML server)",
    "recording_permit": "Povolení k pořizování záznamu",
}
PROBLEMS_CS: dict[Code, str] = {
    Code.UNPARSABLE_MESSAGE: "zprávu nelze přečíst",
    Code.EMPTY_MESSAGE: "prázdná zpráva",
    Code.MISSING_SENDER: "chybí odesílatel",
    Code.BAD_SENDER: "chybný odesílatel",
    Code.MULTIPLE_SENDERS: "více odesílatelů",
    Code.BAD_DATE: "chybné datum",
    Code.MIME_TOO_DEEP: "zpráva vnořena příliš hluboko",
    Code.MIME_TOO_MANY_PARTS: "zpráva má příliš mnoho částí",
    Code.UNREADABLE_PART: "nečitelná část zprávy",
    Code.MALFORMED_MIME: "poškozená struktura zprávy",
    Code.CHARSET_FALLBACK: "nejisté kódování textu",
    Code.UNREADABLE_SIGNATURE: "nečitelný podpis",
    Code.ENCRYPTED_CONTENT: "zašifrovaný obsah",
    Code.ZFO_NOT_CMS: "datová zpráva není podepsaná",
    Code.ZFO_UNREADABLE: "datovou zprávu nelze přečíst",
    Code.ZFO_XML_INVALID: "poškozený obsah datové zprávy",
    Code.ZFO_XML_DOCTYPE: "nepřípustná deklarace DTD v datové zprávě",
    Code.ZFO_NOT_MESSAGE: "soubor není datová zpráva",
    Code.ZFO_BAD_TIME: "chybný čas dodání datové zprávy",
    Code.ZFO_NO_DELIVERY_TIME: "chybí čas dodání datové zprávy",
    Code.ZFO_NO_FILES: "datová zpráva bez písemnosti",
    Code.ZFO_FILE_EMPTY: "prázdná písemnost datové zprávy",
    Code.ZFO_FILE_UNDECODABLE: "nečitelná písemnost datové zprávy",
    Code.UNREADABLE_ATTACHMENT: "nečitelná příloha",
    Code.UNSUPPORTED_FORMAT: "nepřípustný formát",
    Code.MALWARE_DETECTED: "škodlivý kód",
    Code.MALWARE_SCAN_FAILED: "antivirovou kontrolu nelze provést",
    Code.TOO_LARGE: "zpráva překračuje povolenou velikost",
    Code.SIGNATURE_MISSING: "chybí podpis",
    Code.SIGNATURE_UNSUPPORTED: "podpis v neověřovaném formátu (XAdES)",
    Code.SIGNATURE_INVALID: "neplatný podpis",
    Code.SIGNATURE_INDETERMINATE: "podpis nelze ověřit",
    Code.CERTIFICATE_NOT_QUALIFIED: "certifikát není kvalifikovaný",
    Code.CERTIFICATE_REVOKED: "certifikát zneplatněn",
    Code.CERTIFICATE_EXPIRED: "certifikát vypršel",
    Code.CERTIFICATE_UNTRUSTED: "nedůvěryhodný certifikát",
    Code.SIGNER_MISMATCH: "podepsal někdo jiný než odesílatel",
    Code.SIGNING_TIME_MISMATCH: "nesouhlasí čas podpisu",
    Code.SEAL_INVALID: "neplatná pečeť",
    Code.UNSIGNED_PARTS: "nepodepsané části zprávy",
    Code.NO_IP_ADDRESSES: "chybí IP adresy",
    Code.TOO_MANY_PRODUCTION_IPS: "příliš mnoho adres pro ostrý provoz",
    Code.TOO_MANY_TEST_IPS: "příliš mnoho testovacích adres",
    Code.NON_PUBLIC_IP: "neveřejná IP adresa",
    Code.IP_RANGE: "rozsah adres",
    Code.MISSING_CONTACT_EMAIL: "chybí kontaktní e-mail",
    Code.MISSING_CONTACT_PHONE: "chybí kontaktní telefon",
    Code.INCOMPLETE_RECORDING_PERMIT: "neúplná žádost o záznam",
    Code.NEEDS_REVIEW: "vyžaduje kontrolu",
    Code.LATE: "po lhůtě",
    Code.SIGNATURE_NOT_ACCEPTED: "chybí uznávaný elektronický podpis",
}
"""Czech label of every problem code (templates look them up with the stored string; an
unknown stored code shows as it is)."""
ROLES_CS = {"officer": "referent", "admin": "správce", "auditor": "auditor"}
DECISIONS_CS = {
    "approve": "Schválit",
    "refuse": "Zamítnout",
    "defective": "Označit jako vadné",
    "withdraw": "Vzít zpět",
    "confirm": "Potvrdit schválení",
}
"""Decision buttons (imperative); a decision already made is reported by DECISIONS_DONE_CS."""
DECISIONS_DONE_CS = {
    "approve": "Schváleno",
    "refuse": "Zamítnuto",
    "defective": "Označeno jako vadné",
    "withdraw": "Vzato zpět",
    "confirm": "Schválení potvrzeno",
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
    app = app_of(request)
    idle = timedelta(minutes=app.settings.web.idle_minutes)
    with session_scope(app.engine) as s:
        found = session_principal(s, token, idle=idle)
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
            DECISIONS_DONE_CS=DECISIONS_DONE_CS,
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
    ctx["demo"] = app_of(request).settings.demo
    return templates().TemplateResponse(request, name, ctx, status_code=status_code)
