"""Renderers of one allow-list version for one profile: JSON, plain text, nginx include,
nftables script, ``ipset restore`` input, HAProxy ACL file.

Only addresses (canonical text from ``ipaddress``) and registry numbers reach the
configuration formats; organisation names (applicant-supplied text) appear in JSON only."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from intake.feed.profiles import ROLES
from intake.gate import never_published


class Format(StrEnum):
    """A rendering of the allow-list (``REGISTRY`` holds each one's media type and renderer)."""

    JSON = "json"
    TEXT = "text"
    NGINX = "nginx"
    NFTABLES = "nftables"
    IPSET = "ipset"
    HAPROXY = "haproxy"

    @classmethod
    def parse(cls, value: str) -> Format:
        """The member named ``value``; ``ValueError`` listing the valid names otherwise."""
        try:
            return cls(value)
        except ValueError:
            raise ValueError(f"unknown format {value!r}; use one of {FORMATS_HELP}") from None


FORMATS_HELP = ", ".join(Format)
"""The valid format names, for help texts and error messages."""
NFT_TABLE = "podatelna"
NFT_SETS = {4: "media_v4", 6: "media_v6"}
IPSET_NAMES = {4: "podatelna-v4", 6: "podatelna-v6"}
_SAFE_REF = re.compile(r"[^A-Za-z0-9/_.\-]")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class Entry:
    address: str
    role: str
    organisation: str
    registry_number: str

    def as_dict(self) -> dict[str, str]:
        return {
            "address": self.address,
            "role": self.role,
            "organisation": self.organisation,
            "registry_number": self.registry_number,
        }


@dataclass(frozen=True)
class ListView:
    """One version seen through one profile."""

    version: int
    profile: str
    created_at: datetime
    entries: tuple[Entry, ...]

    @classmethod
    def of(
        cls, version: int, profile: str, created_at: datetime, entries: Sequence[dict[str, Any]]
    ) -> ListView:
        roles = ROLES[profile]
        chosen = tuple(
            Entry(
                address=str(e["address"]),
                role=str(e["role"]),
                organisation=str(e.get("organisation") or ""),
                registry_number=str(e.get("registry_number") or ""),
            )
            for e in entries
            # never-published addresses stay out even of versions written before the gate
            if e["role"] in roles and never_published(str(e["address"])) is None
        )
        return cls(version, profile, created_at, chosen)

    def networks(self) -> list[tuple[Network, list[str]]]:
        """Distinct networks (a single address is a /32 or /128) with their registry numbers,
        IPv4 first, in address order."""
        found: dict[Network, list[str]] = {}
        for e in self.entries:
            net = ipaddress.ip_network(e.address, strict=False)
            refs = found.setdefault(net, [])
            ref = _SAFE_REF.sub("", e.registry_number)
            if ref and ref not in refs:
                refs.append(ref)
        return sorted(found.items(), key=lambda kv: (kv[0].version, kv[0]))

    def header(self) -> str:
        at = self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f"# podatelna allow-list version {self.version} profile {self.profile} made {at}\n"


def _addr(net: Network) -> str:
    return str(net.network_address) if net.prefixlen == net.max_prefixlen else str(net)


def _comment(refs: list[str]) -> str:
    return f"  # {' '.join(refs)}" if refs else ""


def render_json(view: ListView) -> str:
    doc = {
        "version": view.version,
        "profile": view.profile,
        "created_at": view.created_at.astimezone(UTC).isoformat(),
        "addresses": [_addr(n) for n, _ in view.networks()],
        "entries": [e.as_dict() for e in view.entries],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def render_text(view: ListView) -> str:
    return "".join(f"{_addr(n)}\n" for n, _ in view.networks())


def render_nginx(view: ListView) -> str:
    lines = [f"allow {_addr(n)};{_comment(refs)}\n" for n, refs in view.networks()]
    return view.header() + "".join(lines) + "deny all;\n"


def render_nftables(view: ListView) -> str:
    """``nft -f`` script: (re)fills two named interval sets in one kernel transaction; the
    rules (``ip saddr @media_v4 accept``) are the administrator's."""
    out = [view.header(), f"table inet {NFT_TABLE} {{\n"]
    for fam, name in NFT_SETS.items():
        kind = "ipv4_addr" if fam == 4 else "ipv6_addr"
        out.append(f"\tset {name} {{ type {kind}; flags interval; }}\n")
    out.append("}\n")
    nets = view.networks()
    for fam, name in NFT_SETS.items():
        out.append(f"flush set inet {NFT_TABLE} {name}\n")
        elems = [_addr(n) for n, _ in nets if n.version == fam]
        if elems:
            out.append(f"add element inet {NFT_TABLE} {name} {{ {', '.join(elems)} }}\n")
    return "".join(out)


def render_ipset(view: ListView) -> str:
    """``ipset restore`` input: fill a temporary set, swap it with the live one, drop it."""
    out = [view.header()]
    nets = view.networks()
    for fam, name in IPSET_NAMES.items():
        family = "inet" if fam == 4 else "inet6"
        tmp = f"{name}-new"
        out.append(f"create {name} hash:net family {family} -exist\n")
        out.append(f"create {tmp} hash:net family {family} -exist\n")
        out.append(f"flush {tmp}\n")
        out.extend(f"add {tmp} {_addr(n)}\n" for n, _ in nets if n.version == fam)
        out.append(f"swap {tmp} {name}\n")
        out.append(f"destroy {tmp}\n")
    return "".join(out)


def render_haproxy(view: ListView) -> str:
    """An ACL file for ``acl media src -f FILE`` (one address or network a line)."""
    return view.header() + "".join(f"{_addr(n)}\n" for n, _ in view.networks())


@dataclass(frozen=True)
class Rendering:
    media_type: str
    render: Callable[[ListView], str]


_TEXT = "text/plain; charset=utf-8"
REGISTRY: dict[Format, Rendering] = {
    Format.JSON: Rendering("application/json", render_json),
    Format.TEXT: Rendering(_TEXT, render_text),
    Format.NGINX: Rendering(_TEXT, render_nginx),
    Format.NFTABLES: Rendering(_TEXT, render_nftables),
    Format.IPSET: Rendering(_TEXT, render_ipset),
    Format.HAPROXY: Rendering(_TEXT, render_haproxy),
}
"""Every ``Format``'s media type and renderer (a test checks each member has a row)."""


def render(view: ListView, fmt: Format) -> bytes:
    return REGISTRY[fmt].render(view).encode("utf-8")


def trusted_comment(view: ListView, fmt: Format) -> str:
    """What the signature binds besides the bytes: version, time, profile and format (so a
    ``test`` list cannot be passed off as ``live``, nor an old one as new)."""
    ts = int(view.created_at.timestamp())
    return f"timestamp:{ts}\tversion:{view.version}\tprofile:{view.profile}\tformat:{fmt}"
