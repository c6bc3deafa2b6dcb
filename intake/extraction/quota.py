"""The address limits across every application of one organisation in a campaign."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Protocol

from intake.model import Problem


class IpSets(Protocol):
    @property
    def production_ips(self) -> Sequence[str]: ...

    @property
    def test_ips(self) -> Sequence[str]: ...


def _union(lists: Sequence[Sequence[str]]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for lst in lists:
        for a in lst:
            key = str(ipaddress.ip_address(a))
            if key not in seen:
                seen.add(key)
                out.append(key)
    return out


def check_quota(
    current: IpSets,
    earlier: Sequence[IpSets],
    amends: bool,
    *,
    max_production: int = 5,
    max_test: int = 5,
) -> list[Problem]:
    """Problems of ``current`` seen together with the organisation's ``earlier`` applications.

    With ``amends`` the current list replaces the earlier ones, so only its own size counts
    (already checked at extraction; nothing is added here). Without it the addresses add up:
    more than the limit in the union is flagged, and so is the very fact that a second
    application came without saying it amends the first (the officer decides)."""
    if amends or not earlier:
        return []
    problems: list[Problem] = []
    prod = _union([*(e.production_ips for e in earlier), current.production_ips])
    test = _union([*(e.test_ips for e in earlier), current.test_ips])
    if len(prod) > max_production and len(current.production_ips) <= max_production:
        problems.append(
            Problem(
                "too_many_production_ips",
                f"Spolu s dřívějšími žádostmi téže organizace je požadováno {len(prod)} adres "
                f"pro ostrý provoz (nejvýše {max_production}).",
            )
        )
    if len(test) > max_test and len(current.test_ips) <= max_test:
        problems.append(
            Problem(
                "too_many_test_ips",
                f"Spolu s dřívějšími žádostmi téže organizace je požadováno {len(test)} "
                f"testovacích adres (nejvýše {max_test}).",
            )
        )
    problems.append(
        Problem(
            "needs_review",
            f"Organizace podala už {len(earlier)} dřívější žádost(i) a tato neuvádí, že je "
            "nahrazuje nebo doplňuje; adresy se sčítají — posoudí referent.",
        )
    )
    return problems
