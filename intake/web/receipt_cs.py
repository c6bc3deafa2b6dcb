"""The officer's sentence on how a filing's receipt time was decided (``intake.receipt``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from intake.receipt import ArrivalKind, Receipt, ReceiptReason

ARRIVAL_CS = {
    ArrivalKind.IMAP_INTERNALDATE: "podle času uložení do poštovní schránky (IMAP INTERNALDATE)",
    ArrivalKind.ISDS_DELIVERY: "podle času dodání do datové schránky (dmDeliveryTime)",
    ArrivalKind.REGISTRATION: "podle času zaevidování",
    ArrivalKind.SOURCE: "podle času přijetí, který uvedl zdroj",
}

# (singular nominative, singular accusative, 2–4, 5 and more)
_UNITS = (
    (86400, ("den", "den", "dny", "dní")),
    (3600, ("hodina", "hodinu", "hodiny", "hodin")),
    (60, ("minuta", "minutu", "minuty", "minut")),
    (1, ("sekunda", "sekundu", "sekundy", "sekund")),
)


def _count(n: int, forms: tuple[str, str, str, str], accusative: bool) -> str:
    if n == 1:
        return f"1 {forms[1] if accusative else forms[0]}"
    return f"{n} {forms[2] if 2 <= n <= 4 else forms[3]}"


def duration_cs(d: timedelta, *, accusative: bool = False, exact: bool = False) -> str:
    """A duration in Czech in its largest whole unit ("3 dny", "1 hodinu"); ``exact``: the
    largest unit that divides it (a configured limit), else rounded down (a difference)."""
    seconds = max(0, int(d.total_seconds()))
    for size, forms in _UNITS:
        if seconds >= size and (not exact or seconds % size == 0):
            return _count(seconds // size, forms, accusative)
    return _count(0, _UNITS[-1][1], accusative)


def _why(r: Receipt) -> str:
    relay = r.relay or ""
    if r.reason is ReceiptReason.NO_TRUSTED_MX:
        return "pro tento zdroj není určen důvěryhodný předávající server"
    if r.reason is ReceiptReason.NO_RECEIVED:
        return "zpráva nemá hlavičku Received"
    if r.reason is ReceiptReason.UNTRUSTED_RELAY:
        return f"hlavička Received není od důvěryhodného serveru {relay}"
    if r.reason is ReceiptReason.UNREADABLE_DATE:
        return f"datum v hlavičce Received od serveru {relay} nelze přečíst"
    if r.reason is ReceiptReason.UNREADABLE_HEADERS:
        return "hlavičky zprávy nelze přečíst"
    if r.reason is ReceiptReason.NOT_EMAIL:
        return "datová zpráva ze složky – čas v ní uvedený se nepoužije"
    gap = (r.relay_time - r.arrival.at) if r.relay_time else timedelta(0)
    if r.reason is ReceiptReason.AFTER_ARRIVAL:
        return (
            f"hlavička Received od serveru {relay} uvádí čas o "
            f"{duration_cs(gap, accusative=True)} pozdější než přijetí"
        )
    return (
        f"hlavička Received od serveru {relay} je o {duration_cs(-gap, accusative=True)} "
        f"starší než přijetí (povolený rozdíl nejvýše {duration_cs(r.max_skew, exact=True)})"
    )


def receipt_basis_cs(meta: Mapping[str, Any]) -> str | None:
    """E.g. "podle přijetí serverem mx.example.cz (důvěryhodný předávající server)" or
    "podle času zaevidování – hlavička Received není od důvěryhodného serveru mx.example.cz";
    None for a filing registered before the decision was recorded."""
    r = Receipt.from_meta(meta.get("receipt"))
    if r is None:
        return None
    if r.reason is ReceiptReason.TRUSTED_RELAY:
        return f"podle přijetí serverem {r.relay} (důvěryhodný předávající server)"
    arrival = ARRIVAL_CS[r.arrival.kind]
    if r.reason is ReceiptReason.NOT_EMAIL and r.arrival.kind is not ArrivalKind.REGISTRATION:
        return arrival
    return f"{arrival} – {_why(r)}"
