"""Audit entries as Czech sentences for an officer ("Podání přijato e-mailem", "Stav změněn:
ověřeno → vytěženo"), with the raw record (action code, actor id, JSON data) kept aside as
technical detail for a ``<details>`` disclosure.

A pure module: it formats what it is given and reads nothing. The detail page ("Historie
podání") and the audit-log page both use ``describe``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake.model import Code
from intake.notices.admin import KINDS_CS, TEMPLATES_CS
from intake.web.common import (
    DECISIONS_DONE_CS,
    FIELDS_CS,
    PROBLEMS_CS,
    REQUEST_TYPES_CS,
    ROLES_CS,
    STATES_CS,
)

Data = Mapping[str, Any]

CHANNEL_PHRASES_CS = {"email": "e-mailem", "databox": "z datové schránky"}
NOTICE_CHANNELS_CS = {"email": "e-mailem", "databox": "do datové schránky"}
SOURCE_REASONS_CS = {
    "oversize": "zpráva je větší, než podatelna přijímá",
    "unreadable": "zprávu nelze přečíst",
    "unfetchable": "zprávu nelze stáhnout",
}
PROFILES_CS = {"test": "TEST", "live": "LIVE", "auto": "automaticky podle harmonogramu"}
# the grammatical gender of each notice kind, for the past participle ("Odeslána výzva …")
_FEMININE = {"defect"}
_MASCULINE = {"verification_result"}


@dataclass(frozen=True)
class HistoryLine:
    """One audit entry as an officer reads it, and its raw record for the disclosure."""

    at: datetime
    who: str
    sentence: str
    action: str
    actor: str
    data_json: str


def describe_actor(actor: str) -> str:
    """``worker:host:42`` → ``systém – zpracování podání``; ``cli:jana`` → ``jana (příkazový řádek)``."""
    if actor in ("system", "demo"):
        return "systém"
    if actor == "worker:notices":
        return "systém – odesílání oznámení"
    if actor.startswith("worker:"):
        return "systém – zpracování podání"
    if actor.startswith("source:") or actor == "system:intake":
        return "systém – příjem zpráv"
    if actor.startswith("cli:"):
        return f"{actor[4:]} (příkazový řádek)"
    if actor in ("anonymous", ""):
        return "nepřihlášený uživatel"
    return actor


def _text(value: Any) -> str:
    """A value as an officer reads it: lists joined, nothing shown as ``None``/``False``."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "ano" if value else "ne"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def _state(code: Any) -> str:
    return STATES_CS.get(str(code), "neznámý stav").lower()


def _participle(kind: str, stem: str) -> str:
    """``Odesláno`` / ``Odeslána`` / ``Odeslán`` to agree with the notice kind."""
    if kind in _FEMININE:
        return stem + "a"
    if kind in _MASCULINE:
        return stem
    return stem + "o"


def _notice(kind: Any) -> str:
    return KINDS_CS.get(str(kind), "oznámení")


def _received(d: Data) -> str:
    how = CHANNEL_PHRASES_CS.get(str(d.get("channel")), "")
    number = d.get("registry_number")
    tail = f" pod evidenčním číslem {number}" if number else ""
    return f"Podání přijato {how} a zaevidováno{tail}".replace("  ", " ")


def _state_changed(d: Data) -> str:
    decision = d.get("decision")
    change = f"{_state(d.get('from'))} → {_state(d.get('to'))}"
    if decision:
        label = DECISIONS_DONE_CS.get(str(decision), "Rozhodnuto")
        reason = f"; důvod: {d['reason']}" if d.get("reason") else ""
        return f"Rozhodnutí: {label} (stav {change}){reason}"
    return f"Stav změněn: {change}"


def _stage_failed(d: Data) -> str:
    return (
        f"Zpracování ve stavu „{_state(d.get('state'))}“ se nezdařilo (pokus {_text(d.get('attempt'))}); "
        "bude zopakováno, příčina je v technických údajích"
    )


