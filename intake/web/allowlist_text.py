"""Czech wording of the allow-list page: the stored (English) reasons of versions as sentences,
the reasons an address is left out, roles, profiles and the tokens' states. Pure."""

from __future__ import annotations

import re

from intake.feed.overview import TokenState
from intake.model import Code
from intake.web.common import FIELDS_CS, PROBLEMS_CS, STATES_CS

PROFILES_CS = {"test": "TEST", "live": "LIVE"}
PROFILE_CONTENTS_CS = {
    "test": "adresy pro ostrý provoz i testovací adresy",
    "live": "jen adresy pro ostrý provoz",
}
OVERRIDES_CS = {
    "auto": "podle harmonogramu živého zpracování",
    "test": "ručně nastaven na TEST",
    "live": "ručně nastaven na LIVE",
}
ROLES_CS = {"production": "ostrý provoz", "test": "testovací"}
TOKEN_STATES_CS = {
    TokenState.CURRENT: "aktuální verze",
    TokenState.STALE: "zastaralá verze",
    TokenState.NEVER: "zatím nestahoval",
    TokenState.REVOKED: "zrušen",
}
WITHHELD_CS = {
    "unspecified": "nespecifikovaná adresa – nezveřejňuje se nikdy",
    "loopback": "adresa zpětné smyčky (loopback) – nezveřejňuje se nikdy",
    "link-local": "lokální adresa linky (link-local) – nezveřejňuje se nikdy",
    "multicast": "skupinová adresa (multicast) – nezveřejňuje se nikdy",
    "broadcast": "všesměrová adresa (broadcast) – nezveřejňuje se nikdy",
    "reserved": "rezervovaná adresa – nezveřejňuje se nikdy",
    "invalid": "neplatná adresa – nezveřejňuje se nikdy",
    "private": "privátní adresa – zveřejní se jen při schválení s výjimkou",
    "shared": "sdílený adresní prostor poskytovatelů – zveřejní se jen při schválení s výjimkou",
    "documentation": "adresa vyhrazená pro dokumentaci – zveřejní se jen při schválení s výjimkou",
    "non-public": "neveřejná adresa – zveřejní se jen při schválení s výjimkou",
}

_STATE_CHANGE = re.compile(
    r"^(?P<old>\w+) -> (?P<new>\w+)(?: (?P<number>\S+))?"
    r"(?: \(override of (?P<codes>[^:]*): (?P<why>.*)\))?$",
    re.DOTALL,
)
_CORRECTION = re.compile(r"^correction of (?P<field>\S+)(?: (?P<number>\S+))?$")
_MANUAL = re.compile(r"^profile override (?P<profile>test|live|auto):?\s*(?P<why>.*)$", re.DOTALL)
_FIXED = {
    "initial version": "Úvodní verze seznamu.",
    "profile schedule": "Přepnutí profilu podle harmonogramu živého zpracování.",
    "profile override": "Ruční nastavení profilu.",
}


def withheld_cs(reason: str) -> str:
    return WITHHELD_CS.get(reason, reason)


def _codes_cs(codes: str) -> str:
    labels = []
    for c in codes.split(","):
        c = c.strip()
        try:
            labels.append(PROBLEMS_CS.get(Code(c), c))
        except ValueError:
            labels.append(c)
    return ", ".join(labels)


def _state_change_cs(m: re.Match[str]) -> str:
    old, new = (STATES_CS.get(m[g], m[g]).lower() for g in ("old", "new"))
    text = f"Podání {m['number']}: stav {old} → {new}." if m["number"] else f"{old} → {new}."
    if m["codes"] is not None:
        text += f" Schváleno s výjimkou ({_codes_cs(m['codes'])}), odůvodnění: {m['why']}"
    return text


def reason_cs(reason: str) -> str:
    """A version's stored reason (``FeedService`` writes it in English) as a Czech sentence;
    an unknown reason is shown as it is."""
    if reason in _FIXED:
        return _FIXED[reason]
    m = _STATE_CHANGE.match(reason)
    if m:
        return _state_change_cs(m)
    m = _CORRECTION.match(reason)
    if m:
        field = FIELDS_CS.get(m["field"], m["field"])
        where = f" podání {m['number']}" if m["number"] else ""
        return f"Oprava údaje „{field}“{where}."
    m = _MANUAL.match(reason)
    if m:
        text = f"Ruční nastavení profilu: {OVERRIDES_CS[m['profile']]}."
        return text + (f" Důvod: {m['why']}" if m["why"] else "")
    return reason
