"""The composition root: the one place that turns Settings into real adapters.

``build_app(settings)`` wires the database, the evidence store, the pipeline stages and the
configured sources; tests pass fakes through the keyword arguments instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

# pyHanko registers its CMS attribute types with asn1crypto on import: load it before any
# source or stage parses a CMS structure (see intake/stages.py)
import pyhanko.sign  # noqa: F401
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from intake.config import (
    DataboxSourceConfig,
    DropFolderSource,
    ImapSource,
    Settings,
    SourceConfig,
    read_secret,
)
from intake.dropfolder import DropFolderSource as DropFolder
from intake.errors import ConfigurationError, StorageError
from intake.events import EventBus
from intake.leases import SourceLease
from intake.model import Source
from intake.service import IntakeService, Stages
from storage.db import make_engine, upgrade_database
from storage.evidence import EvidenceStore
from storage.tables import utcnow

if TYPE_CHECKING:
    from intake.extraction.fields import Office

logger = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    engine: Engine
    evidence: EvidenceStore
    service: IntakeService
    events: EventBus = field(default_factory=EventBus)
    source_factories: dict[str, Callable[[], Source]] = field(default_factory=dict)
    _sources: dict[str, Source] = field(default_factory=dict)
    _leases: dict[str, SourceLease] = field(default_factory=dict)
    extras: dict[str, Any] = field(default_factory=dict)

    def source(self, name: str) -> Source:
        """The source named ``name``, connected on first use."""
        if name not in self._sources:
            self._sources[name] = self.source_factories[name]()
        return self._sources[name]

    def sources(self) -> list[Source]:
        """Every configured source; one that cannot even be constructed is logged and left out."""
        out = []
        for name in self.source_factories:
            try:
                out.append(self.source(name))
            except Exception as exc:  # a broken account never stops the others
                logger.error("source %s unusable: %s", name, exc)
        return out

    def lease(self, name: str) -> SourceLease:
        """The poller lease of source ``name`` (one active poller per source account)."""
        if name not in self._leases:
            lock_dir = self.settings.path(self.settings.evidence.dir).parent / "locks"
            self._leases[name] = SourceLease(self.engine, name, lock_dir)
        return self._leases[name]

    def leased_sources(self) -> list[Source]:
        """Sources this process holds the lease of (others are polled by another instance;
        this one stands by and takes over when that instance dies)."""
        out = []
        for name in self.source_factories:
            lease = self.lease(name)
            if lease.try_acquire() and lease.still_held():
                try:
                    out.append(self.source(name))
                except Exception as exc:  # a broken account never stops the others
                    logger.error("source %s unusable: %s", name, exc)
        return out

    def db_ok(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False

    def close(self) -> None:
        for src in self._sources.values():
            try:
                src.close()
            except Exception:  # pragma: no cover
                logger.exception("closing source %s", src.name)
        self._sources.clear()
        for lease in self._leases.values():
            lease.release()
        self._leases.clear()
        self.engine.dispose()


def build_stages(settings: Settings, **verifier_extra: Any) -> Stages:
    """The real stages: verifier from [trust], content policy and scanner from [content]."""
    from intake.content import build_content_checks
    from intake.stages import PipelineStages
    from intake.verification import build_verifier

    verifier = build_verifier(settings.trust, settings.path, **verifier_extra)
    policy, scanner = build_content_checks(settings.content, settings.path)
    trusted_mx = next(
        (s.trusted_mx for s in settings.source if isinstance(s, ImapSource) and s.trusted_mx),
        None,
    )
    return PipelineStages(
        campaign=settings.campaign,
        verifier=verifier,
        content_policy=policy,
        scanner=scanner,
        trusted_mx=trusted_mx,
        office=office_of(settings),
    )


def office_of(settings: Settings) -> Office:
    """The ``[office]`` section as extraction's ``Office``."""
    from intake.extraction.fields import Office

    o = settings.office
    return Office(tuple(o.domains), o.databox_id, tuple(o.phone_prefixes))


