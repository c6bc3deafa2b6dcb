"""Header access that survives broken input: raw 8-bit bytes, bad RFC 2047, unparsable dates.
Also the ``Received:`` logic behind the trusted filing time. Pure functions; never raise."""

from __future__ import annotations

import email.policy
import functools
import re
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.headerregistry import HeaderRegistry, UnstructuredHeader
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from mail.charsets import decode_header_bytes

_POLICY = email.policy.default
_FOLD = re.compile(r"\r?\n")
_LINESEP = re.compile(r"\r\n|\r|\n")
"""What ``email.policy.EmailPolicy.header_fetch_parse`` removes from a value before parsing."""
CACHED_HEADER_CHARS = 1000
"""Longer header values are parsed at every access, not remembered."""


_FACTORY = _POLICY.header_factory
_REGISTRY = _FACTORY if isinstance(_FACTORY, HeaderRegistry) else HeaderRegistry()
"""The header classes ``email.policy.default`` parses with (its factory is a registry)."""


@functools.lru_cache(maxsize=128)
def _header_class(lowered: str) -> Any:
    """``_REGISTRY[lowered]``, built once: the registry's ``__getitem__`` builds the same
    class anew at every call (``HeaderRegistry.__call__`` is ``self[name](name, value)``),
    about a tenth of the cost of parsing a short header."""
    return _REGISTRY[lowered]


def _header(name: str, value: str) -> Any:
    """What ``_POLICY.header_factory(name, value)`` gives."""
    return _header_class(name.lower())(name, value)


@functools.lru_cache(maxsize=256)
def _structured(name: str, value: str) -> Any:
    return _header(name, value)


def structured(name: str, value: str) -> Any:
    """``email.policy.default``'s header object for ``name: value``, the same object for the
    same pair while it stays among the recently parsed: the stdlib parses a header anew at
    every access (a part's Content-Type about a dozen times while it is parsed and walked).
    Header objects are immutable strings with a parse tree; raises what the factory raises."""
    if len(value) > CACHED_HEADER_CHARS:
        return _header(name, value)
    return _structured(name, value)


class ParsePolicy(email.policy.EmailPolicy):
    """``email.policy.default`` with the header fetch going through ``structured``: the same
    header objects, parsed once per distinct value instead of at every access."""

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):  # already a header object (set by assignment)
            return value
        if "\n" in value or "\r" in value:
            value = "".join(_LINESEP.split(value))
        return structured(name, value)


PARSE_POLICY = ParsePolicy()
"""The policy received messages are parsed with (``mail.lean``)."""
_BY = re.compile(r"(?:^|[\s;)])by\s+([^\s;()]+)", re.IGNORECASE)


def _unfolded(value: Any) -> str:
    """A raw header value (a str, or a header object) decoded and with its line breaks gone."""
    text = decode_header_bytes(str(value))
    return _FOLD.sub("", text) if "\n" in text else text


def raw_value(msg: Message, name: str) -> str | None:
    """The first header ``name`` as it was received, unfolded, 8-bit bytes decoded."""
    want = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == want:
            return _unfolded(value)
    return None


def raw_values(msg: Message, name: str) -> list[str]:
    want = name.lower()
    return [_unfolded(value) for key, value in msg.raw_items() if key.lower() == want]


def parsed(name: str, value: str) -> Any | None:
    """``email.policy.default``'s structured header for a raw value, or None if it chokes."""
    try:
        return structured(name, value)
    except Exception:
        return None


def _verbatim(name: str, value: str) -> bool:
    """Whether ``str(structured(name, value))`` is ``value`` itself, known without parsing:
    an unstructured header (Subject, Received, References … any name the registry gives no
    structure) with no encoded word and no surrogate escape. The stdlib's unstructured
    parser cuts such a value into whitespace and text tokens that join back to the value;
    only an ``=?`` starts decoding and only a surrogate is replaced."""
    kind = _REGISTRY.registry.get(name.lower(), _REGISTRY.default_class)
    if not issubclass(kind, UnstructuredHeader) or "=?" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def first_values(msg: Message) -> dict[str, str]:
    """Each header's first value as ``raw_value`` gives it, keyed by the lower-cased name:
    one pass over the header fields for a caller reading many names (``raw_value`` walks
    them all at every call)."""
    out: dict[str, str] = {}
    for key, value in msg.raw_items():
        want = key.lower()
        if want not in out:
            out[want] = _unfolded(value)
    return out


