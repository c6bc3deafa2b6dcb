"""The address limits across every application of one organisation in a campaign."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from intake.model import Code, Problem


class IpSets(Protocol):
    @property
    def production_ips(self) -> Sequence[str]: ...

    @property
    def test_ips(self) -> Sequence[str]: ...


IpSource = IpSets | Mapping[str, Any]
"""An ``Extraction`` (or anything with the two lists) or its ``to_dict()``."""


def _get(x: IpSource, key: str) -> Any:
    if isinstance(x, Mapping):
        return x.get(key)
    return getattr(x, key, None)


def _union(lists: Sequence[Sequence[str]]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for lst in lists:
        for a in lst:
            try:
                key = str(ipaddress.ip_address(a))
            except ValueError:
                continue
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out


def check_quota(
    current: IpSource,
    earlier: Sequence[IpSource],
    amends: bool | None = None,
    *,
    max_production_ips: int = 5,
    max_test_ips: int = 5,
) -> list[Problem]:
    """Problems of ``current`` seen together with the organisation's ``earlier`` applications
    in the same campaign (each may carry ``applications``: how many applications asked for
    exactly its lists).

    When the current application amends the earlier ones (``amends``; None reads the
    ``amends`` flag the extraction recorded) its list replaces theirs, so only its own size
    counts, and that was checked at extraction: nothing is added here. Otherwise the
    addresses add up: more than the limit in the union is flagged, and so is the fact that
    another application came without saying it amends the first (the officer decides)."""
    if amends is None:
        amends = bool(_get(current, "amends"))
    if amends or not earlier:
        return []
    count = sum(int(_get(e, "applications") or 1) for e in earlier)
    cur_prod = list(_get(current, "production_ips") or [])
    cur_test = list(_get(current, "test_ips") or [])
    prod = _union([*(_get(e, "production_ips") or [] for e in earlier), cur_prod])
    test = _union([*(_get(e, "test_ips") or [] for e in earlier), cur_test])
    problems: list[Problem] = []
    if len(prod) > max_production_ips and len(cur_prod) <= max_production_ips:
        problems.append(
            Problem(
                Code.TOO_MANY_PRODUCTION_IPS,
                f"Spolu s dřívějšími žádostmi téže organizace je požadováno {len(prod)} adres "
                f"pro ostrý provoz (nejvýše {max_production_ips}).",
            )
        )
    if len(test) > max_test_ips and len(cur_test) <= max_test_ips:
        problems.append(
            Problem(
                Code.TOO_MANY_TEST_IPS,
                f"Spolu s dřívějšími žádostmi téže organizace je požadováno {len(test)} "
                f"testovacích adres (nejvýše {max_test_ips}).",
            )
        )
    problems.append(
        Problem(
            Code.NEEDS_REVIEW,
            f"Organizace podala už {count} dřívější žádost(i) a tato neuvádí, že je "
            "nahrazuje nebo doplňuje; adresy se sčítají — posoudí referent.",
        )
    )
    return problems
