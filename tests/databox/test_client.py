"""DataboxClient against the ISDS stand-in over real HTTP: operations, errors, faults."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests

from databox.client import DataboxClient
from databox.errors import (
    BigMessageRequired,
    DataboxAuthError,
    DataboxProtocolError,
    DataboxRequestError,
    DataboxStatusError,
    DataboxThrottled,
    DataboxUnavailable,
    MessageNotFound,
)
from databox.standin.server import StandIn
from databox.zfo import PRAGUE, parse_zfo
from intake.errors import DataboxError
from tests.fixtures.isds import ISDS_USER, add_messages, standin_client, standin_password


def _window() -> tuple[datetime, datetime]:
    now = datetime.now(PRAGUE)
    return now - timedelta(hours=2), now


def test_list_pages_download_mark(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    msgs = add_messages(isds_standin, 5)
    start, end = _window()
    page = isds_client.list_received(start, end, offset=3, limit=2)
    assert [r.dm_id for r in page] == [m.dm_id for m in msgs[2:4]]
    records = list(isds_client.iter_received(start, end, page_size=2))
    assert [r.dm_id for r in records] == [m.dm_id for m in msgs]
    assert isds_standin.mailbox.calls.count("GetListOfReceivedMessages") == 1 + 3
    rec = records[0]
    assert rec.sender_box == "snd0000" and rec.annotation == "Žádost o přístup č. 0"
    assert rec.delivery_time == msgs[0].delivery_time
    assert rec.acceptance_time is not None  # listing is delivery by login
    zfo = isds_client.signed_message_download(rec.dm_id)
    assert zfo == msgs[0].zfo
    assert parse_zfo(zfo).message_id == rec.dm_id
    isds_client.mark_downloaded(rec.dm_id)
    assert isds_standin.mailbox.marked == [rec.dm_id]
    info = isds_client.delivery_info(rec.dm_id)
    assert info.status == 7
    assert [d[:3] for _, d in info.events] == ["EV5", "EV1"]
    note = parse_zfo(isds_client.signed_delivery_info(rec.dm_id))
    assert note.envelope["zfoKind"] == "delivery" and note.message_id == rec.dm_id
    assert isds_client.authenticate_message(zfo) is True
    assert isds_client.authenticate_message(zfo[:-1] + b"\x00") is False
    isds_client.dummy()


def test_window_is_inclusive_and_filters(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    msgs = add_messages(isds_standin, 3, step=timedelta(minutes=10))
    got = isds_client.list_received(msgs[1].delivery_time, msgs[2].delivery_time)
    assert [r.dm_id for r in got] == [msgs[1].dm_id, msgs[2].dm_id]


def test_status_filter(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    a, b = add_messages(isds_standin, 2)
    isds_client.mark_downloaded(a.dm_id)  # state 7 (read); b is still 4 (delivered)
    delivered_only = isds_client.list_received(*_window(), status_filter=str(1 << 4))
    assert [r.dm_id for r in delivered_only] == [b.dm_id]
    read_only = isds_client.list_received(*_window(), status_filter=str(1 << 7))
    assert [r.dm_id for r in read_only] == [a.dm_id]
    assert len(isds_client.list_received(*_window())) == 2  # -1: all


def test_big_message_needs_vodz(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    payload = bytes(range(256)) * (12 * 4096)  # 12 MiB: base64 text nodes beyond 10 MB
    (big,) = add_messages(
        isds_standin, 1, files=[("data.bin", "application/octet-stream", payload)], vodz=True
    )
    (rec,) = isds_client.list_received(*_window())
    assert rec.vodz is True
    with pytest.raises(BigMessageRequired) as exc:
        isds_client.signed_message_download(big.dm_id)
    assert exc.value.code == "1281"
    zfo = isds_client.download_zfo(big.dm_id, big=True)
    assert zfo == big.zfo
    assert parse_zfo(zfo).components[1].data == payload
    assert "SignedBigMessageDownload" in isds_standin.mailbox.calls


def test_big_message_as_mtom_xop(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    """ws2 may answer with MTOM/XOP: the ZFO arrives as a binary MIME part."""
    payload = bytes(range(256)) * 2048
    (big,) = add_messages(
        isds_standin, 1, files=[("d.bin", "application/octet-stream", payload)], vodz=True
    )
    isds_standin.mailbox.mtom = True
    zfo = isds_client.signed_big_message_download(big.dm_id)
    assert zfo == big.zfo
    assert parse_zfo(zfo).components[1].data == payload
    raw = requests.post(
        isds_standin.url + "/DS/vodz",
        data=(
            '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body>'
            '<p:SignedBigMessageDownload xmlns:p="http://isds.czechpoint.cz/v20">'
            f"<p:dmID>{big.dm_id}</p:dmID></p:SignedBigMessageDownload></s:Body></s:Envelope>"
        ).encode(),
        headers={"Content-Type": "application/soap+xml; charset=utf-8"},
        auth=(ISDS_USER, standin_password(isds_standin)),
        timeout=5,
    )
    assert raw.headers["Content-Type"].startswith("multipart/related")
    assert b"xop:Include" in raw.content and big.zfo in raw.content


def test_create_message_is_recorded(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    dm_id = isds_client.create_message(
        "abc1234",
        "Rozhodnutí o žádosti",
        [
            ("rozhodnuti.pdf", "application/pdf", b"%PDF decision"),
            ("priloha.txt", "text/plain", b"ok"),
        ],
        sender_ref="ČSÚ-123/2026",
    )
    (sent,) = isds_standin.mailbox.sent
    assert sent.dm_id == dm_id
    assert sent.recipient == "abc1234" and sent.annotation == "Rozhodnutí o žádosti"
    assert sent.envelope["dmSenderRefNumber"] == "ČSÚ-123/2026"
    assert sent.files == [
        ("rozhodnuti.pdf", "application/pdf", b"%PDF decision"),
        ("priloha.txt", "text/plain", b"ok"),
    ]


def test_unknown_message_is_typed(isds_client: DataboxClient) -> None:
    with pytest.raises(MessageNotFound) as exc:
        isds_client.signed_message_download("1")
    assert isinstance(exc.value, DataboxError) and exc.value.code == "1219"


def test_wrong_password_is_authentication_error(isds_standin: StandIn) -> None:
    client = standin_client(isds_standin, password="wrong")
    with pytest.raises(DataboxAuthError):
        client.dummy()
    assert isds_standin.mailbox.calls == []


# -- faults -------------------------------------------------------------------------------------


def test_503_is_retried_then_succeeds(isds_standin: StandIn) -> None:
    sleeps: list[float] = []
    client = standin_client(isds_standin, sleep=sleeps.append, backoff=0.5)
    add_messages(isds_standin, 1)
    isds_standin.mailbox.inject("http503", "GetListOfReceivedMessages", times=2)
    assert len(client.list_received(*_window())) == 1
    assert sleeps == [0.5, 1.0]
    assert isds_standin.mailbox.calls.count("GetListOfReceivedMessages") == 3


def test_503_beyond_budget_is_unavailable(isds_standin: StandIn) -> None:
    client = standin_client(isds_standin, retries=2)
    isds_standin.mailbox.inject("http503", times=-1)
    with pytest.raises(DataboxUnavailable):
        client.dummy()
    assert isds_standin.mailbox.calls.count("DummyOperation") == 3


@pytest.mark.parametrize("code", ["3008", "3009"])
def test_throttling_codes_back_off(isds_standin: StandIn, code: str) -> None:
    sleeps: list[float] = []
    client = standin_client(isds_standin, sleep=sleeps.append)
    isds_standin.mailbox.inject("status", "DummyOperation", times=1, code=code)
    client.dummy()
    assert sleeps == [0.01]
    isds_standin.mailbox.inject("status", "DummyOperation", times=-1, code=code)
    with pytest.raises(DataboxThrottled) as exc:
        client.dummy()
    assert exc.value.code == code


def test_other_status_code_is_not_retried(
    isds_standin: StandIn, isds_client: DataboxClient
) -> None:
    isds_standin.mailbox.inject(
        "status", "MarkMessageAsDownloaded", code="1201", message="Schránka je znepřístupněna"
    )
    with pytest.raises(DataboxStatusError) as exc:
        isds_client.mark_downloaded("123")
    assert exc.value.code == "1201" and "znepřístupněna" in str(exc.value)
    assert isds_standin.mailbox.calls == ["MarkMessageAsDownloaded"]


def test_slow_answer_times_out(isds_standin: StandIn) -> None:
    client = standin_client(isds_standin, timeout=0.3)
    isds_standin.mailbox.inject("slow", "DummyOperation", delay=1.0)
    with pytest.raises(DataboxUnavailable, match="timed out"):
        client.dummy()
    client.dummy()  # the next answer is prompt again


def test_slow_answer_within_timeout_is_fine(
    isds_standin: StandIn, isds_client: DataboxClient
) -> None:
    isds_standin.mailbox.inject("slow", "DummyOperation", delay=0.2)
    isds_client.dummy()


def test_malformed_xml_is_protocol_error(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    isds_standin.mailbox.inject("malformed", "GetListOfReceivedMessages")
    with pytest.raises(DataboxProtocolError):
        isds_client.list_received(*_window())


def test_soap_fault_is_protocol_error(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    isds_standin.mailbox.inject("soapfault", "SignedMessageDownload", message="Interní chyba")
    with pytest.raises(DataboxProtocolError, match="Interní chyba"):
        isds_client.signed_message_download("1")


def test_html_401_mid_session_is_authentication_error(
    isds_standin: StandIn, isds_client: DataboxClient
) -> None:
    isds_standin.mailbox.inject("auth", "DummyOperation")
    with pytest.raises(DataboxAuthError):
        isds_client.dummy()


def test_never_two_requests_in_parallel_per_account(isds_standin: StandIn) -> None:
    """Two client objects of one account in four threads: the stand-in never sees overlap."""
    isds_standin.mailbox.inject("slow", "DummyOperation", times=6, delay=0.05)
    clients = [standin_client(isds_standin), standin_client(isds_standin)]
    errors: list[BaseException] = []

    def work(c: DataboxClient) -> None:
        try:
            for _ in range(2):
                c.dummy()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(clients[i % 2],)) for i in range(4)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert isds_standin.mailbox.calls.count("DummyOperation") == 8
    assert isds_standin.mailbox.max_active == 1
    assert time.monotonic() - t0 >= 6 * 0.05


@pytest.mark.parametrize(
    ("box", "kw"),
    [
        ("abc", {}),
        ("abc1234", {"sender_ref": "x" * 51}),
        ("abc1234", {"recipient_ref": "č" * 51}),
    ],
)
def test_create_message_refuses_invalid_requests_before_sending(
    isds_standin: StandIn, isds_client: DataboxClient, box: str, kw: dict[str, str]
) -> None:
    with pytest.raises(DataboxRequestError):
        isds_client.create_message(box, "Věc", [("a.pdf", "application/pdf", b"%PDF")], **kw)
    with pytest.raises(DataboxRequestError):
        isds_client.create_message("abc1234", "Věc", [])
    assert isds_standin.mailbox.calls == []


def test_long_subject_is_cut_to_255(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    isds_client.create_message("abc1234", "Ž" * 300, [("a.txt", "text/plain", b"a")])
    assert isds_standin.mailbox.sent[0].annotation == "Ž" * 255


def test_oversized_answer_is_refused(isds_standin: StandIn) -> None:
    (msg,) = add_messages(
        isds_standin, 1, files=[("a.bin", "application/octet-stream", b"a" * 60000)]
    )
    client = standin_client(isds_standin, max_response_bytes=50_000)
    with pytest.raises(DataboxProtocolError, match="exceeds the limit"):
        client.signed_message_download(msg.dm_id)
    client.dummy()  # small answers still pass


_WORKER = """
import sys
from databox.client import DataboxClient
c = DataboxClient(base_url=sys.argv[1], username=sys.argv[2], password=sys.argv[3],
                  lock_dir=__import__("pathlib").Path(sys.argv[4]), timeout=30)
for _ in range(3):
    c.dummy()
"""


def test_never_two_requests_in_parallel_across_processes(
    isds_standin: StandIn, tmp_path: Path
) -> None:
    """Two processes of one account (a poller and the notice sender) take turns too."""
    isds_standin.mailbox.inject("slow", "DummyOperation", times=6, delay=0.1)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WORKER,
                isds_standin.url,
                ISDS_USER,
                standin_password(isds_standin),
                str(tmp_path / "locks"),
            ],
            cwd=Path(__file__).resolve().parents[2],
        )
        for _ in range(2)
    ]
    for p in procs:
        assert p.wait(timeout=120) == 0
    assert isds_standin.mailbox.calls.count("DummyOperation") == 6
    assert isds_standin.mailbox.max_active == 1