def _field(d: Data) -> str:
    return FIELDS_CS.get(str(d.get("field")), "údaj žádosti")


def _value(field: Any, value: Any) -> Any:
    """A field's value as an officer reads it (request types by their Czech names)."""
    if field == "request_types" and isinstance(value, list):
        return [REQUEST_TYPES_CS.get(str(v), str(v)) for v in value]
    return value


def _difference(old: list[Any], new: list[Any]) -> str:
    """`` (přidáno: …; odebráno: …)`` — what a corrected list gained and lost."""
    added = [v for v in new if v not in old]
    removed = [v for v in old if v not in new]
    parts = ([f"přidáno: {_text(added)}"] if added else []) + (
        [f"odebráno: {_text(removed)}"] if removed else []
    )
    return f" ({'; '.join(parts)})" if parts else ""


def _corrected(d: Data) -> str:
    old, new = _value(d.get("field"), d.get("old")), _value(d.get("field"), d.get("new"))
    line = f"Opraven údaj „{_field(d)}“: {_text(old)} → {_text(new)}"
    if isinstance(old, list | type(None)) and isinstance(new, list):
        line += _difference(list(old or []), new)
    return line


def _confirmed(d: Data) -> str:
    value = _text(_value(d.get("field"), d.get("value")))
    return f"Potvrzen údaj „{_field(d)}“, jak byl vytěžen: {value}"


def _problems(codes: Any) -> str:
    labels = []
    for c in codes or []:
        code = Code.parse(c)
        labels.append(PROBLEMS_CS[code] if code is not None else str(c))
    return ", ".join(labels)


def _rechecked(d: Data) -> str:
    """The problems recomputed after a correction: which appeared and which went away."""
    before, after = list(d.get("before") or []), list(d.get("after") or [])
    new = [c for c in after if c not in before]
    gone = [c for c in before if c not in after]
    parts = ([f"nově {_problems(new)}"] if new else []) + (
        [f"odpadlo {_problems(gone)}"] if gone else []
    )
    change = "; ".join(parts) or "druhy problémů se nezměnily"
    cause = d.get("because_of")
    if cause:
        return f"Kvóta organizace přepočítána po opravě podání {cause}: {change}"
    return f"Problémy podání přepočítány po opravě: {change}"


def _notice_created(d: Data) -> str:
    kind = str(d.get("kind"))
    how = NOTICE_CHANNELS_CS.get(str(d.get("channel")), "")
    if d.get("status") == "undeliverable":
        return f"{_participle(kind, 'Připraven')} {_notice(kind)} – žadatel nemá známou adresu, vyřídí referent"
    if d.get("status") == "suppressed":
        return f"{_notice(kind).capitalize()} se neodesílá (odpověď na automatickou zprávu)"
    return f"{_participle(kind, 'Připraven')} k odeslání {how}: {_notice(kind)}".replace("  ", " ")


def _notice_sent(d: Data) -> str:
    kind = str(d.get("kind"))
    to = ""
    if d.get("recipient"):
        box = d.get("channel") == "databox"
        to = f" do datové schránky {d['recipient']}" if box else f" na {d['recipient']}"
    return f"{_participle(kind, 'Odeslán')} {_notice(kind)}{to}"


def _notice_failed(d: Data) -> str:
    tail = "další pokus se nebude opakovat" if d.get("final") else "odeslání se zopakuje"
    return (
        f"Odeslání oznámení „{_notice(d.get('kind'))}“ se nezdařilo "
        f"(pokus {_text(d.get('attempts'))}); {tail}"
    )


def _login_failed(d: Data) -> str:
    if d.get("reason") == "unknown":
        blocked = " – jméno dočasně zablokováno" if d.get("throttled") else ""
        return f"Neúspěšné přihlášení: neznámé uživatelské jméno{blocked}"
    blocked = " – účet dočasně zablokován" if d.get("throttled") else ""
    return f"Neúspěšné přihlášení: chybné heslo (pokus {_text(d.get('failed'))}){blocked}"


