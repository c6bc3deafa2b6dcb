"""The one typed settings object, built once in the entry point and passed down.

Sources of values, later ones winning: defaults, the TOML file (``--config``, else
``./podatelna.toml`` when present), ``PODATELNA_*`` environment variables (nested keys with
``__``, e.g. ``PODATELNA_DATABASE__URL``). Relative paths are resolved against the config
file's directory (or the working directory without one). Secrets that still hold a
placeholder are refused outside development mode.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    IPvAnyNetwork,
    PlainSerializer,
    SecretStr,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from intake.errors import ConfigurationError
from intake.feed.render import Format

PRAGUE = ZoneInfo("Europe/Prague")
PLACEHOLDERS = {"", "…", "...", "changeme", "change-me", "secret", "password", "xxx", "todo"}


_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")
MAX_RECEIPT_SKEW = timedelta(days=30)


def parse_duration(value: object) -> timedelta:
    """A duration: whole seconds (``86400``) or units ``d``, ``h``, ``m``, ``s`` in that order
    (``"24h"``, ``"1h30m"``, ``"2d"``); at least 0 and at most 30 days."""
    if isinstance(value, timedelta):
        out = value
    elif isinstance(value, int) and not isinstance(value, bool):
        out = timedelta(seconds=value)
    elif isinstance(value, str) and value.strip().isdigit():
        out = timedelta(seconds=int(value.strip()))
    elif isinstance(value, str) and (m := _DURATION.fullmatch(value.strip().lower())) and any(
        m.groups()
    ):
        d, h, mi, sec = (int(g or 0) for g in m.groups())
        out = timedelta(days=d, hours=h, minutes=mi, seconds=sec)
    else:
        raise ValueError(f'{value!r}: a duration in seconds or like "24h", "1h30m", "2d"')
    if out < timedelta(0) or out > MAX_RECEIPT_SKEW:
        raise ValueError(f"{value!r}: between 0 and 30 days")
    return out


Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(lambda d: int(d.total_seconds()), return_type=int, when_used="json"),
]
"""A duration in seconds or with units (see ``parse_duration``); JSON: whole seconds."""


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseConfig(Section):
    url: str = "sqlite:///var/podatelna.db"
    """SQLAlchemy URL: ``sqlite:///path`` or ``postgresql+psycopg://user:password@host/db``."""
    echo: bool = False


class EvidenceConfig(Section):
    dir: Path = Path("var/evidence")


