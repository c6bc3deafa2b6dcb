"""Spam-marked e-mails for the tests of ``intake.spam``: the mark above or below the trusted
relay's Received line, as the relay or the sender would have written it."""

from __future__ import annotations

from email.header import Header

RELAY = "mx.podatelna.example"
ARRIVED = "Mon, 19 Dec 2022 10:00:00 +0100"


def spam_eml(
    n: int,
    *,
    above: str | None = "YES",
    below: str | None = None,
    header: str = "X-Spam-Flag",
    relay: str = RELAY,
    received: str = ARRIVED,
    subject: str = "Výhodná nabídka",
    body: str = "Kupte si naše zboží se slevou 90 %. Nabídka platí jen dnes.",
    forged_received: bool = False,
) -> bytes:
    """A message as the mailbox holds it: ``above`` is the mark the relay (or a host after
    it) wrote above its Received line, ``below`` one the sender wrote into his own headers;
    ``forged_received`` adds a Received line naming the trusted relay among the sender's
    headers, with ``below`` above it."""
    lines = [f"{header}: {above}"] if above is not None else []
    lines.append(f"Received: from mail.odesilatel.example by {relay}; {received}")
    if forged_received:
        lines += [f"{header}: {below or 'YES'}", f"Received: from x by {relay}; {received}"]
    elif below is not None:
        lines.append(f"{header}: {below}")
    lines += [
        f"From: Obchodník {n} <obchod{n}@odesilatel.example>",
        "To: podatelna@czso.example",
        f"Subject: {Header(subject, 'utf-8').encode()}",
        f"Message-ID: <spam{n}@odesilatel.example>",
        f"Date: {received}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(lines) + f"\r\n\r\n{body}\r\n").encode()
