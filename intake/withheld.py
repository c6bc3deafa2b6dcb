"""Messages registered without their full content (NSESSS 2.1.7: a message may be refused for
its size, but its sender and date are always recorded; vyhláška 259/2012 §4 odst. 2–3).

A source that meets a message over its ``max_size`` yields a ``RawItem`` with ``withheld`` set
and only what it could keep (an e-mail's header section, nothing of a data message). The
service stores a *rendition* instead of the original — the kept headers and a text stating the
reason — and registers it like any other item; the pipeline then records the problem
``too_large`` (a defect: the sender gets a defect notice) instead of checking, verifying and
extracting content it does not have. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from intake.model import (
    Channel,
    Code,
    Component,
    ComponentRole,
    ParsedMessage,
    Problem,
    RawItem,
    Withheld,
    WithheldReason,
)
from intake.pipeline import CheckResult, ComponentInfo, parse

HEADER_LIMIT = 64 * 1024
"""Most bytes of an e-mail's header section kept for a withheld message."""
META_KEY = "withheld"
"""The key of ``Submission.meta`` that marks a withheld submission."""
RENDITION_NAME = "zprava-neprijata.txt"
_MIME_HEADERS = frozenset(
    {
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
        "content-description",
    }
)
ENVELOPE_KEYS = ("dmID", "dbIDSender", "dmSender", "dmAnnotation", "dmDeliveryTime")


def header_section(data: bytes, limit: int = HEADER_LIMIT) -> bytes:
    """The header section of an RFC 822 message (up to its first empty line), at most
    ``limit`` bytes, cut at a line end."""
    head = data[:limit]
    ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
    if ends:
        return head[: min(ends)] + b"\r\n"
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut >= 0 else b""


def _kept_header_lines(headers: bytes) -> list[bytes]:
    """The header lines of ``headers`` without the MIME structure headers (they described a
    body the rendition does not have); folded continuation lines stay with their header."""
    out: list[bytes] = []
    dropping = False
    for line in headers.splitlines():
        if not line.strip():
            continue
        if line[:1] in (b" ", b"\t"):
            if not dropping and out:
                out.append(line)
            continue
        name = line.split(b":", 1)[0].strip().decode("ascii", "replace").lower()
        dropping = name in _MIME_HEADERS or ":" not in line.decode("ascii", "replace")
        if not dropping:
            out.append(line)
    return out


def _bytes_cs(n: int | None) -> str:
    return "neznámé" if n is None else f"{n:,}".replace(",", " ") + " B"


def reason_text(withheld: Withheld, source: str) -> str:
    """The rendition's statement of why the content is missing (Czech: officers read it)."""
    if withheld.reason is WithheldReason.TOO_LARGE:
        why = (
            f"velikost zprávy ({_bytes_cs(withheld.size)}) překračuje nejvyšší povolenou "
            f"velikost zdroje {source} ({_bytes_cs(withheld.limit)})"
        )
    else:  # pragma: no cover - one member today; a new one must say its own reason
        why = withheld.reason.value
    return (
        f"Zpráva nebyla přijata celá: {why}.\n"
        "Podatelna zaevidovala odesílatele, čas doručení, předmět a identifikátor zprávy z "
        "údajů, které byly k dispozici; původní zpráva zůstala u zdroje (karanténa poštovní "
        "schránky, složka quarantine, resp. datová schránka).\n"
    )


def rendition(item: RawItem) -> bytes:
    """What the evidence store keeps of a withheld item: for an e-mail an RFC 822 message of
    its original headers with a plain-text body stating the reason, for a data message a text
    document with the reason and the facts of the ISDS listing."""
    assert item.withheld is not None
    text = reason_text(item.withheld, item.source)
    if item.channel is Channel.EMAIL:
        lines = _kept_header_lines(header_section(item.data))
        lines += [
            b"MIME-Version: 1.0",
            b"Content-Type: text/plain; charset=utf-8",
            b"Content-Transfer-Encoding: 8bit",
            b"X-Podatelna-Withheld: " + item.withheld.reason.value.encode(),
        ]
        return b"\r\n".join(lines) + b"\r\n\r\n" + text.replace("\n", "\r\n").encode("utf-8")
    facts = "".join(f"{k}: {v}\n" for k, v in sorted(item.metadata.items()))
    return (text + "\nÚdaje ze seznamu doručených zpráv:\n" + facts).encode("utf-8")


def withheld_meta(withheld: Withheld) -> dict[str, Any]:
    """What ``Submission.meta[META_KEY]`` records."""
    return {"reason": withheld.reason.value, "size": withheld.size, "limit": withheld.limit}


def is_withheld(meta: Mapping[str, Any]) -> bool:
    return bool(meta.get(META_KEY))


def _problem(meta: Mapping[str, Any]) -> Problem:
    w = meta.get(META_KEY) or {}
    return Problem(
        Code.TOO_LARGE,
        f"Zpráva o velikosti {_bytes_cs(w.get('size'))} překračuje nejvyšší povolenou velikost "
        f"{_bytes_cs(w.get('limit'))}; zaevidována bez obsahu.",
    )


def _parsed(raw: bytes, channel: Channel, meta: Mapping[str, Any]) -> ParsedMessage:
    if channel is Channel.EMAIL:
        return parse(raw, channel)
    text = raw.decode("utf-8", "replace")
    return ParsedMessage(
        channel=channel,
        subject=str(meta.get("dmAnnotation") or ""),
        sender=str(meta.get("dbIDSender") or ""),
        sender_name=str(meta.get("dmSender") or ""),
        envelope={k: str(meta[k]) for k in ENVELOPE_KEYS if meta.get(k)},
        components=(
            Component(
                RENDITION_NAME, ComponentRole.BODY_TEXT, raw, "text/plain", None, "utf-8", text
            ),
        ),
    )


def check_withheld(raw: bytes, channel: Channel, meta: Mapping[str, Any]) -> CheckResult:
    """The check stage of a withheld submission: its rendition as the one component, the
    envelope facts from the kept headers (or the ISDS listing), and the problem ``too_large``."""
    parsed = _parsed(raw, channel, meta)
    problem = _problem(meta)
    infos = tuple(
        ComponentInfo(
            name=RENDITION_NAME if c.role is ComponentRole.BODY_TEXT else c.name,
            role=c.role.value,
            data=c.data,
            declared_type=c.declared_type,
            detected_type="text/plain",
            problem=Code.TOO_LARGE.value,
            detail="rendition: the original exceeded the size limit",
        )
        for c in parsed.components
    )
    return CheckResult(parsed, infos, (*parsed.problems, problem))
