"""Opening an authenticated IMAP connection (imapclient): TLS, login, folder checks, and the
translation of library errors into ``MailSourceError`` with a clear, secret-free message."""

from __future__ import annotations

import ipaddress
import logging
import shlex
import ssl
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from imapclient import DELETED, IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from intake.errors import ConfigurationError, MailSourceError

logger = logging.getLogger(__name__)

TRANSIENT: tuple[type[BaseException], ...] = (OSError, EOFError, IMAPClientError)
"""Errors after which an imapclient object is unusable (socket, TLS, abort, protocol state):
drop it and reconnect. ``ssl.SSLError`` and ``TimeoutError`` are ``OSError`` subclasses."""


class LoginRefused(MailSourceError):
    """Wrong credentials: retrying soon would only risk a lockout."""


class TlsFailure(MailSourceError):
    """The server's certificate or TLS handshake was refused."""


@dataclass(frozen=True)
class ImapAccount:
    name: str
    host: str
    port: int
    security: str  # tls | starttls | plain
    verify_tls: bool
    ca_file: str | None
    username: str
    password: str | None
    oauth2_token_command: str | None
    timeout: float

    def __post_init__(self) -> None:
        if self.security not in ("tls", "starttls", "plain"):
            raise ConfigurationError(f"source {self.name}: security must be tls, starttls or plain")
        if self.security == "plain" and not is_loopback(self.host):
            raise ConfigurationError(
                f"source {self.name}: security = plain is allowed only for a loopback host"
            )
        if self.password is None and not self.oauth2_token_command:
            raise ConfigurationError(f"source {self.name}: a password or a token command is needed")

    @property
    def where(self) -> str:
        return f"{self.username}@{self.host}:{self.port}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_context(account: ImapAccount) -> ssl.SSLContext:
    if not account.verify_tls:
        logger.warning("source %s: TLS certificate verification is OFF", account.name)
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    try:
        return ssl.create_default_context(cafile=account.ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigurationError(
            f"source {account.name}: cannot read ca_file {account.ca_file}: {exc}"
        ) from exc


def oauth2_token(account: ImapAccount) -> str:
    """Run the configured token command; its stdout (stripped) is the access token."""
    assert account.oauth2_token_command
    try:
        out = subprocess.run(
            shlex.split(account.oauth2_token_command),
            capture_output=True,
            timeout=account.timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MailSourceError(
            f"source {account.name}: OAuth2 token command failed: {type(exc).__name__}"
        ) from exc
    token = out.stdout.decode("utf-8", "replace").strip()
    if out.returncode != 0 or not token:
        raise MailSourceError(
            f"source {account.name}: OAuth2 token command exited {out.returncode} without a token"
        )
    return token


def open_connection(account: ImapAccount) -> IMAPClient:
    """Connect, secure and log in. Raises TlsFailure, LoginRefused or MailSourceError."""
    timeout = SocketTimeout(connect=account.timeout, read=account.timeout)
    ctx = tls_context(account) if account.security != "plain" else None
    client: IMAPClient | None = None
    try:
        client = IMAPClient(
            account.host,
            port=account.port,
            ssl=account.security == "tls",
            ssl_context=ctx,
            timeout=timeout,
        )
        if account.security == "starttls":
            client.starttls(ssl_context=ctx)
        client.normalise_times = False  # INTERNALDATE as aware datetimes
        if account.oauth2_token_command:
            client.oauth2_login(account.username, oauth2_token(account))
        else:
            client.login(account.username, account.password or "")
        return client
    except ssl.SSLCertVerificationError as exc:
        _discard(client)
        raise TlsFailure(
            f"source {account.name}: TLS certificate of {account.host}:{account.port} "
            f"not trusted ({exc.verify_message or exc.reason})"
        ) from None
    except ssl.SSLError as exc:
        _discard(client)
        raise TlsFailure(
            f"source {account.name}: TLS handshake with {account.host}:{account.port} "
            f"failed ({exc.reason or type(exc).__name__})"
        ) from None
    except LoginError:
        _discard(client)
        raise LoginRefused(
            f"source {account.name}: login refused for {account.where} "
            "(wrong user name, password or token)"
        ) from None
    except MailSourceError:
        _discard(client)
        raise
    except TRANSIENT as exc:
        _discard(client)
        raise MailSourceError(
            f"source {account.name}: cannot connect to {account.host}:{account.port} "
            f"({type(exc).__name__}: {exc})"
        ) from None


def open_folder(
    client: IMAPClient, account: ImapAccount, folder: str, create: tuple[str, ...]
) -> tuple[frozenset[bytes], int]:
    """Select ``folder`` (creating the ``create`` folders when missing) on a new connection:
    (capabilities, UIDVALIDITY). The connection is closed when this fails."""
    try:
        caps = frozenset(client.capabilities())
        for name in create:
            if not client.folder_exists(name):
                client.create_folder(name)
        if not client.folder_exists(folder):
            raise MailSourceError(
                f"source {account.name}: folder {folder!r} does not exist for {account.where}"
            )
        info = client.select_folder(folder)
        return caps, int(info[b"UIDVALIDITY"])
    except MailSourceError:
        close_quietly(client)
        raise
    except TRANSIENT as exc:
        close_quietly(client)
        raise MailSourceError(
            f"source {account.name}: cannot open folder {folder!r}: {type(exc).__name__}: {exc}"
        ) from None


def _discard(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.shutdown()
    except Exception:  # the socket may be gone already
        pass


def close_quietly(client: IMAPClient | None) -> None:
    """Log out if the connection still works, else just drop the socket."""
    if client is None:
        return
    try:
        client.logout()
    except Exception:
        _discard(client)


def remove_messages(client: IMAPClient, uids: list[int]) -> None:
    """``\\Deleted`` + ``UID EXPUNGE`` of exactly ``uids`` (UIDPLUS)."""
    client.add_flags(uids, [DELETED], silent=True)
    client.uid_expunge(uids)


def move_messages(
    client: IMAPClient,
    caps: frozenset[bytes],
    uids: list[int],
    dest: str,
    source: str,
    force_copy: bool = False,
) -> None:
    """``UID MOVE`` (RFC 6851), else ``UID COPY`` + ``\\Deleted`` + ``UID EXPUNGE`` (UIDPLUS);
    never a plain EXPUNGE, which would also remove messages another client marked."""
    if b"MOVE" in caps and not force_copy:
        client.move(uids, dest)
    elif b"UIDPLUS" in caps:
        client.copy(uids, dest)
        remove_messages(client, uids)
    else:
        raise MailSourceError(
            f"source {source}: server offers neither MOVE nor UIDPLUS; "
            "refusing to acknowledge with a plain EXPUNGE"
        )
    logger.debug("source %s: %d message(s) moved to %s", source, len(uids), dest)


def _move_keys(client: IMAPClient, uids: list[int]) -> dict[int, tuple[object, ...]]:
    """What a move keeps of each message: Message-ID, size and INTERNALDATE."""
    if not uids:
        return {}
    header = b"BODY[HEADER.FIELDS (MESSAGE-ID)]"
    got = client.fetch(
        uids, ["RFC822.SIZE", "INTERNALDATE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]
    )
    return {
        uid: (data.get(header, b"").strip(), data.get(b"RFC822.SIZE"), data.get(b"INTERNALDATE"))
        for uid, data in got.items()
    }


def copied_before(
    client: IMAPClient, uids: list[int], folder: str, dest: str
) -> tuple[set[int], int]:
    """After a move that broke off (the server copies, then expunges: killed in between, a
    message is in both folders): which of ``uids`` still in ``folder`` already have their copy
    in ``dest``, matched by Message-ID, size and INTERNALDATE, each copy used once. Leaves
    ``folder`` selected again; returns the matches and its UIDVALIDITY."""
    mine = _move_keys(client, uids)
    found: set[int] = set()
    if mine:
        days = [k[2] for k in mine.values() if isinstance(k[2], datetime)]
        client.select_folder(dest, readonly=True)
        criteria: list[object] = ["ALL"]
        if len(days) == len(mine):
            criteria = [
                "SINCE", min(days).date() - timedelta(days=1),
                "BEFORE", max(days).date() + timedelta(days=2),
            ]  # fmt: skip
        theirs = Counter(_move_keys(client, client.search(criteria)).values())
        for uid, key in sorted(mine.items()):
            if theirs[key] > 0:
                theirs[key] -= 1
                found.add(uid)
    info = client.select_folder(folder)
    return found, int(info[b"UIDVALIDITY"])


def idle_until(client: IMAPClient, deadline: float, chunk: float) -> bool:
    """IDLE (re-issued every ``chunk`` seconds) until new mail is announced (True) or the
    monotonic ``deadline`` passes (False). A BYE or a dead socket raises a TRANSIENT error."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        client.idle()
        woke = False
        try:
            for resp in client.idle_check(timeout=min(remaining, chunk)):
                if len(resp) >= 1 and resp[0] == b"BYE":
                    raise ConnectionAbortedError("server said BYE during IDLE")
                if len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT"):
                    woke = True
        finally:
            client.idle_done()
        if woke:
            return True
