"""The imperative shell: receive items from sources, persist them, drive the pipeline.

Order of effects for every item (the durability promise):
 1. bytes → evidence store (fsync), 2. submission row + registry number + audit entry
 committed in one transaction, 3. only then ``source.acknowledge(ref)``.
A crash between any two steps is repaired by the next poll: the item comes again, is found
registered (same source reference or same SHA-256) and is acknowledged — stored once,
acknowledged once. Pipeline stages are driven by the stored state: a worker takes a claimed
submission through all of its stages in one transaction (stage by stage, one transaction
each, when one of them fails).
"""

from __future__ import annotations

import functools
import logging
import os
import socket
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlmodel import Session

from intake import spam, withheld
from intake.config import CampaignConfig
from intake.errors import IntakeError, SourceError, StorageError
from intake.events import Event, EventBus
from intake.model import RawItem, Source, SourceNotice, State
from intake.pipeline import Stages
from intake.receipt import Arrival, ArrivalKind, Receipt, ReceiptPolicy, unreadable
from intake.stagerun import StageRunner
from intake.states import PROCESSING
from storage import audit, registry
from storage import spam as spam_store
from storage.db import session_scope
from storage.evidence import EvidenceStore
from storage.tables import Submission, utcnow

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
RECEIVE_BATCH = 64
"""Items stored and registered per transaction while polling."""
PROCESS_BATCH = 8
"""Submissions a worker claims at once and takes through their stages in one transaction."""
_PROCESSING = [st.value for st in PROCESSING]
Taken = registry.Registered | spam_store.Kept
"""What became of one item a source delivered: a filing, or spam kept unregistered."""


@dataclass
class PollReport:
    source: str
    registered: int = 0
    duplicates: int = 0
    notices: int = 0
    failed: int = 0
    spam: int = 0
    """Kept as spam, not registered (``intake.spam``)."""
    error: str | None = None
    registered_ids: list[int] = field(default_factory=list)


def stored_bytes(item: RawItem) -> bytes:
    """What the evidence store keeps of ``item``: its exact bytes, or for a message the source
    could not take whole, a rendition stating why (``intake.withheld``)."""
    return item.data if item.withheld is None else withheld.rendition(item)


