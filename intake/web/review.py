"""The review summary of one filing: what an approval would publish, who applies, the
signature/seal verdict and the problems — the block above the decision forms and the body of
the approval's confirmation page.

``build_review`` is pure (recorded values in, a frozen value out); ``load_review`` reads them
in the caller's transaction. ``Review.digest`` fingerprints what the officer was shown: the
confirmation form carries a token bound to it, so a filing that changed in the meantime is
shown again instead of being decided unseen."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from intake import gate
from intake.decisions import blocking_of, pending_approval
from intake.feed.profiles import PROFILES, ROLES
from intake.model import Code, State
from intake.web.common import PROBLEMS_CS
from storage.tables import Application, Organisation, Submission

ROLES_CS = {"production": "pro ostrý provoz", "test": "testovací"}
PROFILES_CS = {
    "test": "Profil TEST (adresy pro ostrý provoz i testovací)",
    "live": "Profil LIVE (jen adresy pro ostrý provoz)",
}
APPROVED_STATES = (State.APPROVED.value, State.AWAITING_CONFIRMATION.value)
"""States whose recorded approval (not a future one) decides what is published."""


@dataclass(frozen=True)
class AddressLine:
    """One address of the application as the allow-list would treat it."""

    address: str
    role: str
    """``production`` or ``test``."""
    published: bool
    note: str
    """Czech: why it is left out, or that only the override publishes it; empty otherwise."""


@dataclass(frozen=True)
class ProblemLine:
    label: str
    """Czech label of the problem code."""
    message: str
    blocking: bool


@dataclass(frozen=True)
class Review:
    state: str
    addresses: tuple[AddressLine, ...]
    organisation: str
    """Name · IČO · data-box ID, as the application (with corrections) states them."""
    contact: str
    """Person, e-mail and phone of the applicant's contact."""
    signature: tuple[str, str]
    """(``ok`` | ``bad`` | ``unknown``, one Czech line) — the signature or seal verdict."""
    problems: tuple[ProblemLine, ...]
    blocking: tuple[gate.Blocking, ...]
    final: bool
    """True when no override can make the filing approvable (late)."""

    def of_role(self, role: str) -> list[AddressLine]:
        return [a for a in self.addresses if a.role == role]

    @property
    def left_out(self) -> list[AddressLine]:
        return [a for a in self.addresses if not a.published]

    def profiles(self) -> list[tuple[str, str, list[str]]]:
        """(profile, Czech label, published addresses) for TEST and LIVE
        (``intake.feed.profiles.ROLES``), each address once."""
        out = []
        for profile in PROFILES:
            roles = ROLES[profile]
            shown = [a.address for a in self.addresses if a.published and a.role in roles]
            out.append((profile, PROFILES_CS[profile], list(dict.fromkeys(shown))))
        return out

    def digest(self) -> str:
        """SHA-256 of what the review shows (state, addresses and their treatment,
        organisation, contact, verdict, blocking problems)."""
        doc = {
            "state": self.state,
            "addresses": [[a.address, a.role, a.published] for a in self.addresses],
            "organisation": self.organisation,
            "contact": self.contact,
            "signature": self.signature[0],
            "blocking": sorted(f"{b.code}:{b.field or ''}" for b in self.blocking),
        }
        canonical = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def signature_line(
    channel: str, accepted: bool | None, *, receipt: bool = False
) -> tuple[str, str]:
    """The signature (e-mail) or seal (data box) verdict in one Czech line; a delivery
    receipt's is the seal of ISDS on the receipt."""
    if receipt:
        if accepted:
            return "ok", "doručenka – pečeť ISDS platná"
        if accepted is False:
            return "bad", "doručenka – pečeť ISDS se nepodařilo ověřit"
        return "unknown", "doručenka – pečeť ISDS zatím neověřena"
    if channel == "databox":
        if accepted:
            return "ok", "podání z datové schránky – podpis není třeba, pečeť ISDS platná"
        if accepted is False:
            return "bad", "podání z datové schránky – pečeť ISDS neplatná"
        return "unknown", "podání z datové schránky – pečeť ISDS zatím neověřena"
    if accepted:
        return "ok", "podepsáno uznávaným elektronickým podpisem"
    if accepted is False:
        return "bad", "chybí uznávaný elektronický podpis"
    return "unknown", "podpis zatím neověřen"