class LazyStages:
    """Builds the real stages (trust anchors, trusted lists, scanner) on first use, so that
    commands which never process anything (``submissions``, ``audit verify``) stay fast."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._stages: Stages | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._stages is None:
            self._stages = build_stages(self._settings)
        return getattr(self._stages, name)


def source_factory(cfg: SourceConfig, settings: Settings) -> Callable[[], Source]:
    if isinstance(cfg, DropFolderSource):
        return lambda: DropFolder(cfg.name, settings.path(cfg.path), channel=cfg.channel)
    if isinstance(cfg, ImapSource):
        return lambda: _imap_source(cfg, settings)
    if isinstance(cfg, DataboxSourceConfig):
        return lambda: _databox_source(cfg, settings)
    raise ConfigurationError(f"unknown source kind: {cfg!r}")


def _imap_source(cfg: ImapSource, settings: Settings) -> Source:
    from mail.imap import ImapSource as Imap

    return Imap(
        name=cfg.name,
        host=cfg.host,
        port=cfg.port,
        security=cfg.security,
        verify_tls=cfg.verify_tls,
        ca_file=str(settings.path(cfg.ca_file)) if cfg.ca_file else None,
        username=cfg.username,
        password=read_secret(cfg.password, cfg.password_file, settings),
        oauth2_token_command=cfg.oauth2_token_command if cfg.auth == "xoauth2" else None,
        folder=cfg.folder,
        processed_folder=cfg.processed_folder,
        quarantine_folder=cfg.quarantine_folder,
        max_size=cfg.max_size,
        trusted_mx=cfg.trusted_mx,
        timeout=cfg.timeout_seconds,
        idle=cfg.idle,
        rescan_seconds=cfg.rescan_seconds,
    )


def databox_client(cfg: DataboxSourceConfig, settings: Settings, **extra: Any) -> Any:
    """The ISDS client of a configured data-box account (the source and the notices share it)."""
    from databox.client import DataboxClient

    return DataboxClient(
        environment=cfg.environment,
        base_url=cfg.base_url,
        legacy_domain=cfg.legacy_domain,
        login=cfg.login,
        username=cfg.username,
        password=read_secret(cfg.password, cfg.password_file, settings),
        certificate=settings.path(cfg.certificate) if cfg.certificate else None,
        key=settings.path(cfg.key) if cfg.key else None,
        box_id=cfg.box_id,
        timeout=cfg.timeout_seconds,
        verify=str(settings.path(cfg.ca_file)) if cfg.ca_file else cfg.verify_tls,
        **extra,
    )


def _databox_source(cfg: DataboxSourceConfig, settings: Settings) -> Source:
    from datetime import timedelta

    from databox.source import DataboxSource

    state = settings.path(settings.evidence.dir).parent / "databox-state" / f"{cfg.name}.json"
    return DataboxSource(
        cfg.name,
        databox_client(cfg, settings),
        state,
        overlap=timedelta(minutes=cfg.overlap_minutes),
        page_size=cfg.page_size,
        initial_lookback=timedelta(days=cfg.initial_lookback_days),
    )


def build_app(
    settings: Settings,
    *,
    stages: Stages | None = None,
    sources: dict[str, Callable[[], Source]] | None = None,
    clock: Callable[[], datetime] = utcnow,
    migrate: bool = True,
) -> App:
    engine = make_engine(settings.database_url, echo=settings.database.echo)
    if migrate:
        try:
            upgrade_database(engine)
        except StorageError:
            engine.dispose()
            raise
    evidence = EvidenceStore(settings.path(settings.evidence.dir))
    events = EventBus()
    service = IntakeService(
        events=events,
        engine=engine,
        evidence=evidence,
        campaign=settings.campaign,
        stages=stages if stages is not None else LazyStages(settings),
        clock=clock,
    )
    factories = (
        sources
        if sources is not None
        else {cfg.name: source_factory(cfg, settings) for cfg in settings.source}
    )
    app = App(
        settings=settings,
        engine=engine,
        evidence=evidence,
        service=service,
        events=events,
        source_factories=factories,
    )
    # Areas that subscribe to events or add background tasks (run by the serve loop): the
    # allow-list feed writes a new version when the approved set changes; the notices
    # outbox enqueues notices in the transaction of the state change and sends them.
    # The audit log's checkpoints are written by the same loop.
    from intake import auditlog, feed, notices

    feed.install(app)
    notices.install(app)
    auditlog.install(app)
    return app
