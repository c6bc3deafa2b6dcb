"""DataboxSource against the stand-in: windows, paging, overlap dedup, VoDZ, marking, state."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from databox.errors import DataboxThrottled, DataboxUnavailable
from databox.source import DataboxSource
from databox.standin.messages import MessageSpec
from databox.standin.server import StandIn
from databox.zfo import parse_zfo
from intake.errors import DataboxError
from intake.model import Channel, RawItem, Source, SourceNotice
from tests.fixtures.isds import ISDS_USER, add_messages, standin_client, standin_password


def _source(server: StandIn, tmp_path: Path, **kw: object) -> DataboxSource:
    args: dict[str, object] = {"page_size": 2, "overlap": timedelta(minutes=60)}
    args.update(kw)
    return DataboxSource("csu", standin_client(server), tmp_path / "state.json", **args)  # type: ignore[arg-type]


def _drain(source: DataboxSource, ack: bool = True) -> list[RawItem | SourceNotice]:
    out = []
    for item in source.poll():
        out.append(item)
        if ack:
            source.acknowledge(item.ref)
    return out


def test_is_a_source(isds_standin: StandIn, tmp_path: Path) -> None:
    assert isinstance(_source(isds_standin, tmp_path), Source)


def test_poll_pages_yields_zfos_and_marks_after_ack(isds_standin: StandIn, tmp_path: Path) -> None:
    msgs = add_messages(isds_standin, 5)
    src = _source(isds_standin, tmp_path)
    items = []
    for item in src.poll():
        assert isinstance(item, RawItem)
        assert isds_standin.mailbox.marked == [i.ref for i in items]  # not before the ack
        items.append(item)
        src.acknowledge(item.ref)
    assert [i.ref for i in items] == [m.dm_id for m in msgs]
    assert isds_standin.mailbox.marked == [m.dm_id for m in msgs]
    first = items[0]
    assert first.channel is Channel.DATABOX and first.source == "csu"
    assert first.data == msgs[0].zfo
    assert first.received_at == msgs[0].delivery_time
    assert first.received_at is not None and first.received_at.tzinfo is UTC
    meta = first.metadata
    assert meta["dbIDSender"] == "snd0000" and meta["dmSender"] == "Redakce 0 s.r.o."
    assert meta["dmSenderType"] == "20" and meta["dmAnnotation"] == "Žádost o přístup č. 0"
    assert meta["dmAcceptanceTime"] and meta["dmAttachmentSize"] == "1"
    assert meta["systemMessage"] == "false" and meta["dmVODZ"] == "false"
    assert [e["description"][:3] for e in json.loads(meta["deliveryEvents"])] == ["EV5", "EV1"]
    assert parse_zfo(first.data).date == msgs[0].delivery_time
    # 5 messages, page size 2: three list calls
    assert isds_standin.mailbox.calls.count("GetListOfReceivedMessages") == 3


def test_second_poll_yields_nothing_and_overlap_is_deduplicated(
    isds_standin: StandIn, tmp_path: Path
) -> None:
    add_messages(isds_standin, 3, start=datetime.now(UTC) - timedelta(minutes=5))
    src = _source(isds_standin, tmp_path)
    assert len(_drain(src)) == 3
    state = json.loads((tmp_path / "state.json").read_text())
    assert state["watermark"] and len(state["done"]) == 3
    # a fresh source on the same state file: the overlap window re-lists all three
    again = _source(isds_standin, tmp_path)
    calls = len(isds_standin.mailbox.calls)
    assert _drain(again) == []
    assert "SignedMessageDownload" not in isds_standin.mailbox.calls[calls:]
    # a new message arrives: only that one comes
    (new,) = add_messages(isds_standin, 1, start=datetime.now(UTC) - timedelta(seconds=30))
    assert [i.ref for i in _drain(again)] == [new.dm_id]
    assert isds_standin.mailbox.marked.count(new.dm_id) == 1


def test_unacknowledged_items_come_again(isds_standin: StandIn, tmp_path: Path) -> None:
    """A crash between store and mark: the item is offered again; marking happens once."""
    (msg,) = add_messages(isds_standin, 1)
    src = _source(isds_standin, tmp_path)
    assert [i.ref for i in _drain(src, ack=False)] == [msg.dm_id]
    assert isds_standin.mailbox.marked == []
    restarted = _source(isds_standin, tmp_path)
    items = _drain(restarted)
    assert [i.ref for i in items] == [msg.dm_id]
    assert isds_standin.mailbox.marked == [msg.dm_id]
    assert _drain(_source(isds_standin, tmp_path)) == []


def test_marked_but_state_lost_comes_again_and_is_not_marked_twice(
    isds_standin: StandIn, tmp_path: Path
) -> None:
    """A crash after ISDS marked the message but before the state file recorded it: the
    message is listed as read (7), offered again for the store to recognise, and its
    acknowledgement does not mark it a second time."""
    (msg,) = add_messages(isds_standin, 1)
    state = tmp_path / "state.json"
    src = _source(isds_standin, tmp_path)
    (item,) = list(src.poll())
    before_ack = state.read_bytes()
    src.acknowledge(item.ref)
    assert isds_standin.mailbox.marked == [msg.dm_id]
    state.write_bytes(before_ack)  # the save after the mark never happened
    restarted = _source(isds_standin, tmp_path)
    (again,) = list(restarted.poll())
    assert again.ref == msg.dm_id and isinstance(again, RawItem) and again.data == item.data
    assert again.metadata["dmMessageStatus"] == "7"
    restarted.acknowledge(again.ref)
    assert isds_standin.mailbox.marked == [msg.dm_id]
    assert msg.dm_id in json.loads(state.read_text())["done"]
    assert _drain(_source(isds_standin, tmp_path)) == []


def test_big_message_through_vodz(isds_standin: StandIn, tmp_path: Path) -> None:
    payload = b"\x00\xff" * (3 * 1024 * 1024)
    small = add_messages(isds_standin, 1)
    big = add_messages(
        isds_standin, 1, files=[("big.bin", "application/octet-stream", payload)], vodz=True
    )
    items = _drain(_source(isds_standin, tmp_path))
    assert [i.ref for i in items] == [small[0].dm_id, big[0].dm_id]
    big_item = items[1]
    assert isinstance(big_item, RawItem) and big_item.metadata["dmVODZ"] == "true"
    assert parse_zfo(big_item.data).components[1].data == payload
    assert isds_standin.mailbox.calls.count("SignedBigMessageDownload") == 1


def test_refused_download_is_retried_then_a_notice(isds_standin: StandIn, tmp_path: Path) -> None:
    a, b = add_messages(isds_standin, 2)
    isds_standin.mailbox.inject(
        "status", "SignedMessageDownload", times=3, code="1219", message="neexistuje", dm_id=a.dm_id
    )
    src = _source(isds_standin, tmp_path, max_attempts=3)
    assert [i.ref for i in _drain(src)] == [b.dm_id]  # a: refused, tried again later
    assert [i.ref for i in _drain(_source(isds_standin, tmp_path, max_attempts=3))] == []
    third = _drain(_source(isds_standin, tmp_path, max_attempts=3))
    assert len(third) == 1 and isinstance(third[0], SourceNotice)
    assert third[0].ref == a.dm_id and third[0].reason == "download_failed"
    assert "1219" in third[0].detail and "after 3 polls" in third[0].detail
    assert isds_standin.mailbox.marked == [b.dm_id]  # nothing downloaded, nothing marked
    assert _drain(_source(isds_standin, tmp_path)) == []  # the notice was final
    assert json.loads((tmp_path / "state.json").read_text())["failures"] == {}


def test_transient_refusal_recovers(isds_standin: StandIn, tmp_path: Path) -> None:
    (a,) = add_messages(isds_standin, 1)
    isds_standin.mailbox.inject("status", "SignedMessageDownload", code="9502", message="TSA")
    assert _drain(_source(isds_standin, tmp_path)) == []
    items = _drain(_source(isds_standin, tmp_path))
    assert [i.ref for i in items] == [a.dm_id] and isinstance(items[0], RawItem)


def test_throttling_aborts_the_poll(isds_standin: StandIn, tmp_path: Path) -> None:
    add_messages(isds_standin, 2)
    isds_standin.mailbox.inject("status", "SignedMessageDownload", times=-1, code="3009")
    with pytest.raises(DataboxThrottled):
        _drain(_source(isds_standin, tmp_path))
    isds_standin.mailbox.clear_faults()
    assert len(_drain(_source(isds_standin, tmp_path))) == 2


def test_unavailable_aborts_poll_without_moving_watermark(
    isds_standin: StandIn, tmp_path: Path
) -> None:
    add_messages(isds_standin, 3)
    src = _source(isds_standin, tmp_path)
    isds_standin.mailbox.inject("http503", "SignedMessageDownload", times=-1)
    with pytest.raises(DataboxUnavailable):
        _drain(src)
    state = json.loads((tmp_path / "state.json").read_text())
    assert state["watermark"] is None
    isds_standin.mailbox.clear_faults()
    assert len(_drain(src)) == 3


def test_failed_mark_is_retried_next_poll(isds_standin: StandIn, tmp_path: Path) -> None:
    (msg,) = add_messages(isds_standin, 1)
    isds_standin.mailbox.inject("status", "MarkMessageAsDownloaded", code="3006", message="pomalé")
    src = _source(isds_standin, tmp_path)
    assert len(_drain(src)) == 1
    assert isds_standin.mailbox.marked == []
    assert json.loads((tmp_path / "state.json").read_text())["unmarked"] == [msg.dm_id]
    assert _drain(_source(isds_standin, tmp_path)) == []
    assert isds_standin.mailbox.marked == [msg.dm_id]


def test_first_poll_uses_initial_lookback(isds_standin: StandIn, tmp_path: Path) -> None:
    old = add_messages(isds_standin, 1, start=datetime.now(UTC) - timedelta(days=3))
    recent = add_messages(isds_standin, 1)
    src = _source(isds_standin, tmp_path, initial_lookback=timedelta(days=1))
    assert [i.ref for i in _drain(src)] == [recent[0].dm_id]
    assert old[0].dm_id not in isds_standin.mailbox.marked


def test_corrupt_state_file_is_a_source_error(isds_standin: StandIn, tmp_path: Path) -> None:
    (tmp_path / "state.json").write_text("{not json")
    with pytest.raises(DataboxError, match="state file"):
        _source(isds_standin, tmp_path)


def test_create_from_plain_arguments(isds_standin: StandIn, tmp_path: Path) -> None:
    (msg,) = add_messages(isds_standin, 1)
    src = DataboxSource.create(
        "csu",
        tmp_path / "sub" / "state.json",
        overlap_minutes=5,
        page_size=10,
        base_url=isds_standin.url,
        username=ISDS_USER,
        password=standin_password(isds_standin),
    )
    try:
        assert src.overlap == timedelta(minutes=5) and src.page_size == 10
        assert [i.ref for i in _drain(src)] == [msg.dm_id]
        assert (tmp_path / "sub" / "state.json").exists()
    finally:
        src.close()


def test_batched_acknowledgement(isds_standin: StandIn, tmp_path: Path) -> None:
    """The service may take the whole poll before acknowledging (batch commit): the watermark
    stays at the oldest unacknowledged message until a later poll confirms the window."""
    msgs = add_messages(isds_standin, 3)
    src = _source(isds_standin, tmp_path)
    items = list(src.poll())
    state = json.loads((tmp_path / "state.json").read_text())
    assert datetime.fromisoformat(state["watermark"]) == msgs[0].delivery_time
    for item in items:
        src.acknowledge(item.ref)
    assert sorted(isds_standin.mailbox.marked) == sorted(m.dm_id for m in msgs)
    assert _drain(_source(isds_standin, tmp_path)) == []
    state = json.loads((tmp_path / "state.json").read_text())
    assert datetime.fromisoformat(state["watermark"]) > msgs[-1].delivery_time


def test_wrong_message_served_is_refused(isds_standin: StandIn, tmp_path: Path) -> None:
    """A ZFO that is not the message asked for is never yielded (retried, then a notice)."""
    a, b = add_messages(isds_standin, 2)
    with isds_standin.mailbox.lock:
        isds_standin.mailbox.messages[a.dm_id].zfo = b.zfo  # the server mixes messages up
    src = _source(isds_standin, tmp_path, max_attempts=1)
    items = _drain(src)
    assert isinstance(items[0], SourceNotice) and items[0].ref == a.dm_id
    assert f"returned message '{b.dm_id}'" in items[0].detail
    assert isinstance(items[1], RawItem) and items[1].ref == b.dm_id


def test_filing_time_is_the_sealed_delivery_time(isds_standin: StandIn, tmp_path: Path) -> None:
    (msg,) = add_messages(isds_standin, 1)
    with isds_standin.mailbox.lock:  # the list says otherwise than the sealed message
        isds_standin.mailbox.messages[msg.dm_id].delivery_time += timedelta(seconds=5)
    (item,) = _drain(_source(isds_standin, tmp_path))
    assert isinstance(item, RawItem)
    assert item.received_at == msg.delivery_time - timedelta(seconds=5)
    assert item.received_at == parse_zfo(item.data).date


def test_system_message_is_flagged(isds_standin: StandIn, tmp_path: Path) -> None:
    spec = MessageSpec(
        dm_id="4242",
        sender_box="aaaaaaa",
        sender_name="Digitální a informační agentura",
        annotation="Informace provozovatele",
        files=[("info.html", "text/html", b"<p>info</p>")],
        delivery_time=datetime.now(UTC) - timedelta(minutes=1),
        sender_type=0,
    )
    isds_standin.mailbox.add_message(spec)
    (item,) = _drain(_source(isds_standin, tmp_path))
    assert isinstance(item, RawItem) and item.metadata["systemMessage"] == "true"
