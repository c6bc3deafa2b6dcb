"""mail.imap.ImapSource against a real Dovecot (tests/fixtures/imap.py): polling, acknowledging,
IDLE, UIDVALIDITY, sizes and batching."""

from __future__ import annotations

import hashlib
import threading
import time
from datetime import UTC, datetime, timedelta, timezone

import mail.imap
from intake.model import RawItem, Source, SourceNotice, WithheldReason
from mail.imap import ImapSource
from tests.fixtures.imap import Dovecot
from tests.mail import samples
from tests.mail.imaptools import drain, flags, source


def test_poll_then_acknowledge_moves_to_processed(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    msgs = [samples.simple(i) for i in range(3)]
    dovecot.append(user, msgs)
    src = source(dovecot, user)
    assert isinstance(src, Source)
    try:
        items = drain(src, ack=False)
        assert [i.data for i in items] == msgs
        assert all(isinstance(i, RawItem) for i in items)
        validity = dovecot.doveadm("mailbox", "status", "-u", user, "uidvalidity", "INBOX")
        assert [i.ref for i in items] == [
            f"INBOX/{validity.split('=')[1].strip()}/{n}" for n in (1, 2, 3)
        ]
        item = items[0]
        assert isinstance(item, RawItem)
        assert item.metadata["sha256"] == hashlib.sha256(msgs[0]).hexdigest()
        assert item.metadata["internaldate"] == item.received_at.isoformat()  # type: ignore[union-attr]
        assert item.received_at is not None and item.received_at.tzinfo is not None
        # BODY.PEEK[]: nothing marked \Seen; unacknowledged messages stay put
        assert all(b"\\Seen" not in f for f in flags(dovecot, user).values())
        assert len(drain(src, ack=False)) == 3
        for i in items:
            src.acknowledge(i.ref)
        assert len(dovecot.uids(user)) == 3  # moves are batched ...
        src.flush()  # ... until the poll goes on, or flush/wait/close
        src.acknowledge(items[0].ref)  # a repeated acknowledgement is harmless
        src.flush()
        assert dovecot.uids(user) == []
        assert len(dovecot.uids(user, "Processed")) == 3
        assert drain(src) == []
    finally:
        src.close()


def test_copy_expunge_fallback(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(i) for i in range(2)])
    src = source(dovecot, user)
    src.force_copy_fallback = True
    try:
        assert len(drain(src)) == 2
        assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 2
    finally:
        src.close()


