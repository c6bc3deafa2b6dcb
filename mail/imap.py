"""IMAP intake behind ``intake.model.Source`` (imapclient 4.1; shared/research/mail.md §1.5).

Stateless about what was processed: the registry (source name + ref, and SHA-256) is the
ledger. ``poll`` yields every message still in the folder (``BODY.PEEK[]``; ``\\Seen`` is never
state); the service stores and commits it, then calls ``acknowledge(ref)``, which moves the
message to the processed folder (``UID MOVE``, else ``UID COPY`` + ``\\Deleted`` + ``UID
EXPUNGE``; batched), or to quarantine for refs yielded as a ``SourceNotice`` or as a withheld
(oversize) item. A crash in between only
means the message is yielded again and recognised by the registry. ``ref`` is
``folder/UIDVALIDITY/UID``; after a UIDVALIDITY change every message gets a new ref and the
registry deduplicates by hash. Message sets are always lists of ints (imapclient 4.1.0 bug).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Iterator

from imapclient import IMAPClient

from intake.errors import MailSourceError
from intake.model import RawItem, SourceNotice
from mail.imapconn import (
    TRANSIENT,
    ImapAccount,
    LoginRefused,
    close_quietly,
    copied_before,
    idle_until,
    move_messages,
    open_connection,
    open_folder,
    remove_messages,
)
from mail.imapitem import (
    PendingMoves,
    parse_ref,
    plan_batches,
    raw_item,
    ref_for,
    withheld_item,
)

logger = logging.getLogger(__name__)

META_BATCH = 500
"""UIDs whose size and INTERNALDATE are fetched in one command."""
BODY_BATCH_BYTES = 8 * 1024 * 1024
BODY_BATCH_COUNT = 100
EMPTY_BODY_LIMIT = 3
"""Polls in a row without a body after which a message is quarantined with a notice."""
ACK_BATCH = 200
"""Acknowledged messages moved in one command at the latest."""
MAX_SESSION = 45 * 60
"""Seconds after which a poll starts on a fresh connection (fresh OAuth2 token, getmail6 #147)."""
IDLE_CHUNK = 25 * 60
"""Re-issue IDLE before servers drop idle clients (RFC 2177: at most 29 min)."""


class ImapSource:
    """One IMAP account and folder as an intake source."""

    def __init__(
        self,
        name: str,
        host: str,
        port: int = 993,
        security: str = "tls",
        verify_tls: bool = True,
        ca_file: str | None = None,
        username: str = "",
        password: str | None = None,
        oauth2_token_command: str | None = None,
        folder: str = "INBOX",
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
        max_size: int = 50 * 1024 * 1024,
        timeout: float = 30.0,
        idle: bool = True,
        rescan_seconds: float = 60.0,
        reconnect_attempts: int = 4,
        backoff_initial: float = 0.5,
        backoff_max: float = 300.0,
    ) -> None:
        self.name = name
        self.account = ImapAccount(
            name, host, port, security, verify_tls, ca_file, username, password,
            oauth2_token_command, timeout,
        )  # fmt: skip
        self.folder = folder
        self.processed_folder = processed_folder
        self.quarantine_folder = quarantine_folder
        self.max_size = max_size
        self.idle = idle
        self.rescan_seconds = rescan_seconds
        self.reconnect_attempts = reconnect_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.last_error: str | None = None
        """The last connection error (secret-free), None after a successful connection."""
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._caps: frozenset[bytes] = frozenset()
        self._quarantine: set[str] = set()
        self._listed: set[int] = set()
        self._empty: dict[tuple[int | None, int], int] = {}
        """How many polls in a row returned no body for a message."""
        self._acks = PendingMoves()
        """Acknowledged UIDs not yet moved, per destination folder (moved in one command)."""
        self._delay = 0.0
        self._retry_at = 0.0
        self._connected_at = 0.0
        self.force_copy_fallback = False
        """Tests: acknowledge with COPY + \\Deleted + UID EXPUNGE even when MOVE is offered."""

    # ---- connection ----------------------------------------------------------------------

    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        try:
            client = open_connection(self.account)
            self._caps, self._uidvalidity = open_folder(
                client, self.account, self.folder, (self.processed_folder, self.quarantine_folder)
            )
        except MailSourceError as exc:
            self._failed(exc)
            raise
        self._client = client
        self._connected_at = time.monotonic()
        self._delay = 0.0
        self.last_error = None
        return client

    def _failed(self, exc: MailSourceError) -> None:
        self.last_error = exc.diagnostics()
        floor = 60.0 if isinstance(exc, LoginRefused) else self.backoff_initial
        self._delay = min(self.backoff_max, max(floor, self._delay * 2))
        self._retry_at = time.monotonic() + self._delay * random.uniform(0.9, 1.1)
        logger.warning("%s (next attempt in %.1f s)", self.last_error, self._delay)

    def _drop(self) -> None:
        client, self._client = self._client, None
        close_quietly(client)

    def _reconnect(self, why: BaseException) -> IMAPClient:
        """Replace a broken connection, retrying with exponential backoff (bounded)."""
        logger.warning("source %s: connection lost (%s); reconnecting", self.name, why)
        self._drop()
        delay = self.backoff_initial
        for attempt in range(self.reconnect_attempts):
            try:
                return self._connect()
            except LoginRefused:
                raise
            except MailSourceError:
                if attempt + 1 == self.reconnect_attempts:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, self.backoff_max)
        raise AssertionError("unreachable")

    def _backing_off(self) -> None:
        if self._client is None and time.monotonic() < self._retry_at:
            raise MailSourceError(
                f"{self.last_error} (retrying in {self._retry_at - time.monotonic():.0f} s)"
            )

    # ---- Source protocol -----------------------------------------------------------------

    def poll(self) -> Iterator[RawItem | SourceNotice]:
        """Every message in the folder, oldest UID first; oversize ones as withheld items (first
        in each batch of ``META_BATCH``). Raises only ``MailSourceError``."""
        self._backing_off()
        if self._client is not None and time.monotonic() - self._connected_at > MAX_SESSION:
            self.close()  # moves what was acknowledged, then a fresh session below
        try:
            client = self._connect()
            try:
                self._flush()
                client.noop()
                uids = sorted(int(u) for u in client.search(["ALL"]))
            except TRANSIENT as exc:
                client = self._reconnect(exc)
                self._flush()
                uids = sorted(int(u) for u in client.search(["ALL"]))
            self._listed = set(uids)
            self._quarantine.clear()
            yield from self._poll(uids)
        except GeneratorExit:  # the consumer stopped early: still move what it acknowledged
            try:
                self._flush_at_end()
            except MailSourceError as exc:
                logger.warning("%s", exc.diagnostics())
            raise
        except TRANSIENT as exc:  # a reconnection did not help
            self._drop()
            raise MailSourceError(
                f"source {self.name}: connection to {self.account.host}:{self.account.port} "
                f"failed during the poll ({type(exc).__name__}: {exc})"
            ) from None
        self._flush_at_end()

    def _poll(self, pending: list[int]) -> Iterator[RawItem | SourceNotice]:
        while pending:
            chunk, pending = pending[:META_BATCH], pending[META_BATCH:]
            try:
                batches, withheld = self._plan(chunk)
            except TRANSIENT as exc:
                pending = self._resume(exc, chunk + pending)
                continue
            yield from withheld
            for n, batch in enumerate(batches):
                try:
                    items = self._fetch(batch)
                except TRANSIENT as exc:
                    rest = [u for b in batches[n:] for u in b] + pending
                    pending = self._resume(exc, rest)
                    break
                yield from items

    def _resume(self, exc: BaseException, remaining: list[int]) -> list[int]:
        """After a lost connection: what is still to do (everything if UIDVALIDITY changed)."""
        old = self._uidvalidity
        client = self._reconnect(exc)
        uids = sorted(int(u) for u in client.search(["ALL"]))
        self._listed |= set(uids)
        if self._uidvalidity != old:
            logger.warning("source %s: UIDVALIDITY changed; rescanning", self.name)
            return uids
        present = set(uids)
        return [u for u in remaining if u in present]

    def _plan(self, chunk: list[int]) -> tuple[list[list[int]], list[RawItem]]:
        """Sizes of ``chunk``: oversize messages become withheld items (their headers only;
        the message itself goes to quarantine when acknowledged), the rest body batches."""
        assert self._client is not None
        meta = self._client.fetch(chunk, ["RFC822.SIZE"])
        sizes = [(u, int(meta[u].get(b"RFC822.SIZE", 0))) for u in chunk if u in meta]
        oversize = {u: n for u, n in sizes if n > self.max_size}
        fitting = [(u, n) for u, n in sizes if n <= self.max_size]
        return plan_batches(fitting, BODY_BATCH_BYTES, BODY_BATCH_COUNT), self._withheld(oversize)

    def _withheld(self, sizes: dict[int, int]) -> list[RawItem]:
        """Withheld items for oversize messages: headers and INTERNALDATE, no body."""
        if not sizes:
            return []
        assert self._client is not None
        data = self._client.fetch(sorted(sizes), ["BODY.PEEK[HEADER]", "INTERNALDATE"])
        items = []
        for uid, size in sorted(sizes.items()):
            if uid not in data:
                continue  # expunged meanwhile by another client
            got = data[uid]
            head = bytes(got.get(b"BODY[HEADER]") or b"")
            item = self._item(uid, head, got.get(b"INTERNALDATE"))
            self._quarantine.add(item.ref)
            items.append(withheld_item(item, size, self.max_size))
        return items

    def _fetch(self, batch: list[int]) -> list[RawItem | SourceNotice]:
        assert self._client is not None
        self._flush()
        data = self._client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
        items: list[RawItem | SourceNotice] = []
        for uid in batch:
            if uid not in data:
                continue  # expunged meanwhile by another client
            got = data[uid]
            raw = got.get(b"BODY[]")
            if raw:
                self._empty.pop((self._uidvalidity, uid), None)
                items.append(self._item(uid, bytes(raw), got.get(b"INTERNALDATE")))
                continue
            # OTRS #694 / getmail "bad message from server": never take a message whose bytes
            # we did not get; retry on the next polls, then set it aside with a notice.
            key = (self._uidvalidity, uid)
            self._empty[key] = self._empty.get(key, 0) + 1
            if self._empty[key] < EMPTY_BODY_LIMIT:
                logger.warning("source %s: no body for UID %s; retried later", self.name, uid)
                continue
            ref = self._ref(uid)
            self._quarantine.add(ref)
            detail = f"the server returned no body {self._empty[key]} times"
            items.append(SourceNotice(self.name, ref, "unfetchable", detail))
        return items

    def _item(self, uid: int, raw: bytes, internaldate: object) -> RawItem:
        return raw_item(self.name, self.folder, self._uidvalidity or 0, uid, raw, internaldate)

    def _ref(self, uid: int) -> str:
        return ref_for(self.folder, self._uidvalidity or 0, uid)

    def acknowledge(self, ref: str) -> None:
        """Mark the message as durably stored: it is moved out of the folder (to quarantine
        when it was yielded as a notice). Moves are batched into one ``UID MOVE``: they happen
        when ``poll`` continues or ends, in ``wait``, ``flush`` and ``close``, and after
        ``ACK_BATCH`` acknowledgements. If a move never happens (crash, lost connection) the
        message is simply listed again and the registry recognises it."""
        uidvalidity, uid = parse_ref(ref, self.name, self.folder)
        dest = self.quarantine_folder if ref in self._quarantine else self.processed_folder
        if self._uidvalidity is None:
            self._backing_off()
            self._connect()
        if self._uidvalidity != uidvalidity:
            logger.warning(
                "source %s: UIDVALIDITY is now %s, cannot acknowledge %s; the message will be "
                "listed again under its new UID",
                self.name,
                self._uidvalidity,
                ref,
            )
            return
        self._quarantine.discard(ref)
        self._acks.add(dest, uid, uidvalidity)
        if len(self._acks) >= ACK_BATCH:
            self._flush_at_end()

    def _flush(self) -> None:
        """Move every acknowledged UID (one UID MOVE per destination). Raises TRANSIENT
        errors to the caller, which reconnects; the queue is kept until a move succeeded."""
        if not self._acks:
            return
        client = self._connect()
        if self._acks.validity is not None and self._uidvalidity != self._acks.validity:
            logger.warning(
                "source %s: UIDVALIDITY changed before %d acknowledged message(s) were moved; "
                "they will be listed again",
                self.name,
                len(self._acks),
            )
            self._acks.clear()
            return
        for dest in list(self._acks.by_dest):
            uids = sorted(set(self._acks.by_dest[dest]))
            if dest in self._acks.unconfirmed:
                uids = self._settle(client, uids, dest)
            self._acks.unconfirmed.add(dest)
            if uids:
                self._move(client, uids, dest)
            self._acks.unconfirmed.discard(dest)
            del self._acks.by_dest[dest]

    def _settle(self, client: IMAPClient, uids: list[int], dest: str) -> list[int]:
        """Before repeating a move that broke off: messages it already copied to ``dest``
        are only removed from the folder (not copied twice); the rest still to move."""
        copied, validity = copied_before(client, uids, self.folder, dest)
        if validity != self._uidvalidity:  # the queue is cleared by the reconnection's flush
            raise ConnectionAbortedError("UIDVALIDITY changed while a move was settled")
        if copied and b"UIDPLUS" in self._caps:
            logger.info(
                "source %s: %d message(s) were already copied to %s by a move that broke off",
                self.name,
                len(copied),
                dest,
            )
            remove_messages(client, sorted(copied))
            return [u for u in uids if u not in copied]
        return uids

    def _flush_at_end(self) -> None:
        """Flush with one reconnection attempt; a failure leaves the messages in the folder
        (listed again next time and recognised by the registry) and is raised."""
        if not self._acks:
            return
        try:
            self._flush()
        except TRANSIENT as exc:
            self._reconnect(exc)
            try:
                self._flush()
            except TRANSIENT as exc2:
                self._drop()
                raise MailSourceError(
                    f"source {self.name}: could not move acknowledged messages: {exc2}"
                ) from None

    def flush(self) -> None:
        """Carry out pending acknowledgements now (also done by poll, wait and close)."""
        self._flush_at_end()

    def _move(self, client: IMAPClient, uids: list[int], dest: str) -> None:
        move_messages(client, self._caps, uids, dest, self.name, self.force_copy_fallback)

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds for new mail (IDLE as a wake-up hint). True when
        something may have arrived (or the connection changed): poll again."""
        deadline = time.monotonic() + timeout
        if self._client is None:
            pause = max(0.0, min(timeout, self._retry_at - time.monotonic()))
            time.sleep(pause)
            if time.monotonic() < self._retry_at:
                return False
            try:
                self._connect()
            except MailSourceError:
                return False
        client = self._client
        assert client is not None
        try:
            self._flush()
            # NOOP first: Dovecot may announce a new message only after a SEARCH result, and
            # such an EXISTS would not be repeated once IDLE starts.
            client.noop()
            if set(int(u) for u in client.search(["ALL"])) - self._listed:
                return True
            if not (self.idle and b"IDLE" in self._caps):
                time.sleep(max(0.0, min(self.rescan_seconds, deadline - time.monotonic())))
                return bool(set(int(u) for u in client.search(["ALL"])) - self._listed)
            return self._idle(client, deadline)
        except TRANSIENT as exc:
            logger.info("source %s: connection lost while waiting (%s)", self.name, exc)
            self._drop()
            return True
        except MailSourceError as exc:
            logger.warning("%s", exc.diagnostics())
            self._drop()
            return False

    def _idle(self, client: IMAPClient, deadline: float) -> bool:
        return idle_until(client, deadline, IDLE_CHUNK)

    def close(self) -> None:
        try:
            if self._client is not None:
                self._flush_at_end()
        except MailSourceError as exc:
            logger.warning("%s", exc.diagnostics())
        finally:
            self._drop()

    def __repr__(self) -> str:
        return f"ImapSource({self.name!r}, {self.account.where}, folder={self.folder!r})"