LINK_BASIS_CS = {
    "email": "podle e-mailové adresy odesílatele",
    "databox": "podle datové schránky odesílatele",
    "extraction": "podle organizace uvedené v žádosti",
    "correction": "po opravě údajů organizace",
    "merge": "sloučením záznamů odesílatelů",
    "backfill": "doplněno při aktualizaci podatelny",
}


def _sender_linked(d: Data) -> str:
    name = f"„{d['name']}“" if d.get("name") else f"č. {_text(d.get('sender_id'))}"
    basis = LINK_BASIS_CS.get(str(d.get("basis")), "")
    return f"Podání přiřazeno k odesílateli {name}" + (f" ({basis})" if basis else "")


def _assigned(d: Data) -> str:
    before = f" (dříve {d['previous']})" if d.get("previous") else ""
    return f"Podání převzal(a) {_text(d.get('officer'))}{before}"


def _sender_merged(d: Data) -> str:
    how = " automaticky" if d.get("basis") == "automatic" else ""
    moved = len(d.get("filings") or [])
    return (
        f"Záznam odesílatele č. {_text(d.get('merged'))} sloučen{how} do záznamu "
        f"č. {_text(d.get('kept'))}; přesunuto podání: {moved}"
    )


def _sender_created(d: Data) -> str:
    what = "organizace" if d.get("kind") == "organisation" else "osoby"
    name = f" „{d['name']}“" if d.get("name") else ""
    return f"Založen záznam {what}{name} v rejstříku odesílatelů"


def _mark(d: Data) -> str:
    """`` (X-Spam-Flag: YES od mx.example)`` — the spam mark a kept message carried."""
    if not d.get("header"):
        return ""
    relay = f" od {d['relay']}" if d.get("relay") else ""
    return f" ({d['header']}: {_text(d.get('value'))}{relay})"


def _spam_kept(d: Data, subject: str) -> str:
    return (
        f"Zpráva č. {subject} označená poštovním serverem jako nevyžádaná pošta{_mark(d)} "
        "uložena bez zaevidování"
    )


def _released_from_spam(d: Data) -> str:
    return (
        f"Zpráva č. {_text(d.get('spam_id'))} z nevyžádané pošty{_mark(d)} zaevidována jako "
        f"podání pod evidenčním číslem {_text(d.get('registry_number'))} s původním časem "
        "doručení"
    )


def _template(subject: str, verb: str) -> str:
    name, _, lang = subject.partition("/")
    label = TEMPLATES_CS.get(name, "šablona")
    return f"{verb} šablona oznámení „{label}“ ({'česká' if lang == 'cs' else 'anglická'})"


