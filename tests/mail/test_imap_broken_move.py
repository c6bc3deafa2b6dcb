"""A move that broke off half-way (the server had copied some messages to the processed
folder but not yet expunged them when the connection died) is settled on the next attempt:
every message ends up in the processed folder exactly once (real Dovecot)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from imapclient import IMAPClient

from mail.imap import ImapSource
from tests.fixtures.imap import Dovecot
from tests.mail import samples
from tests.mail.imaptools import drain, source


def _message_ids(d: Dovecot, user: str, folder: str) -> Counter[bytes]:
    c = d.client(user)
    try:
        c.select_folder(folder, readonly=True)
        got = c.fetch(c.search(["ALL"]), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        return Counter(v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].strip() for v in got.values())
    finally:
        c.logout()


def _break_first_move(src: ImapSource, copied: int) -> list[list[int]]:
    """The first move copies its first ``copied`` messages, then the connection dies."""
    calls: list[list[int]] = []
    real = src._move

    def move(client: IMAPClient, uids: list[int], dest: str) -> None:
        calls.append(list(uids))
        if len(calls) == 1:
            client.copy(uids[:copied], dest)
            client.shutdown()
            raise ConnectionResetError("connection reset by peer")
        real(client, uids, dest)

    src._move = move  # type: ignore[method-assign]
    return calls


def test_messages_copied_before_the_break_are_not_copied_again(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(i) for i in range(5)])
    src = source(dovecot, user)
    calls = _break_first_move(src, copied=3)
    try:
        assert len(drain(src)) == 5
    finally:
        src.close()
    assert len(calls) == 2 and len(calls[1]) == 2  # only the two never copied are moved
    assert dovecot.uids(user) == []
    processed = _message_ids(dovecot, user, "Processed")
    assert len(processed) == 5 and set(processed.values()) == {1}


def test_a_break_before_any_copy_moves_everything(dovecot: Dovecot) -> None:
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(i) for i in range(4)])
    src = source(dovecot, user)
    calls = _break_first_move(src, copied=0)
    try:
        assert len(drain(src)) == 4
    finally:
        src.close()
    assert [len(c) for c in calls] == [4, 4]
    assert dovecot.uids(user) == []
    assert set(_message_ids(dovecot, user, "Processed").values()) == {1}


def test_an_older_copy_with_the_same_message_id_is_not_taken_for_the_broken_move(
    dovecot: Dovecot,
) -> None:
    """The processed folder already holds the same message from an earlier delivery (another
    arrival time): it does not count as copied by the broken move, so both stay."""
    user = dovecot.add_user()
    raw = samples.simple(7)
    c = dovecot.client(user)
    try:
        c.create_folder("Processed")
        c.append("Processed", raw, msg_time=datetime(2024, 1, 2, 10, 0, 0))
    finally:
        c.logout()
    dovecot.append(user, [raw, samples.simple(8)])
    src = source(dovecot, user)
    calls = _break_first_move(src, copied=0)
    try:
        assert len(drain(src)) == 2
    finally:
        src.close()
    assert [len(c) for c in calls] == [2, 2]
    assert dovecot.uids(user) == []
    processed = _message_ids(dovecot, user, "Processed")
    assert sorted(processed.values()) == [1, 2]


def test_a_broken_copy_fallback_is_settled_too(dovecot: Dovecot) -> None:
    """Without MOVE (UID COPY + \\Deleted + UID EXPUNGE) a break after the copy is settled
    the same way."""
    user = dovecot.add_user()
    dovecot.append(user, [samples.simple(i) for i in range(3)])
    src = source(dovecot, user)
    src.force_copy_fallback = True
    calls = _break_first_move(src, copied=3)
    try:
        assert len(drain(src)) == 3
    finally:
        src.close()
    assert len(calls) == 1  # all three were copied: nothing is moved a second time
    assert dovecot.uids(user) == []
    assert set(_message_ids(dovecot, user, "Processed").values()) == {1}
    assert len(_message_ids(dovecot, user, "Processed")) == 3
