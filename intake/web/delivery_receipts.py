"""A delivery receipt (doručenka) as the officer reads it: which data message, from whom to
whom, when it was delivered (dodána) and accepted (doručena), its state and the ISDS events.

It reads the envelopes ``intake.stagerun`` keeps in ``Submission.meta["delivery_receipts"]``
(as ``databox.zfo`` parsed them) and finds the data message in the registry when it is there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from storage.tables import Submission

MESSAGE_STATUS_CS: dict[str, str] = {
    "1": "podána",
    "2": "dostala časové razítko",
    "3": "neprošla antivirovou kontrolou",
    "4": "dodána do datové schránky příjemce",
    "5": "doručena fikcí",
    "6": "doručena přihlášením",
    "7": "přečtena",
    "8": "nedoručitelná (schránka znepřístupněna)",
    "9": "obsah smazán",
    "10": "v datovém trezoru",
}
"""``dmMessageStatus`` 1–10 (ISDS) in the officer's words."""

Dt = Callable[[Any], str]


@dataclass(frozen=True)
class ReceiptView:
    message_id: str
    sender: str
    recipient: str
    subject: str
    delivered: str
    accepted: str
    status: str
    events: list[tuple[str, str]]
    registered: Submission | None
    """The data message itself, when it is in this registry (received through the box)."""


def _party(env: Mapping[str, str], box: str, name: str, address: str) -> str:
    parts = [env.get(name) or "", env.get(address) or ""]
    text = ", ".join(p for p in parts if p) or "neuvedeno"
    return f"{text} (datová schránka {env[box]})" if env.get(box) else text


def _time(value: str | None, dt: Dt) -> str | None:
    if not value:
        return None
    try:
        return dt(datetime.fromisoformat(value))
    except ValueError:
        return value


def _events(env: Mapping[str, str], dt: Dt) -> list[tuple[str, str]]:
    out = []
    for line in (env.get("dmEvents") or "").splitlines():
        when, _, what = line.partition("\t")
        out.append((_time(when, dt) or "neuvedeno", what))
    return out


def receipt_view(s: Session, env: Mapping[str, str], dt: Dt) -> ReceiptView:
    dm_id = env.get("dmID") or ""
    same_id = (
        s.exec(
            select(Submission).where(
                col(Submission.message_id) == dm_id, col(Submission.channel) == "databox"
            )
        ).all()
        if dm_id
        else []
    )
    # the data message itself, not another receipt of it (which carries the same dmID)
    registered = next((m for m in same_id if not (m.meta or {}).get("kind")), None)
    status = env.get("dmMessageStatus") or ""
    return ReceiptView(
        message_id=dm_id or "neuvedeno",
        sender=_party(env, "dbIDSender", "dmSender", "dmSenderAddress"),
        recipient=_party(env, "dbIDRecipient", "dmRecipient", "dmRecipientAddress"),
        subject=env.get("dmAnnotation") or "–",
        delivered=_time(env.get("dmDeliveryTime"), dt) or "neuvedeno",
        accepted=_time(env.get("dmAcceptanceTime"), dt) or "dosud nedoručena (nikdo se nepřihlásil)",
        status=MESSAGE_STATUS_CS.get(status, status or "neuveden"),
        events=_events(env, dt),
        registered=registered,
    )


def receipt_views(s: Session, meta: Mapping[str, Any], dt: Dt) -> list[ReceiptView]:
    return [receipt_view(s, env, dt) for env in meta.get("delivery_receipts") or []]
