"""The composition root: the one place that turns Settings into real adapters.

``build_app(settings)`` wires the database, the evidence store, the event bus, the pipeline
stages, the configured sources, the allow-list feed and the notices (outbox, channels,
sender) into one typed ``App``; tests pass fakes through the keyword arguments instead.
Feature packages receive what they need from here (settings, engine, evidence store, event
bus, channels), never the ``App``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake.config import (
    DataboxSourceConfig,
    DropFolderSourceConfig,
    ImapSourceConfig,
    Settings,
    SmtpConfig,
    SourceConfig,
    read_secret,
)
from intake.errors import ConfigurationError, StorageError
from intake.receipt import ArrivalKind, ReceiptPolicy

# Only what ``build_stages`` needs is imported with this module: ``podatelna inspect`` builds
# its stages here and must start fast, without the database, the feed or the notices. Those
# are imported by the functions that wire them (``build_app`` and its helpers).
if TYPE_CHECKING:
    from sqlalchemy import Engine

    from databox.client import DataboxClient
    from intake.events import EventBus
    from intake.extraction.fields import Office
    from intake.feed.server import FeedServer
    from intake.feed.service import FeedService
    from intake.leases import SourceLease
    from intake.model import Source
    from intake.notices.channels import DeliveryChannel
    from intake.notices.letter import SealCredentials
    from intake.notices.outbox import Outbox
    from intake.notices.sender import NoticeSender
    from intake.pipeline import Stages
    from intake.rescan import RescanTask
    from intake.service import IntakeService
    from intake.spam import SpamRule
    from mail.smtp import SmtpSender
    from storage.evidence import EvidenceStore

logger = logging.getLogger(__name__)


@dataclass
class App:
    """Every collaborator of a running podatelna, built by ``build_app``."""

    settings: Settings
    engine: Engine
    evidence: EvidenceStore
    events: EventBus
    service: IntakeService
    feed: FeedService
    """Versions the allow-list inside the deciding transaction; its ``tick`` is a loop hook."""
    feed_server: FeedServer
    """The feed API's in-memory serving state (and the tokens' last fetches, flushed by a
    loop hook)."""
    outbox: Outbox
    """Writes notices inside the transaction of the state change that causes them."""
    notices: NoticeSender
    """Delivers due notices; a loop hook."""
    loop_hooks: list[Callable[[], None]]
    """Periodic tasks run by the worker loop after each pipeline pass."""
    source_factories: dict[str, Callable[[], Source]]
    unscanned: bool = False
    """No malware scanner is configured and ``[content] allow_unscanned`` accepts that."""
    closers: list[Callable[[], None]] = field(default_factory=list)
    """Stopped by ``close`` (the demo's stand-in servers)."""
    _sources: dict[str, Source] = field(default_factory=dict)
    _leases: dict[str, SourceLease] = field(default_factory=dict)

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
        from intake.leases import SourceLease

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
        from sqlalchemy import text
        from sqlalchemy.exc import SQLAlchemyError

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
        for stop in reversed(self.closers):
            try:
                stop()
            except Exception:  # pragma: no cover
                logger.exception("stopping %r", stop)
        self.closers.clear()


def build_stages(
    settings: Settings,
    *,
    anchors_dirs_extra: Iterable[Path] = (),
    crl_dirs_extra: Iterable[Path] = (),
) -> Stages:
    """The real stages: verifier from [trust] (plus extra anchor and CRL directories),
    content policy and scanner from [content], [office].
    The service and ``podatelna inspect`` both build their stages here."""
    from intake.content.check import build_content_checks
    from intake.stages import PipelineStages
    from intake.verification import build_verifier

    verifier = build_verifier(
        settings.trust,
        settings.path,
        anchors_dirs_extra=anchors_dirs_extra,
        crl_dirs_extra=crl_dirs_extra,
    )
    policy, scanner = build_content_checks(settings.content, settings.path)
    return PipelineStages(
        campaign=settings.campaign,
        verifier=verifier,
        content_policy=policy,
        scanner=scanner,
        office=office_of(settings),
        documentation_public=settings.demo,
    )


def receipt_policy(cfg: SourceConfig) -> ReceiptPolicy:
    """A source's receipt settings: its trusted relay and skew, and what its own item time is
    (INTERNALDATE, dmDeliveryTime; the drop folder has none)."""
    if isinstance(cfg, ImapSourceConfig):
        return ReceiptPolicy(cfg.trusted_mx, cfg.max_receipt_skew, ArrivalKind.IMAP_INTERNALDATE)
    if isinstance(cfg, DropFolderSourceConfig):
        return ReceiptPolicy(cfg.trusted_mx, cfg.max_receipt_skew, ArrivalKind.REGISTRATION)
    return ReceiptPolicy(arrival=ArrivalKind.ISDS_DELIVERY)


def office_of(settings: Settings) -> Office:
    """The ``[office]`` section as extraction's ``Office``."""
    from intake.extraction.fields import Office

    o = settings.office
    own = settings.campaign.registry_format.split("{", 1)[0].strip()
    prefixes = tuple(dict.fromkeys((*Office.reference_prefixes, *((own,) if own else ()))))
    return Office(tuple(o.domains), o.databox_id, tuple(o.phone_prefixes), prefixes)


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


def spam_rule(cfg: SourceConfig) -> SpamRule | None:
    """A source's spam rule (``intake.spam``); None for a data box (no such headers)."""
    from intake.spam import SpamRule

    if isinstance(cfg, DropFolderSourceConfig | ImapSourceConfig):
        return SpamRule(cfg.trusted_mx, cfg.spam_header, tuple(cfg.spam_values))
    return None


def spam_rules(settings: Settings) -> dict[str, SpamRule]:
    """The spam rule of every configured source that has one, by source name."""
    rules = {cfg.name: spam_rule(cfg) for cfg in settings.source}
    return {name: rule for name, rule in rules.items() if rule is not None}


def source_factory(cfg: SourceConfig, settings: Settings) -> Callable[[], Source]:
    from intake.dropfolder import DropFolderSource

    if isinstance(cfg, DropFolderSourceConfig):
        return lambda: DropFolderSource(
            cfg.name, settings.path(cfg.path), channel=cfg.channel, max_size=cfg.max_size
        )
    if isinstance(cfg, ImapSourceConfig):
        return lambda: _imap_source(cfg, settings)
    if isinstance(cfg, DataboxSourceConfig):
        return lambda: _databox_source(cfg, settings)
    raise ConfigurationError(f"unknown source kind: {cfg!r}")


def _imap_source(cfg: ImapSourceConfig, settings: Settings) -> Source:
    from mail.imap import ImapSource

    return ImapSource(
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
        timeout=cfg.timeout_seconds,
        idle=cfg.idle,
        rescan_seconds=cfg.rescan_seconds,
    )


def databox_client(cfg: DataboxSourceConfig, settings: Settings, **extra: Any) -> DataboxClient:
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
    from databox.source import DataboxSource

    state = settings.path(settings.evidence.dir).parent / "databox-state" / f"{cfg.name}.json"
    return DataboxSource(
        cfg.name,
        databox_client(cfg, settings),
        state,
        overlap=timedelta(minutes=cfg.overlap_minutes),
        page_size=cfg.page_size,
        initial_lookback=timedelta(days=cfg.initial_lookback_days),
        max_size=cfg.max_size,
    )


def smtp_sender(cfg: SmtpConfig, settings: Settings) -> SmtpSender:
    """The SMTP client of the ``[smtp]`` section (e-mail notices)."""
    from mail.smtp import SmtpSender

    return SmtpSender(
        cfg.host,
        cfg.port,
        cfg.security,
        cfg.username,
        read_secret(cfg.password, cfg.password_file, settings),
        cfg.timeout_seconds,
        cfg.verify_tls,
        str(settings.path(cfg.ca_file)) if cfg.ca_file else None,
    )


def reply_box(settings: Settings) -> DataboxSourceConfig | None:
    """The data-box source named by ``[notices] reply_source`` (None: no data-box notices)."""
    name = settings.notices.reply_source
    cfg = next((c for c in settings.source if c.name == name), None) if name else None
    return cfg if isinstance(cfg, DataboxSourceConfig) else None


def notice_channels(settings: Settings, seal: SealCredentials | None) -> dict[str, DeliveryChannel]:
    """The configured delivery channels of notices by ``Notice.channel``; their clients
    connect on the first notice sent."""
    from intake.notices.channels import DataboxChannel, EmailChannel

    channels: dict[str, DeliveryChannel] = {}
    if settings.smtp is not None:
        channels["email"] = EmailChannel(
            settings.smtp.sender,
            functools.partial(smtp_sender, settings.smtp, settings),
            seal if settings.notices.smime else None,
        )
    box = reply_box(settings)
    if box is not None:
        channels["databox"] = DataboxChannel(
            functools.partial(databox_client, box, settings, retries=1)
        )
    return channels


def check_malware_scanning(settings: Settings) -> bool:
    """Fail closed: a production configuration without a malware scanner refuses to start
    unless ``[content] allow_unscanned = true``. Returns whether submissions go unscanned by
    that explicit allowance (logged here, shown on the officer dashboard)."""
    content = settings.content
    if content.scanner_configured:
        return False
    if content.allow_unscanned:
        logger.warning(
            "no malware scanner configured: submissions are not scanned for malware "
            "([content] allow_unscanned = true)"
        )
        return True
    if settings.mode == "production":
        raise ConfigurationError(
            "no malware scanner configured: set [content] clamd_socket or clamd_host "
            "(or allow_unscanned = true to run without scanning)"
        )
    return False


def _notices(settings: Settings, engine: Engine, evidence: EvidenceStore) -> NoticeSender:
    from intake.notices.sender import NoticeSender, seal_credentials

    seal = seal_credentials(settings)
    channels = notice_channels(settings, seal)
    if settings.notices.enabled and not channels:
        logger.info(
            "notices: neither [smtp] nor [notices] reply_source is configured; every notice "
            "will be recorded as undeliverable for the officers"
        )
    return NoticeSender(settings, engine, evidence, channels=channels, seal=seal)


def _rescan(settings: Settings, engine: Engine, events: EventBus) -> RescanTask:
    """The loop hook that releases held filings when the malware scanner is back."""
    from intake.content.check import build_content_checks
    from intake.rescan import RescanTask

    return RescanTask(engine, build_content_checks(settings.content, settings.path)[1], events)


def build_app(
    settings: Settings,
    *,
    stages: Stages | None = None,
    sources: dict[str, Callable[[], Source]] | None = None,
    clock: Callable[[], datetime] | None = None,
    migrate: bool = True,
) -> App:
    """Every collaborator, wired: the feed and the outbox listen on the event bus (each
    writes in the transaction of the state change), the feed's schedule tick and the notices
    sender run as loop hooks. ``clock`` defaults to ``storage.tables.utcnow``."""
    from intake.auditlog import CheckpointTask
    from intake.events import EventBus
    from intake.feed.server import FeedServer
    from intake.feed.service import FeedService
    from intake.notices.outbox import Outbox
    from intake.service import IntakeService
    from storage.db import make_engine, upgrade_database
    from storage.evidence import EvidenceStore
    from storage.tables import utcnow

    clock = clock or utcnow
    unscanned = check_malware_scanning(settings)
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
        receipt_policies={cfg.name: receipt_policy(cfg) for cfg in settings.source},
        spam_rules=spam_rules(settings),
    )
    feed = FeedService(settings, engine, clock=clock)
    feed_server = FeedServer(feed)
    outbox = Outbox(settings)
    notices = _notices(settings, engine, evidence)
    events.subscribe(feed.on_event)
    events.subscribe(outbox.on_event)
    factories = (
        sources
        if sources is not None
        else {cfg.name: source_factory(cfg, settings) for cfg in settings.source}
    )
    return App(
        settings=settings,
        engine=engine,
        evidence=evidence,
        events=events,
        service=service,
        feed=feed,
        feed_server=feed_server,
        outbox=outbox,
        notices=notices,
        loop_hooks=[
            feed.tick,
            notices,
            CheckpointTask(settings, engine),
            _rescan(settings, engine, events),
            feed_server.flush_fetches,
        ],
        source_factories=factories,
        unscanned=unscanned,
    )