def text_value(msg: Message, name: str) -> str:
    """A header as display text (RFC 2047 decoded), '' when absent."""
    return display_text(name, raw_value(msg, name))


_DOT_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_PLAIN_MESSAGE_ID = re.compile(rf"[ \t]*(<{_DOT_ATOM}@{_DOT_ATOM}>)[ \t]*")
"""A Message-ID of dot atoms, no comment, no quoting, no domain literal: the stdlib's
parse (``parse_message_id``) gives its tokens back joined, the spaces around stripped."""


def _date_or_id_text(name: str, raw: str) -> str | None:
    """``str(structured(name, raw)).strip()`` for the two parsed headers nearly every mail
    has, known without the stdlib's token parse; None when only that parse can tell.
    ``DateHeader`` is the string ``format_datetime(parsedate_to_datetime(raw))`` (its
    parse tree, the costly part, is built from that string afterwards); any error goes to
    the parse, which meets the same error."""
    lowered = name.lower()
    if lowered == "date":
        try:
            return format_datetime(parsedate_to_datetime(raw))
        except Exception:
            return None
    if lowered == "message-id":
        plain = _PLAIN_MESSAGE_ID.fullmatch(raw)
        return plain.group(1) if plain else None
    return None


def display_text(name: str, raw: str | None) -> str:
    """The display text (RFC 2047 decoded) of header ``name`` with the value ``raw`` (as
    ``raw_value`` gives it), '' for None."""
    if raw is None:
        return ""
    if _verbatim(name, raw):  # what the parse below would give, at a fraction of its cost
        return raw.strip()
    known = _date_or_id_text(name, raw)
    if known is not None:
        return known
    header = parsed(name, raw)
    if header is not None:
        return str(header).strip()
    try:
        return str(make_header(decode_header(raw))).strip()
    except Exception:
        return raw.strip()


def date_value(value: str | None) -> datetime | None:
    """An RFC 5322 date as an aware datetime (``-0000`` and zone-less dates read as UTC)."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def header_block(raw: bytes) -> bytes:
    """The header section of a raw message (up to the first empty line)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(sep)
        if end >= 0:
            return raw[: end + len(sep)]
    return raw


def received_by(value: str) -> str | None:
    """The host named in the ``by`` clause of a Received header."""
    m = _BY.search(value)
    return m.group(1).strip().rstrip(".").lower() if m else None


def received_date(value: str) -> datetime | None:
    """The date after the last ';' of a Received header."""
    if ";" not in value:
        return None
    return date_value(value.rsplit(";", 1)[1])


def top_received(raw: bytes, trusted_mx: str | None) -> str | None:
    """The top-most Received header added by ``trusted_mx`` (its ``by`` host, compared without
    case); with ``trusted_mx`` None, the top-most Received header. None when there is none."""
    try:
        msg = BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_block(raw))
    except Exception:
        return None
    want = trusted_mx.strip().rstrip(".").lower() if trusted_mx else None
    for value in raw_values(msg, "Received"):
        if want is None or received_by(value) == want:
            return value
    return None


def receipt_time(raw: bytes, trusted_mx: str | None) -> datetime | None:
    """Date of the top Received header added by ``trusted_mx`` (see :func:`top_received`)."""
    value = top_received(raw, trusted_mx)
    return received_date(value) if value else None


def fields_above_received(raw: bytes, relay: str) -> list[tuple[str, str]] | None:
    """The header fields (name, unfolded value) above the top-most ``Received:`` header added
    by ``relay`` (its ``by`` host, compared without case), in message order — the fields
    written after the message reached that relay, never by the sender. None when no
    Received header names ``relay``."""
    try:
        msg = BytesHeaderParser(policy=email.policy.compat32).parsebytes(header_block(raw))
    except Exception:
        return None
    want = relay.strip().rstrip(".").lower()
    above: list[tuple[str, str]] = []
    for key, value in msg.raw_items():
        text = _unfolded(value)
        if key.lower() == "received" and received_by(text) == want:
            return above
        above.append((key, text))
    return None
