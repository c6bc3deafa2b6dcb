"""The trusted receipt time of one item, decided once at registration. Pure; never raises.

The item's *arrival* is what the source itself witnessed: IMAP INTERNALDATE, the ISDS
``dmDeliveryTime``, or — for the drop folder and anything without a time of its own — the
moment podatelna registers it. A ``Received:`` header may move the receipt time earlier only
when the relay that added it is the one the operator named for that source (``trusted_mx``)
and its date lies within sane bounds of the arrival: not after it, and at most
``max_receipt_skew`` before it. Everything else (a back-dated header, a header from any other
host, a data message's own claims) leaves the arrival as the receipt time. The decision is a
``Receipt``: the time, the basis and the reason, kept with the filing and shown to the officer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from intake.model import Channel
from mail.headers import received_date, top_received


class ArrivalKind(StrEnum):
    """Which witness gave an item's arrival time."""

    IMAP_INTERNALDATE = "imap_internaldate"
    ISDS_DELIVERY = "isds_delivery"
    """``dmDeliveryTime`` as ISDS reported and sealed it."""
    REGISTRATION = "registration"
    """The moment podatelna registered the item (drop folder, manual import)."""
    SOURCE = "source"
    """A time given by a source podatelna has no settings for."""


class ReceiptBasis(StrEnum):
    TRUSTED_RELAY = "trusted_relay"
    """The date of the ``Received:`` header added by the source's trusted relay."""
    ARRIVAL = "arrival"


class ReceiptReason(StrEnum):
    """Why the basis was chosen (a closed set: the detail page words each one)."""

    TRUSTED_RELAY = "trusted_relay"
    NOT_EMAIL = "not_email"
    """A data message: no relay headers; its arrival is the receipt."""
    NO_TRUSTED_MX = "no_trusted_mx"
    NO_RECEIVED = "no_received"
    UNTRUSTED_RELAY = "untrusted_relay"
    UNREADABLE_DATE = "unreadable_date"
    AFTER_ARRIVAL = "after_arrival"
    TOO_OLD = "too_old"
    UNREADABLE_HEADERS = "unreadable_headers"


DEFAULT_MAX_SKEW = timedelta(hours=24)


@dataclass(frozen=True)
class ReceiptPolicy:
    """One source's receipt settings (``[[source]]`` ``trusted_mx``, ``max_receipt_skew``)."""

    trusted_mx: str | None = None
    max_skew: timedelta = DEFAULT_MAX_SKEW
    arrival: ArrivalKind = ArrivalKind.SOURCE
    """What the source's own item time is (when it gives one; else: the registration)."""


@dataclass(frozen=True)
class Arrival:
    at: datetime
    """Aware."""
    kind: ArrivalKind


@dataclass(frozen=True)
class RelayHeaders:
    """What an item's ``Received:`` headers say about the trusted relay."""

    top: str | None = None
    """The top-most ``Received:`` header (any host)."""
    trusted: str | None = None
    """The top-most ``Received:`` header added by the trusted relay."""
    trusted_date: datetime | None = None


@dataclass(frozen=True)
class Receipt:
    """The decided receipt time with its basis and reason."""

    at: datetime
    basis: ReceiptBasis
    reason: ReceiptReason
    arrival: Arrival
    max_skew: timedelta
    relay: str | None = None
    """The source's trusted relay (``trusted_mx``), when it names one."""
    relay_time: datetime | None = None
    """The date of that relay's ``Received:`` header, when there is a readable one."""

    def to_meta(self) -> dict[str, Any]:
        """JSON for the filing's meta and its registration audit entry."""
        return {
            "at": self.at.astimezone(UTC).isoformat(),
            "basis": self.basis.value,
            "reason": self.reason.value,
            "arrival": self.arrival.at.astimezone(UTC).isoformat(),
            "arrival_kind": self.arrival.kind.value,
            "max_skew_seconds": int(self.max_skew.total_seconds()),
            "relay": self.relay,
            "relay_time": self.relay_time.astimezone(UTC).isoformat() if self.relay_time else None,
        }

    @classmethod
    def from_meta(cls, data: object) -> Receipt | None:
        """A stored receipt read back; None when absent or not in this shape (older filings)."""
        if not isinstance(data, dict):
            return None
        try:
            relay_time = data.get("relay_time")
            return cls(
                at=datetime.fromisoformat(data["at"]),
                basis=ReceiptBasis(data["basis"]),
                reason=ReceiptReason(data["reason"]),
                arrival=Arrival(
                    datetime.fromisoformat(data["arrival"]), ArrivalKind(data["arrival_kind"])
                ),
                max_skew=timedelta(seconds=int(data["max_skew_seconds"])),
                relay=data.get("relay") or None,
                relay_time=datetime.fromisoformat(relay_time) if relay_time else None,
            )
        except (KeyError, TypeError, ValueError):
            return None


def relay_headers(raw: bytes, trusted_mx: str | None) -> RelayHeaders:
    """The ``Received:`` facts of a raw e-mail for ``trusted_mx``."""
    trusted = top_received(raw, trusted_mx) if trusted_mx else None
    return RelayHeaders(
        top=top_received(raw, None),
        trusted=trusted,
        trusted_date=received_date(trusted) if trusted else None,
    )


def decide(
    channel: Channel, headers: RelayHeaders, arrival: Arrival, policy: ReceiptPolicy
) -> Receipt:
    """The receipt time of one item: the trusted relay's ``Received:`` date when it lies in
    [arrival − max_skew, arrival], else the arrival — with the reason either way."""

    def at_arrival(reason: ReceiptReason) -> Receipt:
        return Receipt(
            arrival.at,
            ReceiptBasis.ARRIVAL,
            reason,
            arrival,
            policy.max_skew,
            relay=policy.trusted_mx,
            relay_time=headers.trusted_date,
        )

    if channel is not Channel.EMAIL:
        return at_arrival(ReceiptReason.NOT_EMAIL)
    if not policy.trusted_mx:
        return at_arrival(ReceiptReason.NO_TRUSTED_MX)
    if headers.trusted is None:
        return at_arrival(
            ReceiptReason.UNTRUSTED_RELAY if headers.top else ReceiptReason.NO_RECEIVED
        )
    when = headers.trusted_date
    if when is None:
        return at_arrival(ReceiptReason.UNREADABLE_DATE)
    if when > arrival.at:
        return at_arrival(ReceiptReason.AFTER_ARRIVAL)
    if arrival.at - when > policy.max_skew:
        return at_arrival(ReceiptReason.TOO_OLD)
    return Receipt(
        when.astimezone(UTC),
        ReceiptBasis.TRUSTED_RELAY,
        ReceiptReason.TRUSTED_RELAY,
        arrival,
        policy.max_skew,
        relay=policy.trusted_mx,
        relay_time=when,
    )


def receipt_of(raw: bytes, channel: Channel, arrival: Arrival, policy: ReceiptPolicy) -> Receipt:
    """``decide`` for a stored item's bytes (only an e-mail's headers are read)."""
    headers = relay_headers(raw, policy.trusted_mx) if channel is Channel.EMAIL else RelayHeaders()
    return decide(channel, headers, arrival, policy)


def unreadable(arrival: Arrival, policy: ReceiptPolicy) -> Receipt:
    """The receipt when the item's headers could not be read at all: its arrival."""
    return Receipt(
        arrival.at,
        ReceiptBasis.ARRIVAL,
        ReceiptReason.UNREADABLE_HEADERS,
        arrival,
        policy.max_skew,
        relay=policy.trusted_mx,
    )
