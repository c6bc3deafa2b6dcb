"""The approval gate and the never-published addresses — pure functions, no I/O.

A filing has *blocking problems* when approving it would put something on the allow-list the
office could not defend: no accepted signature (e-mail) or an invalid seal (data box), a late
filing, too many addresses (also across the organisation's filings), non-public addresses,
malware (or a scan that failed), a feed-access request without any address, or an address
field extraction was not sure of and no officer confirmed. ``late`` can never be approved;
every other blocking problem only with a written reason (the override).

Independently of any decision, some addresses are **never published**
(:func:`never_published`), and non-public ones only when the approval overrode
``non_public_ip`` (:func:`needs_override`). The version builder of the allow-list applies both.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from intake.model import Code

BLOCKING_CODES = frozenset(
    {
        Code.LATE,
        Code.TOO_MANY_PRODUCTION_IPS,
        Code.TOO_MANY_TEST_IPS,
        Code.NON_PUBLIC_IP,
        Code.MALWARE_DETECTED,
        Code.MALWARE_SCAN_FAILED,
    }
)
"""Problem codes that block an approval wherever they are recorded."""
NO_ADDRESSES = Code.NO_IP_ADDRESSES
"""Blocking on a feed-access request (or one whose request type is not known) only."""
NEEDS_REVIEW = Code.NEEDS_REVIEW
SIGNATURE_NOT_ACCEPTED = Code.SIGNATURE_NOT_ACCEPTED
"""E-mail without an accepted (recognised, valid) signature."""
SEAL_INVALID = Code.SEAL_INVALID
"""Data message whose seal does not verify."""
NEVER_OVERRIDABLE = frozenset({Code.LATE})
ADDRESS_FIELDS = ("production_ips", "test_ips")
"""Fields whose uncertain value (``needs_review``) blocks until an officer confirms or
corrects it."""
FEED_ACCESS = "feed_access"

FIELD_LABELS_CS = {"production_ips": "adresy pro ostrý provoz", "test_ips": "testovací adresy"}


@dataclass(frozen=True)
class Blocking:
    """One reason the filing cannot simply be approved."""

    code: Code
    message: str
    field: str | None = None


def blocking_problems(
    *,
    channel: str,
    accepted_signature: bool | None,
    problems: Mapping[str, Sequence[Mapping[str, Any]]],
    request_types: Sequence[str],
    uncertain_fields: Collection[str],
) -> tuple[Blocking, ...]:
    """The blocking problems of a filing from what is recorded about it (its problems per
    stage, the signature verdict, the current request types and the extraction's uncertain
    fields that no officer has confirmed or corrected). Each code is reported once."""
    out: list[Blocking] = []
    if accepted_signature is not True:
        if channel == "databox":
            out.append(Blocking(SEAL_INVALID, "Pečeť datové zprávy se nepodařilo ověřit."))
        else:
            out.append(
                Blocking(SIGNATURE_NOT_ACCEPTED, "Podání není podepsáno uznávaným podpisem.")
            )
    feed_request = FEED_ACCESS in request_types or not request_types
    seen = {b.code for b in out}
    for stage_items in problems.values():
        for p in stage_items or []:
            code = Code.parse(p.get("code", ""))
            if code is None or code in seen:
                continue
            if code in BLOCKING_CODES or (code == NO_ADDRESSES and feed_request):
                seen.add(code)
                out.append(Blocking(code, str(p.get("message", ""))))
    for name in ADDRESS_FIELDS:
        if name in uncertain_fields:
            out.append(
                Blocking(
                    NEEDS_REVIEW,
                    f"Údaj „{FIELD_LABELS_CS[name]}“ byl vytěžen nejistě; potvrďte ho, "
                    "nebo opravte.",
                    field=name,
                )
            )
    return tuple(out)


def uncertain_fields(data: Mapping[str, Any]) -> frozenset[str]:
    """Extracted fields whose provenance says *uncertain* and that no officer has confirmed
    or corrected since (``data["fields"][name]["certain"]``)."""
    prov = data.get("fields") or {}
    return frozenset(
        name for name, p in prov.items() if isinstance(p, Mapping) and p.get("certain") is False
    )


def overridable(blocking: Iterable[Blocking]) -> bool:
    return not any(b.code in NEVER_OVERRIDABLE for b in blocking)


def summary(blocking: Iterable[Blocking]) -> str:
    """One line naming the blocking problems (the command line's refusal)."""
    return ", ".join(
        dict.fromkeys(b.code if b.field is None else f"{b.code}:{b.field}" for b in blocking)
    )


# -- addresses that are never published, and those that need the non_public_ip override -----

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

NEVER_PUBLISHED: tuple[tuple[Network, str], ...] = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("0.0.0.0/8", "unspecified"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local"),
        ("224.0.0.0/4", "multicast"),
        ("255.255.255.255/32", "broadcast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fe80::/10", "link-local"),
        ("ff00::/8", "multicast"),
    )
)
"""Ranges no allow-list ever contains, whatever the decision (more specific first)."""

