"""``FeedService``: the feed of one composition root — the event listener that versions the
allow-list inside the deciding transaction, the schedule tick, the signing key, and signed
renderings of a version."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy import event as sa_event
from sqlmodel import Session

from intake.events import Event
from intake.feed import minisign
from intake.feed.profiles import Profile, active_profile
from intake.feed.render import Format, ListView, render, trusted_comment
from intake.feed.versions import current_override, latest, publish, set_override
from intake.model import State
from storage.db import session_scope
from storage.feed import AllowListVersion
from storage.tables import utcnow

if TYPE_CHECKING:
    from intake.config import Settings

logger = logging.getLogger(__name__)
APPROVED = State.APPROVED.value
LIST_FIELDS = {"production_ips", "test_ips", "organization.name"}


@dataclass(frozen=True)
class Snapshot:
    """The parts of a version the API needs, detached from any session."""

    version: int
    profile: str
    created_at: datetime
    entries: tuple[dict[str, Any], ...]

    @classmethod
    def of(cls, row: AllowListVersion) -> Snapshot:
        return cls(row.version, row.profile, row.created_at, tuple(row.entries))


@dataclass(frozen=True)
class Artifact:
    """One version rendered for one profile and format, signed."""

    version: int
    profile: str
    format: Format
    body: bytes
    signature: str
    etag: str


def signing_key_path(settings: Settings) -> Path:
    if settings.feed.signing_key is not None:
        return settings.path(settings.feed.signing_key)
    return settings.path(settings.evidence.dir).parent / "feed" / "minisign.key"


class FeedService:
    def __init__(
        self, settings: Settings, engine: Engine, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.windows = list(settings.campaign.live_windows)
        self.config_override: str | None = settings.feed.profile_override
        self.key_path = signing_key_path(settings)
        self._key: minisign.SecretKey | None = None
        self.on_commit: list[Callable[[], None]] = []
        """Called after a transaction that wrote a version commits (cache invalidation)."""

    # -- signing ------------------------------------------------------------------------------
    @property
    def key(self) -> minisign.SecretKey:
        if self._key is None:
            pw = self.settings.feed.signing_key_password
            self._key = minisign.load_or_create(
                self.key_path, pw.get_secret_value() if pw else None
            )
        return self._key

    def public_key_file(self) -> str:
        return self.key.public.to_file()

    def artifact(self, snap: Snapshot, profile: str, fmt: Format) -> Artifact:
        view = ListView.of(snap.version, profile, snap.created_at, snap.entries)
        body = render(view, fmt)
        sig = self.key.sign(body, trusted_comment(view, fmt))
        digest = hashlib.sha256(body).hexdigest()[:20]
        return Artifact(
            snap.version, profile, fmt, body, sig, f'"{snap.version}-{profile}-{fmt}-{digest}"'
        )

    # -- versions -----------------------------------------------------------------------------
    def active_profile(self, s: Session, now: datetime) -> Profile:
        override = current_override(s)
        if override in (None, "auto"):
            override = self.config_override
        return active_profile(now, self.windows, override)

    def publish(self, s: Session, reason: str, actor: str = "system") -> AllowListVersion | None:
        row = publish(
            s,
            now=self.clock(),
            windows=self.windows,
            config_override=self.config_override,
            reason=reason,
            actor=actor,
            documentation_public=self.settings.demo,
        )
        if row is not None:
            logger.info(
                "allow-list version %s (%s, %d entries): %s",
                row.version,
                row.profile,
                len(row.entries),
                reason,
            )
            if self.on_commit:
                sa_event.listen(s, "after_commit", self._committed, once=True)
        return row

    def _committed(self, _session: Any) -> None:
        for fn in list(self.on_commit):
            fn()

    def publish_now(self, reason: str, actor: str = "system") -> AllowListVersion | None:
        with session_scope(self.engine) as s:
            return self.publish(s, reason, actor)

    def tick(self) -> None:
        """Loop hook: a new version when the schedule switched the profile (or none exists)."""
        self.publish_now("profile schedule")

    def on_event(self, s: Session, event: Event) -> None:
        """Event listener: version the list when the approved set may have changed."""
        sub = event.submission
        suffix = ""
        if event.kind == "state_changed":
            if APPROVED not in (event.old_state, event.new_state):
                return
            reason = f"{event.old_state} -> {event.new_state}"
            override = (event.data or {}).get("override_reason")
            if override and event.new_state == APPROVED:
                codes = ", ".join((event.data or {}).get("overridden") or [])
                suffix = f" (override of {codes}: {override})"
        elif event.kind == "application_corrected":
            if sub is None or sub.state != APPROVED:
                return
            if event.data.get("field") not in LIST_FIELDS:
                return
            reason = f"correction of {event.data.get('field')}"
        elif event.kind == "profile_changed":
            reason = "profile override"
        else:
            return
        number = f" {sub.registry_number}" if sub is not None else ""
        self.publish(s, f"{reason}{number}{suffix}", event.actor)

    def set_profile(self, profile: str, *, actor: str, reason: str) -> AllowListVersion | None:
        """Manual override (``test``/``live``/``auto``), audited, and the version it causes."""
        with session_scope(self.engine) as s:
            set_override(s, profile, actor=actor, reason=reason, now=self.clock())
            return self.publish(s, f"profile override {profile}: {reason}".strip(), actor)

    def latest_snapshot(self) -> Snapshot:
        """The newest version (one is made when there is none yet)."""
        with session_scope(self.engine) as s:
            row = latest(s)
            if row is None:
                row = self.publish(s, "initial version")
            assert row is not None
            return Snapshot.of(row)

    def export(self, profile: str | None, fmt: Format) -> Artifact:
        self.publish_now("profile schedule")
        snap = self.latest_snapshot()
        return self.artifact(snap, profile or snap.profile, fmt)
