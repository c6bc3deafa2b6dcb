"""Spam is kept, not registered, and released by an officer (vyhláška 259/2012 Sb. §9
odst. 3, checklist V13: a document without an official character is not registered; nothing
is deleted unseen).

An e-mail the operator's MTA marked as spam (``[[source]] spam_header`` with one of
``spam_values``) is stored byte-for-byte in the evidence store like every item, recorded as
*kept* (``storage.spam``), then acknowledged to its source — but it gets no registry number.
Officers see it on the page "Nevyžádaná pošta" and either release it into the registry (it is
registered with the receipt time decided when it arrived, then processed like any filing) or
mark it as not a filing (it stays kept). Both are audited with who and when.

**Whose mark counts.** Only a mark the trusted relay (``trusted_mx`` of the source) or a host
after it wrote: a header field *above* the top-most ``Received:`` header whose ``by`` host is
the trusted relay. Every relay adds its Received line at the top, so everything below the
trusted relay's line is what the message carried when it arrived there — the sender's own
headers included. Hence:

- a spam header the sender wrote himself (below that line) never diverts a message — else any
  sender could keep his own filing out of the registry (no receipt confirmation, then claim
  the office ignored it);
- nor can a sender escape the mark: a ``X-Spam-Flag: NO`` of his own below the line is not
  read, and any trusted field with a spam value is enough, whatever else the message says;
- a sender cannot forge the trusted relay's line above the real one (the relay's comes first);
- without ``trusted_mx`` no header can be told apart from the sender's, so nothing is diverted:
  every message is registered. The same holds when the relay appends its header at the
  *bottom* of the header section — configure it to insert the header at the top;
- data messages (ISDS) carry no such header and are never diverted; messages brought in by
  hand (``podatelna import``) are an officer's deliberate act and are always registered.

The decision (``spam_mark``) is a pure function of the stored bytes and the source's rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from intake.config import CampaignConfig
from intake.content.text import html_to_text
from intake.events import Event, EventBus
from intake.model import Channel, ComponentRole, ParsedMessage, State
from intake.pipeline import parse
from mail.headers import fields_above_received
from storage import registry
from storage import spam as store

HEADER = "X-Spam-Flag"
"""The default ``spam_header`` (SpamAssassin's)."""
VALUES = ("YES",)
"""The default ``spam_values``."""
PREVIEW_CHARS = 400
"""How much of a kept message's text the officers' list shows."""
_VALUE_ENDS = ",; \t"


@dataclass(frozen=True)
class SpamRule:
    """A source's spam settings: the header its trusted relay writes and the values that
    mean spam (compared without case)."""

    trusted_mx: str | None
    """The relay whose mark is believed; None: no mark is (nothing is diverted)."""
    header: str = HEADER
    values: tuple[str, ...] = VALUES


@dataclass(frozen=True)
class SpamMark:
    """The trusted mark that diverted a message."""

    header: str
    value: str
    relay: str

    def to_meta(self) -> dict[str, str]:
        return {"header": self.header, "value": self.value[:200], "relay": self.relay}


def value_is_spam(value: str, values: tuple[str, ...]) -> bool:
    """Whether a header value is one of ``values`` (without case), alone or followed by a
    comma, semicolon or space (``Yes, score=7.1``)."""
    v = value.strip().casefold()
    for want in values:
        w = want.strip().casefold()
        if w and (v == w or (v.startswith(w) and v[len(w)] in _VALUE_ENDS)):
            return True
    return False


def spam_mark(raw: bytes, channel: Channel, rule: SpamRule | None) -> SpamMark | None:
    """The trusted spam mark of a stored e-mail (see the module docstring), else None."""
    if rule is None or channel is not Channel.EMAIL or not rule.trusted_mx or not rule.values:
        return None
    fields = fields_above_received(raw, rule.trusted_mx)
    name = rule.header.strip().lower()
    for key, value in fields or ():
        if key.strip().lower() == name and value_is_spam(value, rule.values):
            return SpamMark(key.strip(), value.strip(), rule.trusted_mx)
    return None


@dataclass(frozen=True)
class Summary:
    """What the officers' list shows of a kept message."""

    sender: str
    subject: str
    preview: str


def _text(parsed: ParsedMessage) -> str:
    for role in (ComponentRole.BODY_TEXT, ComponentRole.BODY_HTML):
        for c in parsed.components:
            if c.role is role and c.text:
                return c.text if role is ComponentRole.BODY_TEXT else html_to_text(c.text)
    return ""


def summary(raw: bytes, channel: Channel) -> Summary:
    """Sender, subject and the beginning of the text (as plain text, whitespace collapsed)."""
    parsed = parse(raw, channel)
    text = " ".join(_text(parsed).split())
    if len(text) > PREVIEW_CHARS:
        text = text[:PREVIEW_CHARS].rstrip() + "…"
    who = parsed.sender
    if parsed.sender_name and parsed.sender_name != parsed.sender:
        who = f"{parsed.sender_name} <{parsed.sender}>" if parsed.sender else parsed.sender_name
    return Summary(who, parsed.subject, text)


def release(
    session: Session,
    events: EventBus,
    campaign: CampaignConfig,
    spam_id: int,
    *,
    actor: str,
    at: datetime,
) -> registry.Registered:
    """Release kept message ``spam_id`` into the registry in the caller's transaction (see
    ``storage.spam.release``); the new filing then goes through the pipeline like any other.
    Raises NotFound or UsageError (released already)."""
    reg = store.release(
        session,
        spam_id,
        actor=actor,
        at=at,
        number_format=campaign.registry_format,
        tz=campaign.tz,
    )
    if reg.created:
        events.emit(
            session,
            Event("received", reg.submission, new_state=State.RECEIVED.value, actor=actor),
        )
    return reg
