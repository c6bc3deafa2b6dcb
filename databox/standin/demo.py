"""Demo content for the stand-in: plausible applications from media data boxes."""

from __future__ import annotations

from datetime import datetime, timedelta

from databox.standin.messages import MessageSpec, new_dm_id
from databox.standin.store import Mailbox
from databox.zfo import PRAGUE

_SENDERS = (
    ("r7kdm2a", "Redakce Deník Vysočina s.r.o."),
    ("t3nq8wb", "Rádio Pardubice a.s."),
    ("x5pzc4d", "Zpravodajský portál Morava z.s."),
)


def application_text(sender_name: str) -> bytes:
    return (
        "Žádost o přístup k XML serveru s výsledky voleb\n\n"
        f"Žadatel: {sender_name}\n"
        "Kontaktní osoba: Jana Nováková, tel. +420 601 234 567, jana.novakova@example.cz\n"
        "IP adresy: 192.0.2.10, 192.0.2.11\n"
    ).encode()


def add_demo_messages(mailbox: Mailbox, count: int, *, big: bool = False) -> list[str]:
    """Put ``count`` demo applications into the box (the last one big/VoDZ if ``big``)."""
    now = datetime.now(PRAGUE)
    ids = []
    for i in range(count):
        box, name = _SENDERS[i % len(_SENDERS)]
        spec = MessageSpec(
            dm_id=new_dm_id(),
            sender_box=box,
            sender_name=name,
            annotation="Žádost o přístup k výsledkům voleb",
            files=[("zadost.txt", "text/plain", application_text(name))],
            delivery_time=now - timedelta(minutes=count - i),
            sender_type=20,
        )
        ids.append(mailbox.add_message(spec, vodz=big and i == count - 1).dm_id)
    return ids