_SENTENCES: dict[str, Callable[[Data, str], str]] = {
    "submission.received": lambda d, _: _received(d),
    "submission.state": lambda d, _: _state_changed(d),
    "submission.stage_failed": lambda d, _: _stage_failed(d),
    "application.corrected": lambda d, _: _corrected(d),
    "application.confirmed": lambda d, _: _confirmed(d),
    "application.rechecked": lambda d, _: _rechecked(d),
    "submission.sender_linked": lambda d, _: _sender_linked(d),
    "submission.assigned": lambda d, _: _assigned(d),
    "sender.created": lambda d, _: _sender_created(d),
    "spam.kept": _spam_kept,
    "spam.released": lambda d, s: (
        f"Zpráva č. {s} z nevyžádané pošty zaevidována jako podání pod evidenčním číslem "
        f"{_text(d.get('registry_number'))}"
    ),
    "spam.dismissed": lambda d, s: (
        f"Zpráva č. {s} z nevyžádané pošty posouzena: není podání (zůstává uložena)"
    ),
    "submission.released_from_spam": lambda d, _: _released_from_spam(d),
    "sender.merged": lambda d, _: _sender_merged(d),
    "notice.created": lambda d, _: _notice_created(d),
    "notice.sent": lambda d, _: _notice_sent(d),
    "notice.attempt_failed": lambda d, _: _notice_failed(d),
    "notice.in_doubt": lambda d, _: "Odeslání oznámení nebylo potvrzeno; odešle se znovu",
    "notice.retry": lambda d, _: "Oznámení zařazeno k novému odeslání",
    "notice.held": lambda d, _: (
        f"Referent zadržel oznámení „{_notice(d.get('kind'))}“ před odesláním"
    ),
    "notice.released": lambda d, _: (
        f"Referent uvolnil zadržené oznámení „{_notice(d.get('kind'))}“ k odeslání"
    ),
    "notice.template_changed": lambda d, s: _template(s, "Upravena"),
    "notice.template_reset": lambda d, s: _template(s, "Obnovena původní"),
    "announcement.created": lambda d, _: (
        f"Hromadné oznámení „{_text(d.get('subject'))}“ připraveno pro "
        f"{_text(d.get('recipients'))} příjemců"
    ),
    "source.notice": lambda d, _: (
        "Zprávu nelze převzít: "
        + SOURCE_REASONS_CS.get(str(d.get("reason")), "zdroj ohlásil problém")
    ),
    "source.item_failed": lambda d, _: "Zprávu se nepodařilo převzít; převzetí se zopakuje",
    "allowlist.version": lambda d, _: (
        f"Vydána verze {_text(d.get('version'))} seznamu povolených adres "
        f"(profil {PROFILES_CS.get(str(d.get('profile')), '–')}, "
        f"{_text(d.get('addresses'))} adres)"
    ),
    "allowlist.profile_override": lambda d, _: (
        f"Profil seznamu adres změněn: {PROFILES_CS.get(str(d.get('old')), '–')} → "
        f"{PROFILES_CS.get(str(d.get('new')), '–')}"
    ),
    "feed.token_added": lambda d, s: f"Přidán přístupový token „{s}“ pro odběr seznamu adres",
    "feed.token_revoked": lambda d, s: f"Zrušen přístupový token „{s}“",
    "user.login": lambda d, s: f"Uživatel {s} se přihlásil",
    "user.logout": lambda d, s: f"Uživatel {s} se odhlásil",
    "user.login_failed": lambda d, _: _login_failed(d),
    "user.login_throttled": lambda d, s: (
        f"Přihlášení jménem {s} odmítnuto – jméno nepatří žádnému účtu a je dočasně zablokováno"
        if d.get("reason") == "unknown"
        else f"Přihlášení uživatele {s} odmítnuto – účet je zablokován"
    ),
    "user.created": lambda d, s: (
        f"Vytvořen účet {s} (role: {ROLES_CS.get(str(d.get('role')), 'neznámá')})"
    ),
    "user.password_set": lambda d, s: f"Nastaveno nové heslo účtu {s}",
    "user.unlocked": lambda d, s: f"Účet {s} odblokován",
}


def sentence(action: str, data: Data | None, subject_id: str = "") -> str:
    """The Czech sentence of one audit entry (never raises: a record written by a newer
    version, or with fields missing, still reads as a sentence)."""
    fn = _SENTENCES.get(action)
    if fn is None:
        return "Jiná událost (popis je v technických údajích)"
    try:
        return fn(data or {}, subject_id)
    except Exception:  # a malformed record must not break the page
        return "Událost (záznam nelze přečíst; popis je v technických údajích)"


def describe(entry: Any) -> HistoryLine:
    """An ``AuditEntry`` (or anything with its fields) as a ``HistoryLine``."""
    data = entry.data if isinstance(entry.data, dict) else {}
    return HistoryLine(
        at=entry.at,
        who=describe_actor(str(entry.actor or "")),
        sentence=sentence(str(entry.action), data, str(entry.subject_id or "")),
        action=str(entry.action),
        actor=str(entry.actor or ""),
        data_json=json.dumps(entry.data, ensure_ascii=False, sort_keys=True, default=str),
    )