class IntakeService:
    def __init__(
        self,
        *,
        engine: Engine,
        evidence: EvidenceStore,
        campaign: CampaignConfig,
        stages: Stages,
        clock: Callable[[], datetime] = utcnow,
        worker_id: str | None = None,
        events: EventBus | None = None,
        receipt_policies: Mapping[str, ReceiptPolicy] | None = None,
        spam_rules: Mapping[str, spam.SpamRule] | None = None,
    ) -> None:
        self.engine = engine
        self.evidence = evidence
        self.campaign = campaign
        self.stages = stages
        self.clock = clock
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.events = events or EventBus()
        self.receipt_policies: Mapping[str, ReceiptPolicy] = receipt_policies or {}
        """Each source's receipt settings by source name; any other source name (a manual
        import) gets the default: no trusted relay, the registration time."""
        self.spam_rules: Mapping[str, spam.SpamRule] = spam_rules or {}
        """Each source's spam rule by source name; a source without one diverts nothing."""
        self.runner = StageRunner(stages, evidence, campaign, self.events, clock, self.worker_id)

    # ---- receiving -----------------------------------------------------------------------

    def receive(self, item: RawItem) -> registry.Registered:
        """Store ``item`` durably and register it once. Raises StorageError when it cannot."""
        return self.receive_many([item])[0]

    def receive_many(self, items: Sequence[RawItem]) -> list[registry.Registered]:
        """Store a batch durably (one directory sync), then register every item once in one
        transaction (one commit) — with no spam screening: what an officer brings in by hand
        (``podatelna import``) is always registered. Raises StorageError when the evidence
        store or the database refuses — then nothing of the batch may be acknowledged."""
        return [
            r for r in self._take_many(items, screen=False) if isinstance(r, registry.Registered)
        ]

    def take_many(self, items: Sequence[RawItem]) -> list[Taken]:
        """``receive_many`` for what a source delivered: an e-mail its trusted relay marked as
        spam (the source's ``SpamRule``) is stored and kept, not registered (``intake.spam``)."""
        return self._take_many(items, screen=True)

    def _take_many(self, items: Sequence[RawItem], *, screen: bool) -> list[Taken]:
        stored = [stored_bytes(i) for i in items]
        shas = self.evidence.put_many(stored)  # (1) bytes first, durable
        prepared = [
            self._prepare(item, data, sha, screen)
            for item, data, sha in zip(items, stored, shas, strict=True)
        ]
        filings = [p for p in prepared if isinstance(p, registry.Incoming)]
        try:
            with session_scope(self.engine) as s:  # (2) one transaction
                registered = iter(self._register_filings(s, filings) if filings else [])
                return [
                    next(registered)
                    if isinstance(p, registry.Incoming)
                    else spam_store.keep(s, p, at=self.clock())
                    for p in prepared
                ]
        except (OperationalError, InterfaceError) as exc:
            raise StorageError(f"the registry database refused the write: {exc}") from exc

    def _prepare(
        self, item: RawItem, data: bytes, sha: str, screen: bool
    ) -> registry.Incoming | spam_store.NewSpam:
        """What to record of one stored item: a filing to register, or kept spam."""
        when, meta = self._receipt(item, data)
        if item.withheld is not None:
            meta[withheld.META_KEY] = withheld.withheld_meta(item.withheld)
        mark = (
            spam.spam_mark(data, item.channel, self.spam_rules.get(item.source)) if screen else None
        )
        if mark is None:
            return registry.Incoming(
                item.source, item.ref, item.channel.value, sha, len(data), when, meta
            )
        shown = spam.summary(data, item.channel)
        return spam_store.NewSpam(
            item.source,
            item.ref,
            item.channel.value,
            sha,
            len(data),
            when,
            meta,
            mark.to_meta(),
            shown.sender,
            shown.subject,
            shown.preview,
        )

    def _register_filings(
        self, s: Session, incoming: list[registry.Incoming]
    ) -> list[registry.Registered]:
        try:
            with s.begin_nested():
                results = registry.register_many(
                    s,
                    incoming,
                    number_format=self.campaign.registry_format,
                    tz=self.campaign.tz,
                )
        except IntegrityError:  # a concurrent worker got there first: one by one
            results = [self._register(s, i) for i in incoming]
        for r in results:
            if r.created:
                self.events.emit(
                    s,
                    Event(
                        "received",
                        r.submission,
                        new_state=State.RECEIVED.value,
                        actor="system:intake",
                    ),
                )
        return results

    def _receipt(self, item: RawItem, data: bytes) -> tuple[datetime, dict[str, Any]]:
        """The trusted receipt time of the stored ``data``, decided with the item's own source
        settings and its arrival (the source's time, else now), recorded in the meta with
        basis and reason."""
        meta: dict[str, Any] = dict(item.metadata)
        policy = self.receipt_policies.get(item.source, ReceiptPolicy())
        arrival = (
            Arrival(item.received_at.astimezone(UTC), policy.arrival)
            if item.received_at is not None
            else Arrival(self.clock().astimezone(UTC), ArrivalKind.REGISTRATION)
        )
        receipt: Receipt
        try:
            receipt = self.stages.receipt(data, item.channel, arrival, policy)
        except Exception as exc:  # unreadable headers: the arrival, recorded why
            meta["received_at_error"] = f"{type(exc).__name__}: {exc}"[:300]
            receipt = unreadable(arrival, policy)
        meta["receipt"] = receipt.to_meta()
        meta["received_at_basis"] = receipt.basis.value
        return receipt.at, meta

    def _register(self, s: Session, item: registry.Incoming) -> registry.Registered:
        return registry.register(
            s,
            source=item.source,
            ref=item.ref,
            channel=item.channel,
            sha256=item.sha256,
            size=item.size,
            received_at=item.received_at,
            number_format=self.campaign.registry_format,
            tz=self.campaign.tz,
            meta=item.meta,
        )

    def record_notice(self, notice: SourceNotice) -> None:
        with session_scope(self.engine) as s:
            audit.append(
                s,
                actor=f"source:{notice.source}",
                action="source.notice",
                subject_type="source",
                subject_id=notice.source,
                data={
                    "ref": notice.ref,
                    "reason": notice.reason,
                    "detail": notice.detail,
                    "sha256": notice.sha256,
                },
            )

    def poll_source(self, source: Source, batch_size: int = RECEIVE_BATCH) -> PollReport:
        """One pass over ``source``: every item stored and registered, then acknowledged.
        Items are received in batches (one directory sync, one commit per batch); one bad item
        never stops the pass; a broken source is reported, not raised."""
        report = PollReport(source.name)
        run_id = uuid.uuid4().hex[:8]
        batch: list[RawItem] = []
        try:
            for thing in source.poll():
                if isinstance(thing, SourceNotice):
                    self._contained(
                        source,
                        thing.ref,
                        report,
                        run_id,
                        functools.partial(self._notice, source, thing, report),
                    )
                    continue
                batch.append(thing)
                if len(batch) >= batch_size:
                    self._receive_batch(source, batch, report, run_id)
                    batch = []
            if batch:
                self._receive_batch(source, batch, report, run_id)
            flush = getattr(source, "flush", None)  # sources that batch acknowledgements
            if callable(flush):
                flush()
        except SourceError as exc:
            report.error = exc.diagnostics()
            logger.error("[%s] source %s unusable: %s", run_id, source.name, report.error)
            if batch:  # fetched completely before the failure: register them now
                try:
                    self._receive_batch(source, batch, report, run_id)
                except SourceError:
                    pass  # registered; the acknowledgement is repeated on a later pass
        return report

    def _notice(self, source: Source, notice: SourceNotice, report: PollReport) -> None:
        self.record_notice(notice)
        report.notices += 1
        source.acknowledge(notice.ref)

    def _receive_batch(
        self, source: Source, batch: list[RawItem], report: PollReport, run_id: str
    ) -> None:
        try:
            results = self.take_many(batch)
        except StorageError:
            raise  # evidence store or DB refuses writes: stop, acknowledge nothing
        except Exception:  # something in the batch is bad: isolate it item by item
            for item in batch:
                self._contained(
                    source,
                    item.ref,
                    report,
                    run_id,
                    functools.partial(self._acknowledged, source, item, report, run_id),
                )
            return
        for item, reg in zip(batch, results, strict=True):
            self._count(source, item, reg, report, run_id)
            source.acknowledge(item.ref)  # (3) only after the commit

    def _acknowledged(self, source: Source, item: RawItem, report: PollReport, run_id: str) -> None:
        reg = self.take_many([item])[0]
        self._count(source, item, reg, report, run_id)
        source.acknowledge(item.ref)

    @staticmethod
    def _count(source: Source, item: RawItem, reg: Taken, report: PollReport, run_id: str) -> None:
        if isinstance(reg, spam_store.Kept):
            if reg.created:
                report.spam += 1
                logger.info(
                    "[%s] %s %s kept as spam %s, not registered",
                    run_id,
                    source.name,
                    item.ref,
                    reg.message.id,
                )
            else:
                report.duplicates += 1
            return
        if reg.created:
            report.registered += 1
            report.registered_ids.append(reg.submission.id or 0)
            logger.info(
                "[%s] %s %s registered as %s",
                run_id,
                source.name,
                item.ref,
                reg.submission.registry_number,
            )
        else:
            report.duplicates += 1

    def _contained(
        self, source: Source, ref: str, report: PollReport, run_id: str, action: Callable[[], None]
    ) -> None:
        try:
            action()
        except (StorageError, SourceError):
            raise
        except Exception as exc:  # one bad item: record, carry on
            report.failed += 1
            logger.exception("[%s] %s: item %s failed", run_id, source.name, ref)
            self._record_failure(source.name, ref, exc)

    def _record_failure(self, source: str, ref: str, exc: Exception) -> None:
        try:
            with session_scope(self.engine) as s:
                audit.append(
                    s,
                    actor=f"source:{source}",
                    action="source.item_failed",
                    subject_type="source",
                    subject_id=source,
                    data={"ref": ref, "error": f"{type(exc).__name__}: {exc}"[:500]},
                )
        except Exception:  # pragma: no cover - logging is all that is left
            logger.exception("could not record the failure of %s/%s", source, ref)

    # ---- processing ----------------------------------------------------------------------

    def process_pending(self, limit: int | None = None) -> int:
        """Advance claimed submissions until none is left (or ``limit`` stages were run);
        returns the stages run. Up to ``PROCESS_BATCH`` claimed submissions are taken through
        all of their stages in one transaction (one claim, one link to the audit chain, one
        commit); a crash anywhere in it leaves them where the last commit left them, and the
        next claim runs their stages again. When a stage fails, that transaction is rolled
        back and its submissions are taken again one stage per transaction, so the failure
        is recorded against the stage that failed and the stages before it stay done."""
        steps = 0
        while limit is None or steps < limit:
            done = self._run_through(None if limit is None else limit - steps)
            if not done:
                break
            steps += done
        return steps

    def _run_through(self, budget: int | None) -> int:
        """Claim the oldest submissions to process and run up to ``budget`` of their stages
        in one transaction; returns the stages run (0: nothing to do)."""
        with session_scope(self.engine) as s:
            claimed = registry.claim(s, _PROCESSING, limit=PROCESS_BATCH, max_attempts=MAX_ATTEMPTS)
            if not claimed:
                return 0
            ids = [sub.id for sub in claimed]
            steps = 0
            try:
                with audit.deferred(s):  # the chain's lock last, just before the commit
                    for sub in claimed:
                        left = None if budget is None else budget - steps
                        steps += self._through(s, sub, left)
                return steps
            except StorageError:
                raise
            except Exception as exc:  # redone stage by stage below, where it is recorded
                logger.info("a stage failed (%s); its batch again one stage at a time", exc)
                s.rollback()
        return self._stage_by_stage(ids, budget)

    def _through(self, s: Session, sub: Submission, budget: int | None) -> int:
        """Run up to ``budget`` stages of ``sub`` in the caller's transaction. Its changes
        are flushed once, at the end (the stages flush explicitly where a query of theirs
        needs what they added), so the next submission's look-ups (a quota, a sender) see
        them."""
        steps = 0
        with s.no_autoflush:
            while (budget is None or steps < budget) and State(sub.state) in PROCESSING:
                self.runner.advance(s, sub)
                steps += 1
        s.flush()
        return steps

    def _stage_by_stage(self, ids: list[int | None], budget: int | None) -> int:
        steps = 0
        for sub_id in ids:
            follow = sub_id
            while follow is not None and (budget is None or steps < budget):
                done, follow = self._step(follow)
                if not done:
                    return steps
                steps += 1
        return steps

    def step(self) -> bool:
        """Claim one submission in a processing state and run its next stage (one stage, one
        transaction); False when idle."""
        return self._step(None)[0]

    def _step(self, prefer: int | None) -> tuple[bool, int | None]:
        """One stage of ``prefer`` if it is still to be processed and free, else of the oldest
        submission; returns (a stage was run, the submission to follow next)."""
        with session_scope(self.engine) as s:
            claimed = registry.claim(s, _PROCESSING, max_attempts=MAX_ATTEMPTS, prefer=prefer)
            if not claimed:
                return False, None
            sub = claimed[0]
            sub_id = sub.id
            try:
                with audit.deferred(s), s.begin_nested():
                    # the audit chain's lock is taken last, just before the commit
                    self.runner.advance(s, sub)
                return True, (sub_id if State(sub.state) in PROCESSING else None)
            except StorageError:
                raise
            except Exception as exc:
                logger.exception("stage %s failed for submission %s", sub.state, sub_id)
                s.expire(sub)
                sub = s.get(Submission, sub_id) or sub
                sub.attempts += 1
                sub.last_error = f"{type(exc).__name__}: {exc}"[:2000]
                s.add(sub)
                audit.append(
                    s,
                    actor=f"worker:{self.worker_id}",
                    action="submission.stage_failed",
                    subject_type="submission",
                    subject_id=sub_id or "",
                    data={"state": sub.state, "error": sub.last_error, "attempt": sub.attempts},
                )
                return True, None

    def ingest(self, items: Iterable[RawItem]) -> list[registry.Registered]:
        """Register items that have no source to acknowledge to (manual import)."""
        out = []
        for item in items:
            out.append(self.receive(item))
        return out


__all__ = ["IntakeError", "IntakeService", "PollReport", "Stages"]
