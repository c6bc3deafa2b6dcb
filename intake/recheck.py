"""Problems that depend on an application's *values*, recomputed after an officer corrects or
confirms one — pure functions over the stored extraction (``Application.data``).

The extraction stage found these problems in the applicant's text; once an officer changes a
value, the same rules run again over the current values so that the problems recorded for the
filing always describe what would be approved: address limits, non-public addresses, missing
addresses on a feed-access request, missing contacts, uncertain (unconfirmed) fields. Problems
of other kinds (content, signature, recording permit) are kept as they were.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from intake.extraction.review import FIELD_LABELS_CS, review_problems
from intake.gate import FEED_ACCESS, needs_override, never_published
from intake.model import Code, Problem

EXTRACT_VALUE_CODES = frozenset(
    {
        Code.NO_IP_ADDRESSES,
        Code.TOO_MANY_PRODUCTION_IPS,
        Code.TOO_MANY_TEST_IPS,
        Code.NON_PUBLIC_IP,
        Code.IP_RANGE,
        Code.MISSING_CONTACT_EMAIL,
        Code.MISSING_CONTACT_PHONE,
        Code.NEEDS_REVIEW,
    }
)
"""Codes of the extraction stage this module recomputes (the others are kept)."""
QUOTA_CODES = frozenset({Code.TOO_MANY_PRODUCTION_IPS, Code.TOO_MANY_TEST_IPS, Code.NEEDS_REVIEW})
"""Codes of the triage stage that come from the organisation's quota (recomputed)."""

LABELS_CS = FIELD_LABELS_CS


@dataclass(frozen=True)
class Limits:
    """The campaign's rules the value problems are judged by."""

    max_production_ips: int = 5
    max_test_ips: int = 5
    documentation_public: bool = False
    """Demo mode (``Settings.demo``): the documentation ranges count as public addresses."""


def _path(data: Mapping[str, Any], path: str) -> Any:
    cur: Any = data
    for part in path.split("."):
        cur = cur.get(part) if isinstance(cur, Mapping) else None
    return cur


def address_count(addresses: Sequence[str]) -> int:
    """How many addresses the entries stand for (a block counts every address in it)."""
    total = 0
    for a in addresses:
        try:
            total += ipaddress.ip_network(str(a).strip(), strict=False).num_addresses
        except ValueError:
            total += 1
    return total


def _address_problems(data: Mapping[str, Any], limits: Limits) -> list[Problem]:
    prod = [str(a) for a in data.get("production_ips") or []]
    test = [str(a) for a in data.get("test_ips") or []]
    types = list(data.get("request_types") or [])
    out: list[Problem] = []
    if not prod and not test and (FEED_ACCESS in types or not types):
        out.append(Problem(Code.NO_IP_ADDRESSES, "Žádost neobsahuje žádnou IP adresu."))
    n_prod, n_test = address_count(prod), address_count(test)
    if n_prod > limits.max_production_ips:
        out.append(
            Problem(
                Code.TOO_MANY_PRODUCTION_IPS,
                f"Požadováno {n_prod} adres pro ostrý provoz "
                f"(nejvýše {limits.max_production_ips}).",
            )
        )
    if n_test > limits.max_test_ips:
        out.append(
            Problem(
                Code.TOO_MANY_TEST_IPS,
                f"Požadováno {n_test} testovacích adres (nejvýše {limits.max_test_ips}).",
            )
        )
    doc = limits.documentation_public
    non_public = [
        a
        for a in dict.fromkeys(prod + test)
        if never_published(a) or needs_override(a, documentation_public=doc)
    ]
    if non_public:
        shown = non_public[:20] + (
            [f"… a dalších {len(non_public) - 20}"] if len(non_public) > 20 else []
        )
        out.append(
            Problem(
                Code.NON_PUBLIC_IP,
                "Neveřejné adresy (soukromé, rezervované, dokumentační): " + ", ".join(shown),
            )
        )
    blocks = [a for a in dict.fromkeys(prod + test) if "/" in a]
    if blocks:
        out.append(
            Problem(
                Code.IP_RANGE,
                "Žádost uvádí rozsahy nebo bloky adres: "
                + ", ".join(blocks)
                + "; započítána je každá adresa.",
            )
        )
    return out


def value_problems(data: Mapping[str, Any], limits: Limits) -> list[Problem]:
    """The value-dependent problems of the extraction stage for the current values."""
    out = _address_problems(data, limits)
    if not _path(data, "contact.email"):
        out.append(Problem(Code.MISSING_CONTACT_EMAIL, "Chybí kontaktní e-mail."))
    if not _path(data, "contact.phone"):
        out.append(Problem(Code.MISSING_CONTACT_PHONE, "Chybí kontaktní telefon."))
    out += review_problems(data.get("fields") or {}, lambda key: _path(data, key))
    return out


def merged(
    kept: Sequence[Mapping[str, Any]], drop: frozenset[str], fresh: Sequence[Problem]
) -> list[dict[str, Any]]:
    """``kept`` without the codes in ``drop``, then ``fresh`` (as stored dicts)."""
    out = [dict(p) for p in kept if str(p.get("code", "")) not in drop]
    seen = {(p.get("code"), p.get("message")) for p in out}
    for p in fresh:
        if (p.code, p.message) not in seen:
            seen.add((p.code, p.message))
            out.append(p.to_dict())
    return out