NEEDS_OVERRIDE: tuple[tuple[Network, str], ...] = tuple(
    (ipaddress.ip_network(net), why)
    for net, why in (
        ("10.0.0.0/8", "private"),
        ("172.16.0.0/12", "private"),
        ("192.168.0.0/16", "private"),
        ("100.64.0.0/10", "shared"),
        ("192.0.2.0/24", "documentation"),
        ("198.51.100.0/24", "documentation"),
        ("203.0.113.0/24", "documentation"),
        ("fc00::/7", "private"),
        ("2001:db8::/32", "documentation"),
    )
)
"""Non-public ranges published only when the approval overrode ``non_public_ip``; any other
address that is not global (``ipaddress``) counts as ``non-public`` too."""

REASONS_CS = {
    "unspecified": "nespecifikovaná adresa",
    "loopback": "zpětná smyčka (loopback)",
    "link-local": "linková adresa (link-local)",
    "multicast": "multicast",
    "broadcast": "všesměrová adresa (broadcast)",
    "reserved": "rezervovaná adresa",
    "private": "soukromá adresa",
    "shared": "sdílený adresní prostor (CGN)",
    "documentation": "dokumentační adresa",
    "non-public": "neveřejná adresa",
    "invalid": "neplatný zápis adresy",
}


def _network(text: str) -> Network | None:
    try:
        net = ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        return None
    if isinstance(net, ipaddress.IPv6Network) and net.prefixlen >= 96:
        mapped = net.network_address.ipv4_mapped
        if mapped is not None:  # ::ffff:a.b.c.d is judged as a.b.c.d
            return ipaddress.ip_network(f"{mapped}/{net.prefixlen - 96}", strict=False)
    return net


def never_published(address: str) -> str | None:
    """Why ``address`` (an address or a CIDR block) is never published — ``unspecified``,
    ``loopback``, ``link-local``, ``multicast``, ``broadcast``, ``reserved``, ``invalid`` — or
    None. A block overlapping such a range is left out whole."""
    net = _network(address)
    if net is None:
        return "invalid"
    for bad, why in NEVER_PUBLISHED:
        if net.version == bad.version and net.overlaps(bad):  # type: ignore[arg-type]
            return why
    return None


DOCUMENTATION: tuple[Network, ...] = tuple(
    net for net, why in NEEDS_OVERRIDE if why == "documentation"
)
"""The documentation ranges (RFC 5737, RFC 3849): public in demo mode only."""


def is_documentation(address: str) -> bool:
    """Whether ``address`` (an address or a block) lies wholly in a documentation range."""
    net = _network(address)
    return net is not None and any(
        net.version == doc.version and net.subnet_of(doc)  # type: ignore[arg-type]
        for doc in DOCUMENTATION
    )


def needs_override(address: str, *, documentation_public: bool = False) -> str | None:
    """Why ``address`` is published only with a ``non_public_ip`` override — ``private``,
    ``shared``, ``documentation``, ``non-public`` — or None for a public address.
    ``documentation_public`` (demo mode, ``Settings.demo``): the documentation ranges count
    as public, so that the demo's made-up addresses make a clean filing."""
    net = _network(address)
    if net is None:
        return "invalid"
    if documentation_public and is_documentation(address):
        return None
    for special, why in NEEDS_OVERRIDE:
        if net.version == special.version and net.overlaps(special):  # type: ignore[arg-type]
            return why
    first, last = net.network_address, net.broadcast_address
    if not (first.is_global and last.is_global):
        return "non-public"
    return None


def withheld_reason(
    address: str, *, non_public_overridden: bool, documentation_public: bool = False
) -> str | None:
    """Why the allow-list leaves ``address`` out for a filing approved with (or without) a
    ``non_public_ip`` override, or None when it is published (``documentation_public``: as
    in ``needs_override``)."""
    why = never_published(address)
    if why is not None:
        return why
    if non_public_overridden:
        return None
    return needs_override(address, documentation_public=documentation_public)