def test_arrival_is_internaldate_whatever_the_received_headers_say(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    internal = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    early = "from mail.example.cz by mx.podatelna.example; Fri, 27 Nov 2026 12:59:30 +0100"
    forged = "from x by elsewhere.example; Mon, 1 Jan 2024 00:00:00 +0000"
    c = dovecot.client(user)
    for n, rcv in enumerate((early, forged)):
        c.append("INBOX", samples.simple(n, received=rcv), msg_time=internal)
    c.logout()
    src = source(dovecot, user)
    try:
        items = drain(src, ack=False)
        assert all(isinstance(i, RawItem) for i in items) and len(items) == 2
        for i in items:  # the Received headers are weighed at registration (intake.receipt)
            assert isinstance(i, RawItem) and i.received_at == internal
            assert i.metadata["internaldate"] == "2026-11-27T12:00:00+00:00"
    finally:
        src.close()


def test_oversize_message_is_withheld_with_its_headers_and_quarantined(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    big_msg = samples.simple(2, size=20_000)
    dovecot.append(user, [samples.simple(1), big_msg])
    src = source(dovecot, user, max_size=10_000)
    try:
        things = drain(src, ack=False)
        assert all(isinstance(t, RawItem) for t in things)
        (small,) = [t for t in things if isinstance(t, RawItem) and t.withheld is None]
        (big,) = [t for t in things if isinstance(t, RawItem) and t.withheld is not None]
        assert isinstance(big, RawItem) and big.withheld is not None
        assert big.withheld.reason == WithheldReason.TOO_LARGE
        assert big.withheld.limit == 10_000 and big.withheld.size == len(big_msg)
        # only the header section was fetched: the whole message's headers, not its body
        head = big_msg.split(b"\r\n\r\n", 1)[0]
        assert big.data.startswith(head) and len(big.data) < len(head) + 10
        assert big.metadata["size"] == str(len(big_msg))
        assert big.received_at is not None  # INTERNALDATE
        src.acknowledge(small.ref)
        src.acknowledge(big.ref)
        src.flush()
        assert dovecot.uids(user) == []
        assert dovecot.uids(user, "Processed") == [1] and dovecot.uids(user, "Quarantine") == [1]
    finally:
        src.close()


def test_idle_wakes_up_on_new_mail(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    src = source(dovecot, user)
    try:
        assert drain(src) == []
        t = time.monotonic()
        assert src.wait(0.3) is False  # nothing arrives: times out
        assert 0.25 <= time.monotonic() - t < 2
        latencies = []
        for n in range(3):
            sent_at: list[float] = []

            def deliver(n: int = n, sent_at: list[float] = sent_at) -> None:
                time.sleep(0.2)
                sent_at.append(time.monotonic())
                dovecot.append(user, [samples.simple(n)])

            th = threading.Thread(target=deliver)
            th.start()
            assert src.wait(10) is True
            woke = time.monotonic()
            th.join()
            latencies.append(woke - sent_at[0])
            assert len(drain(src)) == 1
        print(f"\nIDLE wake-up latency: {', '.join(f'{x * 1000:.0f} ms' for x in latencies)}")
        assert max(latencies) < 5  # woken by IDLE, not by the 10 s timeout
        # mail that arrived before wait() is noticed at once, without IDLE
        dovecot.append(user, [samples.simple(9)])
        t = time.monotonic()
        assert src.wait(10) is True and time.monotonic() - t < 1
    finally:
        src.close()


def test_uidvalidity_reset_gives_new_refs_same_bytes(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(i) for i in range(3)])
    src = source(dovecot, user)
    try:
        before = drain(src, ack=False)
        src.acknowledge(before[0].ref)
        src.close()
        dovecot.doveadm("mailbox", "update", "-u", user, "--uid-validity", "424242", "INBOX")
        after = drain(src, ack=False)
        assert [i.ref.split("/")[1] for i in after] == ["424242", "424242"]
        sha = lambda items: [i.metadata["sha256"] for i in items]  # noqa: E731
        assert sha(after) == sha(before[1:])
        # an acknowledgement under the old UIDVALIDITY must not move anything
        src.acknowledge(before[1].ref)
        src.flush()
        assert len(dovecot.uids(user)) == 2
        for i in after:
            src.acknowledge(i.ref)
        src.flush()
        assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 3
    finally:
        src.close()


def test_thirty_megabyte_message(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    big = samples.simple(1, size=30 * 1024 * 1024)
    dovecot.append(user, [big])
    src = source(dovecot, user, timeout=60.0)
    try:
        t = time.monotonic()
        (item,) = drain(src)
        print(f"\n30 MB message fetched and moved in {time.monotonic() - t:.2f} s")
        assert isinstance(item, RawItem)
        assert item.data == big and len(big) > 30 * 1024 * 1024
        assert dovecot.uids(user, "Processed") == [1]
    finally:
        src.close()


def test_thousand_messages(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    msgs = [samples.simple(i) for i in range(1000)]
    t = time.monotonic()
    dovecot.append(user, msgs)
    appended = time.monotonic() - t
    src = source(dovecot, user)
    try:
        t = time.monotonic()
        items = drain(src)
        took = time.monotonic() - t
        print(f"\n1000 messages: APPEND {appended:.2f} s, poll+ack {took:.2f} s")
        assert len({i.ref for i in items}) == 1000
        assert sorted(i.data for i in items if isinstance(i, RawItem)) == sorted(msgs)
        assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 1000
    finally:
        src.close()


def test_received_at_offsets_are_kept_aware() -> None:
    # a pure check of the INTERNALDATE normalisation used by _item
    src = ImapSource("x", "127.0.0.1", 143, security="plain", username="u", password="p")
    src._uidvalidity = 7
    when = datetime(2026, 11, 27, 13, 0, tzinfo=timezone(timedelta(hours=1)))
    item = src._item(5, samples.simple(1), when)
    assert item.ref == "INBOX/7/5"
    assert item.received_at == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def test_wait_without_idle_rescans(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    src = source(dovecot, user, idle=False, rescan_seconds=0.3)
    try:
        assert drain(src) == []
        t = time.monotonic()
        assert src.wait(5) is False and 0.25 <= time.monotonic() - t < 2
        dovecot.append(user, [samples.simple(1)])
        assert src.wait(5) is True
        assert len(drain(src)) == 1
    finally:
        src.close()


def test_plan_batches() -> None:
    from mail.imapitem import plan_batches

    sizes = [(1, 10), (2, 10), (3, 100), (4, 5), (5, 5), (6, 5)]
    assert plan_batches(sizes, 25, 10) == [[1, 2], [3], [4, 5, 6]]
    assert plan_batches(sizes, 1000, 2) == [[1, 2], [3, 4], [5, 6]]
    assert plan_batches([], 10, 10) == []


def test_message_without_body_is_retried_then_quarantined(dovecot: Dovecot) -> None:
    """A server that lists a message but returns no bytes for it (OTRS #694): the message is
    never taken as received; after EMPTY_BODY_LIMIT polls it is set aside with a notice."""
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(1), samples.simple(2)])
    src = source(dovecot, user)
    client = src._connect()
    real_fetch = client.fetch

    def fetch(messages: list[int], data: list[str], *a: object, **kw: object) -> dict:
        out = real_fetch(messages, data, *a, **kw)
        if 1 in out:
            out[1].pop(b"BODY[]", None)  # the broken server's answer for UID 1
        return out

    client.fetch = fetch  # type: ignore[method-assign]
    try:
        for _ in range(mail.imap.EMPTY_BODY_LIMIT - 1):
            things = drain(src, ack=False)
            assert [t.ref.rsplit("/", 1)[1] for t in things] == ["2"]
        things = drain(src)
        notices = [t for t in things if isinstance(t, SourceNotice)]
        assert [(n.reason, n.ref.rsplit("/", 1)[1]) for n in notices] == [("unfetchable", "1")]
        assert dovecot.uids(user, "Quarantine") == [1]
        assert dovecot.uids(user, "Processed") == [1] and dovecot.uids(user) == []
    finally:
        src.close()
