"""The audit log's tamper evidence as the service and the CLI use it: checkpoints written by
the serve/worker loop (and ``audit checkpoint`` from cron), and the full verification behind
``audit verify`` — the hash chain, the checkpoints, and the filings against their trail.

The composition root adds a ``CheckpointTask`` to the service loop's hooks.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine

from intake.auditseal import CheckpointSealer, SealKey
from intake.config import Settings, read_secret
from storage import audit, checkpoints, crosscheck
from storage.checkpoints import Checkpoint, Policy
from storage.db import session_scope

logger = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 60.0
"""How often the loop looks whether a checkpoint is due (a file lock and two small queries)."""


def checkpoint_path(settings: Settings) -> Path:
    configured = settings.audit.checkpoint_file
    if configured is not None:
        return settings.path(configured)
    return settings.path(settings.evidence.dir).parent / "audit-checkpoints.jsonl"


def sealer_of(settings: Settings) -> CheckpointSealer:
    n = settings.notices
    key = None
    if settings.audit.seal and n.seal_certificate and n.seal_key:
        password = read_secret(n.seal_key_password, None, settings)
        key = SealKey(
            settings.path(n.seal_certificate),
            settings.path(n.seal_key),
            password.encode("utf-8") if password else None,
        )
    return CheckpointSealer(key=key, tsa_url=settings.audit.tsa_url)


def policy_of(settings: Settings) -> Policy:
    a = settings.audit
    return Policy(every=a.checkpoint_every, max_age=timedelta(hours=a.checkpoint_hours))


def write_checkpoint(s: Settings, engine: Engine, *, only_if_due: bool) -> Checkpoint | None:
    """A checkpoint of the chain's head now (when it moved), or only when the policy says so."""
    return checkpoints.write_checkpoint(
        engine,
        checkpoint_path(s),
        sealer_of(s),
        policy=policy_of(s) if only_if_due else None,
    )


@dataclass
class CheckpointTask:
    """The loop hook: a checkpoint whenever one is due, looked for once a minute."""

    settings: Settings
    engine: Engine
    _next: float = 0.0

    def __call__(self) -> None:
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + CHECK_EVERY_SECONDS
        cp = write_checkpoint(self.settings, self.engine, only_if_due=True)
        if cp is not None:
            logger.info("audit checkpoint written at entry %s", cp.entry_id)


@dataclass(frozen=True)
class Report:
    """What ``audit verify`` found: one line per finding, and how much was checked."""

    findings: list[str]
    entries: int
    filings: int
    checkpoints: int


def verify(s: Settings, engine: Engine) -> Report:
    """The chain, the checkpoints against the chain, and the filings against their trail."""
    path = checkpoint_path(s)
    findings: list[str] = []
    cursor = audit.ChainCursor()
    with session_scope(engine) as ses:
        for b in audit.verify_chain(ses, cursor=cursor):
            findings.append(f"BROKEN audit entry {b.entry_id}: {b.reason}")
        for f in checkpoints.verify_checkpoints(ses, path, sealer_of(s)):
            findings.append(f"CHECKPOINT {f.subject}: {f.reason}")
        for m in crosscheck.verify_filings(ses):
            findings.append(f"FILING {m.registry_number} (id {m.submission_id}): {m.reason}")
        filings = crosscheck.count(ses)
    return Report(findings, cursor.checked, filings, len(checkpoints.read_lines(path)))
