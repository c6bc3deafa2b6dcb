"""Pure rules: whom a notice goes to, by which channel, and when an automatic confirmation
must not be sent at all (RFC 3834: no replies to bounces, auto-replies, lists, ourselves)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import getaddresses
from typing import Any

DATABOX_ID = re.compile(r"^[a-z0-9]{7}$")
EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
BOUNCE_LOCALPARTS = (
    "mailer-daemon",
    "postmaster",
    "noreply",
    "no-reply",
    "do-not-reply",
    "donotreply",
    "bounce",
    "bounces",
)


@dataclass(frozen=True)
class Route:
    channel: str
    """``databox`` | ``email`` | ``undeliverable``"""
    recipient: str


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return str(value)
    return None


def email_address(value: str) -> str:
    """The bare, lower-cased address of a From-style header value ('' when none)."""
    pairs = getaddresses([value or ""])
    for _name, addr in pairs:
        addr = addr.strip().lower()
        if EMAIL.match(addr):
            return addr
    return ""


def suppression_reason(
    headers: Mapping[str, Any], sender: str, own_addresses: Iterable[str]
) -> str | None:
    """Why an automatic confirmation to this message's sender must not be sent, or None.

    RFC 3834 §2: no automatic response to a message with ``Auto-Submitted`` other than
    ``no``, to delivery reports (empty Return-Path, MAILER-DAEMON), to mailing-list or bulk
    traffic (``List-Id``, ``List-Unsubscribe``, ``Precedence: bulk/junk/list``), to vacation
    responders (``X-Autoreply``, ``X-Autorespond``) or to our own address (loop).
    ``X-Auto-Response-Suppress`` alone is not honoured: the confirmation is a legal duty
    (vyhláška 259/2012 §4(8)), and ordinary client software sets that header too."""
    auto = _header(headers, "Auto-Submitted")
    if auto is not None and auto.strip().lower().split(";")[0].strip() not in ("", "no"):
        return f"Auto-Submitted: {auto.strip()[:60]}"
    for name in ("X-Autoreply", "X-Autorespond"):
        if _header(headers, name) is not None:
            return f"{name} header"
    precedence = (_header(headers, "Precedence") or "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return f"Precedence: {precedence}"
    for name in ("List-Id", "List-Unsubscribe"):
        if _header(headers, name) is not None:
            return f"mailing list or bulk mail ({name})"
    return_path = _header(headers, "Return-Path")
    if return_path is not None and return_path.strip() in ("", "<>"):
        return "bounce (empty Return-Path)"
    addr = email_address(sender)
    if not addr:
        return "no sender address"
    local = addr.split("@", 1)[0]
    if local in BOUNCE_LOCALPARTS or local.startswith("owner-") or local.endswith("-request"):
        return f"automated sender ({local})"
    own = {a.strip().lower() for a in own_addresses if a}
    if addr in own:
        return "our own address"
    content_type = (_header(headers, "Content-Type") or "").lower()
    if "multipart/report" in content_type:
        return "delivery or disposition report"
    return None


def databox_of(
    submission_meta: Mapping[str, Any], application: Mapping[str, Any] | None
) -> str | None:
    """The applicant's data-box ID: the sending box of a data message, else the box the
    application names."""
    envelope = submission_meta.get("envelope") or {}
    box = str(envelope.get("dbIDSender") or "").strip().lower()
    if DATABOX_ID.match(box):
        return box
    org = (application or {}).get("organization") or {}
    box = str(org.get("databox_id") or "").strip().lower()
    return box if DATABOX_ID.match(box) else None


def email_of(sender: str, application: Mapping[str, Any] | None) -> str | None:
    """The applicant's e-mail address: the contact the application names, else the sender."""
    contact = (application or {}).get("contact") or {}
    for candidate in (str(contact.get("email") or ""), sender):
        addr = email_address(candidate)
        if addr:
            return addr
    return None


def route(
    submission_meta: Mapping[str, Any],
    sender: str,
    application: Mapping[str, Any] | None,
    *,
    databox_enabled: bool,
    email_enabled: bool,
    own_box: str | None = None,
) -> Route:
    """Data box when known (zákon 300/2008 §17), else e-mail, else undeliverable."""
    box = databox_of(submission_meta, application)
    if box and databox_enabled and box != own_box:
        return Route("databox", box)
    addr = email_of(sender, application)
    if addr and email_enabled:
        return Route("email", addr)
    return Route("undeliverable", box or addr or "")


def receipt_route(channel: str, sender: str, *, email_enabled: bool) -> Route | None:
    """Where the confirmation of receipt goes: to the e-mail sender (vyhláška 259/2012 §4(8)).
    A data message gets none from us — ISDS itself issues the delivery note (§4(9))."""
    if channel != "email":
        return None
    addr = email_address(sender)
    if not addr or not email_enabled:
        return Route("undeliverable", addr)
    return Route("email", addr)
