"""Typed results of the ISDS client, and helpers to read zeep's answer objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class ReceivedRecord:
    """One row of ``GetListOfReceivedMessages`` (every field may be missing in ISDS)."""

    dm_id: str
    sender_box: str = ""
    sender_name: str = ""
    sender_type: int | None = None
    annotation: str = ""
    delivery_time: datetime | None = None
    acceptance_time: datetime | None = None
    status: int | None = None
    attachment_size: int | None = None
    vodz: bool = False


@dataclass(frozen=True)
class DeliveryInfo:
    delivery_time: datetime | None
    acceptance_time: datetime | None
    status: int | None
    events: tuple[tuple[datetime | None, str], ...]


def repeated(holder: Any, name: str) -> list[Any]:
    """Items of a repeated element. zeep gives ``holder.name`` for a repeated element but
    ``holder._value_1 = [{name: item}, …]`` when the repeated thing is the sequence itself
    (``tRecordsArray``, ``tEventsArray``)."""
    if holder is None:
        return []
    direct = getattr(holder, name, None) if not isinstance(holder, dict) else holder.get(name)
    if direct is not None:
        return list(direct) if isinstance(direct, list) else [direct]
    wrapped = getattr(holder, "_value_1", None)
    out = []
    for item in wrapped or []:
        value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
        if value is not None:
            out.append(value)
    return out


def as_int(v: Any) -> int | None:
    try:
        return int(v) if v is not None else None
    except (TypeError, ValueError):
        return None