class CampaignConfig(Section):
    name: str = "prezident-2023"
    title: str = "Volba prezidenta republiky 2023"
    deadline: datetime = datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE)
    """Last moment (inclusive) a filing counts as on time."""
    max_production_ips: int = 5
    max_test_ips: int = 5
    timezone: str = "Europe/Prague"
    live_windows: list[tuple[datetime, datetime]] = [
        (
            datetime(2023, 1, 14, 14, 0, tzinfo=PRAGUE),
            datetime(2023, 1, 15, 23, 59, 59, tzinfo=PRAGUE),
        ),
        (
            datetime(2023, 1, 28, 14, 0, tzinfo=PRAGUE),
            datetime(2023, 1, 29, 23, 59, 59, tzinfo=PRAGUE),
        ),
    ]
    """Live-processing windows: test addresses are cut off inside them."""
    registry_format: str = "CSU-EP/{year}/{number:06d}"
    """Registry number format; ``{year}`` and ``{number}`` are filled in."""
    fix_days: int = 5
    """Days an applicant gets to remedy a defect (stated in the defect notice)."""

    @field_validator("deadline")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("deadline needs a UTC offset, e.g. 2022-12-23T23:59:59+01:00")
        return v

    @field_validator("live_windows")
    @classmethod
    def _windows(cls, v: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
        for start, end in v:
            if start.tzinfo is None or end.tzinfo is None or end < start:
                raise ValueError("each live window is [start, end] with offsets, start <= end")
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class WebConfig(Section):
    listen: str = "127.0.0.1:8000"
    secret_key: SecretStr = SecretStr("changeme")
    """Signs session cookies and CSRF tokens. Must be set outside development mode."""
    session_minutes: int = Field(default=480, ge=1)
    """Absolute lifetime of a session, however active."""
    idle_minutes: int = Field(default=30, ge=1)
    """A session unused for this long is logged out; every request extends it."""
    secure_cookies: bool | None = None
    """Force the Secure cookie flag; default: on when served over TLS."""
    trusted_proxies: list[IPvAnyNetwork] = []
    """Reverse proxies (addresses or networks) whose ``X-Forwarded-For``/``-Proto`` are
    believed; from any other peer those headers are ignored."""
    behind_proxy: bool = False
    """Deprecated shorthand for ``trusted_proxies = ["127.0.0.1", "::1"]`` (a local proxy)."""
    lockout_failures: int = Field(default=10, ge=1)
    """Wrong passwords in a row after which an account (or unknown name) is locked."""
    lockout_minutes: int = Field(default=15, ge=1)
    """How long a lock lasts (an admin can lift it sooner); also the window of the counters."""
    address_limit: int = Field(default=200, ge=1)
    """Wrong logins from one client address per lockout window before its attempts slow down
    (never a lock: a whole office may share one proxy address)."""
    address_max_delay: float = Field(default=10.0, ge=0)
    """The longest wait (seconds) imposed on an attempt from an address over the limit."""

    @model_validator(mode="before")
    @classmethod
    def _proxies(cls, data: Any) -> Any:
        on = ("true", "1", "yes", "on")
        if isinstance(data, dict) and str(data.get("behind_proxy")).lower() in on:
            if data.get("trusted_proxies"):
                raise ValueError("behind_proxy is replaced by trusted_proxies; remove behind_proxy")
            data = {**data, "trusted_proxies": ["127.0.0.1", "::1"]}
        return data


class TrustConfig(Section):
    anchors_dir: Path | None = Path("trust/anchors")
    """Extra trust anchors (PEM/DER); also the ISDS seal's CA."""
    crl_dir: Path | None = Path("trust/crl")
    tl_cache_dir: Path = Path("var/trusted-lists")
    fetch_revocation: bool = True
    """Fetch CRL/OCSP from certificate URLs (public hosts only)."""
    allow_private_fetch: bool = False
    """Allow revocation fetches to private/loopback hosts (tests only: SSRF risk)."""
    accept_seals: bool = False
    """An e-seal does not count as a signature unless true."""
    lotl_url: str = "https://ec.europa.eu/tools/lotl/eu-lotl.xml"
    use_trusted_lists: bool = True


_HEADER_NAME = re.compile(r"[!-9;-~]+")
"""RFC 5322 field name: printable ASCII without the colon."""


class SpamMarkConfig(Section):
    """How a source recognises mail the operator's MTA marked as spam (``intake.spam``): kept,
    not registered, until an officer releases it. Believed only above the Received line of
    the source's ``trusted_mx``; without ``trusted_mx`` nothing is diverted."""

    spam_header: str = "X-Spam-Flag"
    """The header the trusted relay writes."""
    spam_values: list[str] = ["YES"]
    """Values of ``spam_header`` that mean spam (without case; ``Yes, score=…`` counts as
    ``Yes``); an empty list turns the diversion off."""

    @field_validator("spam_header")
    @classmethod
    def _header(cls, v: str) -> str:
        if not _HEADER_NAME.fullmatch(v.strip()):
            raise ValueError(f"{v!r}: a header field name such as X-Spam-Flag")
        return v.strip()

    @field_validator("spam_values")
    @classmethod
    def _values(cls, v: list[str]) -> list[str]:
        if any(not x.strip() for x in v):
            raise ValueError("spam_values: no empty values")
        return [x.strip() for x in v]


class DropFolderSourceConfig(SpamMarkConfig):
    kind: Literal["dropfolder"]
    name: str
    path: Path
    channel: Literal["auto", "email", "databox"] = "auto"
    max_size: int = 50 * 1024 * 1024
    """Largest item (bytes) taken from the folder; published in the intake conditions."""
    trusted_mx: str | None = None
    """The relay whose ``Received:`` header may give an e-mail's receipt time (else: the
    registration time); a spam mark above that header counts."""
    max_receipt_skew: Duration = timedelta(hours=24)
    """How much earlier than the arrival that header may be, at most."""


class ImapSourceConfig(SpamMarkConfig):
    kind: Literal["imap"]
    name: str
    host: str
    port: int = 993
    security: Literal["tls", "starttls", "plain"] = "tls"
    verify_tls: bool = True
    ca_file: Path | None = None
    auth: Literal["password", "xoauth2"] = "password"
    username: str
    password: SecretStr | None = None
    password_file: Path | None = None
    oauth2_token_command: str | None = None
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"
    max_size: int = 50 * 1024 * 1024
    trusted_mx: str | None = None
    """The relay whose ``Received:`` header may give the receipt time (else: INTERNALDATE)."""
    max_receipt_skew: Duration = timedelta(hours=24)
    """How much earlier than INTERNALDATE that header may be, at most."""
    idle: bool = True
    rescan_seconds: float = 60.0
    timeout_seconds: float = 30.0


class DataboxSourceConfig(Section):
    kind: Literal["databox"]
    name: str
    environment: Literal["production", "test"] = "production"
    base_url: str | None = None
    """Overrides the environment's host (the ISDS stand-in, a legacy domain)."""
    legacy_domain: bool = False
    """Use the pre-2026 domains (mojedatovaschranka.cz / czebox.cz) instead of datovka.gov.cz."""
    login: Literal["password", "certificate", "hosted"] = "password"
    username: str | None = None
    password: SecretStr | None = None
    password_file: Path | None = None
    certificate: Path | None = None
    key: Path | None = None
    box_id: str | None = None
    """Our own data-box ID (for replies and checks)."""
    max_size: int = 50 * 1024 * 1024
    """Largest data message (bytes) accepted; published in the intake conditions."""
    overlap_minutes: int = 60
    page_size: int = 100
    timeout_seconds: float = 60.0
    initial_lookback_days: int = 90
    verify_tls: bool = True
    ca_file: Path | None = None
    """CA bundle for the ISDS server certificate (e.g. the stand-in's ``--ca-out``)."""


SourceConfig = Annotated[
    DropFolderSourceConfig | ImapSourceConfig | DataboxSourceConfig, Field(discriminator="kind")
]


class SmtpConfig(Section):
    host: str = "127.0.0.1"
    port: int = 25
    security: Literal["tls", "starttls", "plain"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    password_file: Path | None = None
    sender: str = "podatelna@localhost"
    """From: address of notices; also what the no-auto-reply rule treats as our own."""
    timeout_seconds: float = 30.0
    verify_tls: bool = True
    ca_file: Path | None = None


class NoticesConfig(Section):
    enabled: bool = True
    reply_source: str | None = None
    """Name of the databox source used to send notices to data boxes."""
    seal_certificate: Path | None = None
    seal_key: Path | None = None
    seal_key_password: SecretStr | None = None
    office_name: str = "Český statistický úřad"
    max_attempts: int = 8
    seal_chain: list[Path] = []
    """Intermediate CA certificates (PEM) embedded with the seal and the S/MIME signature."""
    smime: bool = True
    """S/MIME-sign e-mails with the seal certificate when one is configured."""
    backoff_seconds: float = 60.0
    """First retry delay; doubled per attempt up to ``max_backoff_seconds``."""
    max_backoff_seconds: float = 6 * 3600.0
    in_doubt_seconds: float = 600.0
    """A notice still ``sending`` this long after its claim is in doubt (the sender died after
    handing it over): it is resent with the same idempotency key."""
    timestamp_url: str | None = None
    """RFC 3161 time-stamping authority: seals then carry a time stamp (PAdES B-T)."""
    font: Path | None = None
    """TrueType font with Czech diacritics for PDF letters (default: DejaVu Sans)."""
    signature_block: str = "Elektronická podatelna"
    """Closing line of letters and e-mails."""
    review_seconds: float = Field(default=0.0, ge=0.0, le=86400.0)
    """Automatic notices (receipt, verification result) wait this long in the outbox before
    they are sent, so that officers can read one and hold it (0: sent at once)."""


class ContentConfig(Section):
    allowed_formats: list[str] | None = None
    """Detected types accepted (None: the ISDS/vyhláška 259/2012 list)."""
    clamd_socket: Path | None = None
    clamd_host: str | None = None
    clamd_port: int = 3310
    clamd_timeout_seconds: float = 60.0
    scan_required: bool = False
    """Fail closed when no scanner is reachable (production: true)."""
    allow_unscanned: bool = False
    """Run in production without any malware scanner configured (logged at start-up and shown
    on the officer dashboard); without it such a service refuses to start."""
    max_expanded_bytes: int = 200 * 1024 * 1024
    max_ratio: int = 200
    max_members: int = 1000
    max_depth: int = 3

    @property
    def scanner_configured(self) -> bool:
        """Whether a clamd scanner is configured (a socket or a host)."""
        return self.clamd_socket is not None or self.clamd_host is not None


class FeedConfig(Section):
    signing_key: Path | None = None
    """Ed25519 secret key (minisign format) signing every list; generated in var/ if absent."""
    signing_key_password: SecretStr | None = None
    profile_override: Literal["test", "live"] | None = None
    """A fixed profile from the configuration; ``podatelna allowlist profile set`` wins."""
    refresh_seconds: float = Field(default=0.5, gt=0)
    """How stale the feed API's in-memory view of versions and tokens may get before a request
    reads it again (changes made by other processes); changes made in the serving process are
    seen at once. A view is never used beyond twice this age: a token revoked elsewhere is
    refused at most ``2 × refresh_seconds`` after the commit, and when the database cannot be
    read that long the feed answers 503."""


class AgentConfig(Section):
    url: str = "http://127.0.0.1:8000"
    token: SecretStr | None = None
    token_file: Path | None = None
    public_key: Path | None = None
    profile: Literal["test", "live"] | None = None
    format: Format = Format.NGINX
    target: Path = Path("/etc/nginx/podatelna-allow.conf")
    state_dir: Path = Path("var/agent")
    check_command: str | None = None
    reload_command: str | None = None
    interval_seconds: float = 10.0
    listen: str | None = "127.0.0.1:8090"


class AuditConfig(Section):
    """Checkpoints of the audit chain, kept outside the database (``audit verify``)."""

    checkpoint_every: int = Field(default=1000, ge=1)
    """A checkpoint after at most this many new audit entries …"""
    checkpoint_hours: float = Field(default=24.0, gt=0)
    """… and at least this often while entries come in."""
    checkpoint_file: Path | None = None
    """Append-only JSON lines (default: ``audit-checkpoints.jsonl`` beside the evidence dir)."""
    tsa_url: str | None = None
    """RFC 3161 time-stamping authority: every checkpoint then carries its time-stamp."""
    seal: bool = True
    """Seal checkpoints (CMS) with the office seal of ``[notices]`` when one is configured."""


class WorkerConfig(Section):
    poll_seconds: float = 5.0
    batch: int = 50


class DecisionsConfig(Section):
    """How officers' decisions take effect."""

    second_approver: bool = False
    """True: an approval that overrides blocking problems takes effect only when a second,
    different officer confirms it (the filing waits in ``awaiting_confirmation``)."""


class OfficeConfig(Section):
    """The receiving office's own identifiers (defaults: ČSÚ). Letters addressed to the office
    carry them; extraction never takes them for the applicant's contacts or data box."""

    domains: list[str] = ["czso.cz", "csu.gov.cz"]
    """E-mail domains of the office (subdomains included)."""
    databox_id: str = "2gfaasy"
    phone_prefixes: list[str] = ["+42027405"]
    """E.164 prefixes of the office's telephone numbers."""
    email: str = "podatelna@csu.gov.cz"
    """The published e-mail address of the electronic filing office."""
    postal_address: list[str] = ["Český statistický úřad", "Na padesátém 81", "100 82 Praha 10"]
    """Postal address of the filing office (lines), published in the intake conditions."""
    office_hours: list[str] = [
        "pondělí a středa 8:00–17:00",
        "úterý a čtvrtek 8:00–16:00",
        "pátek 8:00–15:00",
    ]
    """Office hours of the filing office (lines, Czech)."""
    other_means: list[str] = [
        "Listinné podání poštou na adresu podatelny nebo osobně na podatelně v úředních hodinách."
    ]
    """Other ways to file (Czech sentences), published in the intake conditions."""
    carriers: list[str] = []
    """Accepted carriers of data messages (e.g. "USB flash disk, FAT32"); empty: none."""

    @field_validator("phone_prefixes")
    @classmethod
    def _e164(cls, v: list[str]) -> list[str]:
        for prefix in v:
            if not prefix.startswith("+") or not prefix[1:].isdigit():
                raise ValueError(f"{prefix!r}: an E.164 prefix, e.g. +42027405")
        return v


class Settings(BaseSettings):
    """Everything podatelna reads from its configuration, typed and validated."""

    model_config = SettingsConfigDict(
        env_prefix="PODATELNA_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    mode: Literal["development", "production"] = "production"
    """``production`` refuses placeholder secrets; the embedded default runs as development."""
    demo: bool = False
    """Seed demo data (officer, submissions, ISDS stand-in) — the embedded default."""
    base_dir: Path = Path(".")
    """Directory that relative paths are resolved against (the config file's directory)."""
    database: DatabaseConfig = DatabaseConfig()
    evidence: EvidenceConfig = EvidenceConfig()
    campaign: CampaignConfig = CampaignConfig()
    web: WebConfig = WebConfig()
    trust: TrustConfig = TrustConfig()
    source: list[SourceConfig] = []
    smtp: SmtpConfig | None = None
    notices: NoticesConfig = NoticesConfig()
    content: ContentConfig = ContentConfig()
    feed: FeedConfig = FeedConfig()
    agent: AgentConfig = AgentConfig()
    worker: WorkerConfig = WorkerConfig()
    audit: AuditConfig = AuditConfig()
    office: OfficeConfig = OfficeConfig()
    decisions: DecisionsConfig = DecisionsConfig()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # environment beats the file (passed as init kwargs)
        return env_settings, init_settings

    @model_validator(mode="after")
    def _checks(self) -> Settings:
        names = [s.name for s in self.source]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"source names must be unique: {sorted(dup)}")
        if self.mode != "development":
            secret = self.web.secret_key.get_secret_value()
            if secret.strip().lower() in PLACEHOLDERS or len(secret) < 16:
                raise ValueError(
                    "web.secret_key is a placeholder: set a random value of at least 16 "
                    'characters (or mode = "development")'
                )
        return self

    def path(self, p: Path | str) -> Path:
        """Resolve a configured path against the configuration's base directory."""
        p = Path(p).expanduser()
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    @property
    def database_url(self) -> str:
        """The database URL with a relative SQLite path resolved against base_dir."""
        url = self.database.url
        prefix = "sqlite:///"
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.path(url[len(prefix) :]))
        return url


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Build the Settings from ``config`` (or ./podatelna.toml when present) and the environment.

    Raises ConfigurationError with a readable message on any invalid value."""
    data: dict[str, Any] = {}
    base = Path.cwd()
    if config is None and Path("podatelna.toml").is_file():
        config = Path("podatelna.toml")
    if config is not None:
        try:
            data = tomllib.loads(Path(config).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ConfigurationError(f"configuration file not found: {config}") from exc
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"cannot read {config}: {exc}") from exc
        base = Path(config).resolve().parent
    data.setdefault("base_dir", base)
    # Without a configuration file podatelna runs as the embedded development default; a
    # configuration file means a deployment, which must say `mode = "development"` to opt out
    # of the production checks.
    data.setdefault("mode", "production" if config is not None else "development")
    data.update(overrides)
    try:
        return Settings(**data)
    except ValueError as exc:
        raise ConfigurationError(_describe(exc)) from exc


def _describe(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        parts = []
        for e in errors():
            loc = ".".join(str(x) for x in e.get("loc", ()))
            parts.append(f"{loc}: {e.get('msg')}" if loc else str(e.get("msg")))
        return "invalid configuration: " + "; ".join(parts)
    return f"invalid configuration: {exc}"


def read_secret(value: SecretStr | None, file: Path | None, settings: Settings) -> str | None:
    """A secret given inline or in a file (first line, stripped)."""
    if value is not None:
        return value.get_secret_value()
    if file is not None:
        try:
            return settings.path(file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigurationError(f"cannot read secret file {file}: {exc}") from exc
    return None