def address_lines(
    production: Iterable[str],
    test: Iterable[str],
    *,
    non_public_overridden: bool,
    documentation_public: bool = False,
) -> tuple[AddressLine, ...]:
    """Each address with the allow-list's verdict (``intake.gate.withheld_reason``;
    ``documentation_public``: the demo, where the documentation ranges count as public)."""
    out = []
    for role, addresses in (("production", production), ("test", test)):
        for raw in addresses:
            a = str(raw)
            why = gate.withheld_reason(
                a,
                non_public_overridden=non_public_overridden,
                documentation_public=documentation_public,
            )
            override = gate.needs_override(a, documentation_public=documentation_public)
            if why is not None:
                reason = gate.REASONS_CS.get(why, why)
                if gate.never_published(a) is not None:
                    note = f"nezveřejní se nikdy – {reason}"
                else:
                    note = f"nezveřejní se – {reason} (jen při schválení s výjimkou)"
                out.append(AddressLine(a, role, False, note))
            elif override is not None:
                reason = gate.REASONS_CS.get(str(override), "neveřejná adresa")
                out.append(AddressLine(a, role, True, f"zveřejní se jen díky výjimce – {reason}"))
            else:
                out.append(AddressLine(a, role, True, ""))
    return tuple(out)


def _joined(*parts: object) -> str:
    return " · ".join(str(p).strip() for p in parts if p is not None and str(p).strip())


def _problem_lines(
    problems: Mapping[str, Sequence[Mapping[str, Any]]],
    blocking: Sequence[gate.Blocking],
) -> tuple[ProblemLine, ...]:
    """Distinct recorded problems (by code), blocking ones marked, then the blocking
    problems that are not recorded problems (signature verdict, uncertain fields)."""
    blocking_codes = {b.code for b in blocking}
    seen: set[str] = set()
    out = []
    for items in problems.values():
        for p in items or []:
            raw = str(p.get("code", ""))
            if not raw or raw in seen:
                continue
            seen.add(raw)
            code = Code.parse(raw)
            label = PROBLEMS_CS.get(code, raw) if code is not None else raw
            out.append(ProblemLine(label, str(p.get("message", "")), code in blocking_codes))
    for b in blocking:
        key = str(b.code) if b.field is None else f"{b.code}:{b.field}"
        if str(b.code) in seen or key in seen:
            continue
        seen.add(key)
        out.append(ProblemLine(PROBLEMS_CS.get(b.code, str(b.code)), b.message, True))
    return tuple(out)


def build_review(
    *,
    sub: Submission,
    application: Application | None,
    organisation: Organisation | None,
    blocking: tuple[gate.Blocking, ...],
    overridden: Sequence[str] | None,
    documentation_public: bool = False,
) -> Review:
    """The review of ``sub``. ``overridden`` is the recorded approval's overridden codes (an
    approved or unconfirmed filing); None means the approval being prepared, which overrides
    every blocking problem."""
    codes = (
        [str(c) for c in overridden] if overridden is not None else [str(b.code) for b in blocking]
    )
    data = application.data if application is not None else {}
    org = _section(data, "organization")
    contact = _section(data, "contact")
    reg = organisation
    return Review(
        state=sub.state,
        addresses=address_lines(
            application.production_ips if application else [],
            application.test_ips if application else [],
            non_public_overridden=str(Code.NON_PUBLIC_IP) in codes,
            documentation_public=documentation_public,
        ),
        organisation=_joined(
            org.get("name") or (reg.name if reg else None),
            _prefixed("IČO", org.get("ico") or (reg.ico if reg else None)),
            _prefixed("DS", org.get("databox_id") or (reg.databox_id if reg else None)),
        ),
        contact=_joined(contact.get("person"), contact.get("email"), contact.get("phone")),
        signature=signature_line(
            sub.channel,
            sub.accepted_signature,
            receipt=(sub.meta or {}).get("kind") == "delivery_receipt",
        ),
        problems=_problem_lines(sub.problems or {}, blocking),
        blocking=blocking,
        final=bool(blocking) and not gate.overridable(blocking),
    )


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    return value if isinstance(value, Mapping) else {}


def _prefixed(prefix: str, value: object) -> str | None:
    return f"{prefix} {value}" if value else None


def load_review(s: Session, sub: Submission, *, demo: bool) -> Review:
    """``build_review`` over what is recorded now, in the caller's transaction (``demo``: the
    documentation ranges count as public, as the allow-list of the demo publishes them)."""
    application = s.exec(
        select(Application).where(col(Application.submission_id) == sub.id)
    ).first()
    organisation = (
        s.get(Organisation, application.organisation_id)
        if application is not None and application.organisation_id
        else None
    )
    overridden = None
    if sub.state in APPROVED_STATES:
        approval = pending_approval(s, sub)
        overridden = list(approval.overridden or []) if approval is not None else []
    return build_review(
        sub=sub,
        application=application,
        organisation=organisation,
        blocking=blocking_of(s, sub),
        overridden=overridden,
        documentation_public=demo,
    )
