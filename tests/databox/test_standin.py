"""The ISDS stand-in itself: request validation, admin endpoint, HTTPS, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7

from databox.client import DataboxClient
from databox.errors import DataboxAuthError, DataboxUnavailable
from databox.standin.authority import SealingAuthority
from databox.standin.messages import break_seal, make_demo_zfo
from databox.standin.server import StandIn
from databox.zfo import PRAGUE, parse_zfo
from tests.fixtures.common import free_port
from tests.fixtures.isds import ISDS_USER, add_messages, standin_client, standin_password

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"


def _post(server: StandIn, path: str, body: bytes, **kw: object) -> requests.Response:
    return requests.post(
        server.url + path,
        data=body,
        auth=(ISDS_USER, standin_password(server)),
        headers={"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '""'},
        timeout=5,
        **kw,  # type: ignore[arg-type]
    )


def _envelope(payload: str, ns: str = SOAP11) -> bytes:
    return (f'<s:Envelope xmlns:s="{ns}"><s:Body>{payload}</s:Body></s:Envelope>').encode()


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        (
            "/DS/dx",
            _envelope(
                '<p:GetListOfReceivedMessages xmlns:p="http://isds.czechpoint.cz/v20">'
                "<p:dmFromTime>2026-01-01T00:00:00+01:00</p:dmFromTime>"
                "</p:GetListOfReceivedMessages>"
            ),
            "does not validate",
        ),
        (
            "/DS/dz",
            _envelope(
                '<p:SignedMessageDownload xmlns:p="http://isds.czechpoint.cz/v20">'
                "<p:dmID>123456789012345678901234</p:dmID></p:SignedMessageDownload>"
            ),
            "does not validate",
        ),
        (
            "/DS/dx",
            _envelope('<p:SignedMessageDownload xmlns:p="http://isds.czechpoint.cz/v20"/>'),
            "unknown operation",
        ),
        (
            "/DS/vodz",
            _envelope(
                '<p:SignedBigMessageDownload xmlns:p="http://isds.czechpoint.cz/v20">'
                "<p:dmID>1</p:dmID></p:SignedBigMessageDownload>"
            ),
            "SOAP 1.2",
        ),
        ("/DS/dz", b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "DTD"),
        ("/DS/dz", b"<not-closed", "well-formed"),
    ],
)
def test_invalid_requests_are_refused(
    isds_standin: StandIn, path: str, body: bytes, reason: str
) -> None:
    r = _post(isds_standin, path, body)
    assert r.status_code == 500
    assert b"Fault" in r.content
    assert isds_standin.mailbox.rejected and reason in isds_standin.mailbox.rejected[-1]
    assert isds_standin.mailbox.calls == []
    isds_standin.mailbox.rejected.clear()  # expected here; the fixture checks it stays empty


def test_missing_credentials_get_html_401(isds_standin: StandIn) -> None:
    r = requests.post(isds_standin.url + "/DS/dz", data=b"<x/>", timeout=5)
    assert r.status_code == 401 and r.headers["Content-Type"].startswith("text/html")
    assert b"Authentication required!" in r.content


def test_admin_endpoint(isds_standin: StandIn, isds_client: DataboxClient) -> None:
    auth = (ISDS_USER, standin_password(isds_standin))
    zfo = make_demo_zfo(
        isds_standin.authority, "abc1234", "Redakce", "Žádost", [("z.txt", "text/plain", b"z")]
    )
    r = requests.post(isds_standin.url + "/_admin/messages", data=zfo, auth=auth, timeout=5)
    dm_id = r.json()["dmID"]
    r = requests.post(
        isds_standin.url + "/_admin/faults",
        data=json.dumps({"kind": "status", "operation": "MarkMessageAsDownloaded", "code": "1201"}),
        auth=auth,
        timeout=5,
    )
    assert r.json() == {"faults": 1}
    with pytest.raises(Exception, match="1201"):
        isds_client.mark_downloaded(dm_id)
    isds_client.create_message("xyz9876", "Odpověď", [("o.txt", "text/plain", b"o")])
    state = requests.get(isds_standin.url + "/_admin/state", auth=auth, timeout=5).json()
    assert [m["dmID"] for m in state["messages"]] == [dm_id]
    assert state["sent"][0]["dbIDRecipient"] == "xyz9876"
    assert state["sent"][0]["files"][0]["name"] == "o.txt"
    assert state["calls"] == ["MarkMessageAsDownloaded", "CreateMessage"]
    assert requests.get(isds_standin.url + "/_admin/state", timeout=5).status_code == 401


def test_message_download_and_broken_seal_on_demand(
    isds_standin: StandIn, isds_client: DataboxClient
) -> None:
    good, bad = add_messages(isds_standin, 1)[0], add_messages(isds_standin, 1, broken_seal=True)[0]
    result = isds_client.call("dz", "MessageDownload", dmID=good.dm_id)
    assert result.dmReturnedMessage.dmDm.dmAnnotation == "Žádost o přístup č. 0"
    assert result.dmReturnedMessage.dmHash._value_1  # base64 hash carried over
    served = isds_client.signed_message_download(bad.dm_id)
    assert served == bad.zfo
    assert parse_zfo(served).subject == "ŽáXost o přístup č. 0"  # altered after sealing


def test_https_with_ca_file(isds_authority: SealingAuthority, tmp_path: Path) -> None:
    ca = isds_authority.write_ca(tmp_path / "ca.pem")
    with StandIn(username="u", password="p", authority=isds_authority, tls=True) as server:
        assert server.url.startswith("https://")
        DataboxClient(base_url=server.url, username="u", password="p", verify=str(ca)).dummy()
        with pytest.raises(DataboxUnavailable, match="TLS failure"):
            DataboxClient(base_url=server.url, username="u", password="p", timeout=5).dummy()


def _wait_for(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"stand-in exited: {proc.stderr.read() if proc.stderr else ''!r}")
        try:
            requests.get(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise AssertionError("stand-in did not start")


def test_cli_serves_zfos_from_directory_as_they_are(tmp_path: Path) -> None:
    """ZFOs sealed elsewhere (another authority), one with a broken seal, served verbatim."""
    elsewhere = SealingAuthority.generate()
    now = datetime.now(PRAGUE)
    msgs = tmp_path / "messages"
    msgs.mkdir()
    originals = {}
    for i in range(3):
        zfo = make_demo_zfo(
            elsewhere,
            f"src{i:04d}",
            f"Redakce {i}",
            f"Žádost {i}",
            [("zadost.txt", "text/plain", f"obsah {i}".encode() * (40 if i == 1 else 1))],
            delivery_time=now - timedelta(minutes=10 - i),
        )
        if i == 2:
            zfo = break_seal(zfo)
        (msgs / f"m{i}.zfo").write_bytes(zfo)
        originals[parse_zfo(zfo).message_id] = zfo
    (msgs / "notes.txt").write_text("ignored")
    port = free_port()
    env = dict(os.environ, PODATELNA_STANDIN_PASSWORD="s3cret")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "intake",
            "isds-standin",
            "--listen",
            f"127.0.0.1:{port}",
            "--username",
            "csu",
            "--messages",
            str(msgs),
            "--ca-out",
            str(tmp_path / "ca.pem"),
            "--vodz-threshold",
            "100",
            "--demo",
            "2",
        ],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(port, proc)
        client = DataboxClient(
            base_url=f"http://127.0.0.1:{port}", username="csu", password="s3cret"
        )
        later = datetime.now(PRAGUE) + timedelta(minutes=1)
        records = list(client.iter_received(now - timedelta(hours=1), later, page_size=2))
        assert [r.dm_id for r in records[:3]] == list(originals)
        assert [r.sender_box for r in records[:3]] == ["src0000", "src0001", "src0002"]
        assert [r.vodz for r in records[:3]] == [False, True, False]
        for r in records[:3]:
            assert client.download_zfo(r.dm_id, big=r.vodz) == originals[r.dm_id]
        # --demo 2: two applications sealed by the stand-in's own authority (--ca-out)
        assert len(records) == 5
        demo = parse_zfo(client.signed_message_download(records[3].dm_id))
        assert demo.subject == "Žádost o přístup k výsledkům voleb" and demo.problems == ()
        ca = x509.load_pem_x509_certificate((tmp_path / "ca.pem").read_bytes())
        zfo = client.signed_message_download(records[4].dm_id)
        seal_cert = next(
            c for c in pkcs7.load_der_pkcs7_certificates(zfo) if c.subject != ca.subject
        )
        seal_cert.verify_directly_issued_by(ca)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_cli_rejects_bad_listen(tmp_path: Path) -> None:
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "intake",
            "isds-standin",
            "--listen",
            "nonsense",
            "--username",
            "u",
            "--password",
            "p",
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert b"HOST:PORT" in r.stderr


def test_client_for_standin_fixture_works(isds_standin: StandIn) -> None:
    client = standin_client(isds_standin)
    client.dummy()
    assert isds_standin.mailbox.calls == ["DummyOperation"]


@pytest.fixture
def tls_standin(isds_authority: SealingAuthority, tmp_path: Path) -> Iterator[tuple[StandIn, Path]]:
    ca = isds_authority.write_ca(tmp_path / "ca.pem")
    with StandIn(username="u", password="p", authority=isds_authority, tls=True) as server:
        yield server, ca


def _client_cert(authority: SealingAuthority, tmp_path: Path, name: str) -> tuple[str, str]:
    cert, key = authority.client_credentials(name)
    (tmp_path / f"{name}.crt").write_bytes(cert)
    (tmp_path / f"{name}.key").write_bytes(key)
    return str(tmp_path / f"{name}.crt"), str(tmp_path / f"{name}.key")


def test_system_certificate_login(tls_standin: tuple[StandIn, Path], tmp_path: Path) -> None:
    server, ca = tls_standin
    cert, key = _client_cert(server.authority, tmp_path, "spisova-sluzba")
    add_messages(server, 1)
    client = DataboxClient(
        base_url=server.url, login="certificate", certificate=cert, key=key, verify=str(ca)
    )
    assert len(client.list_received(None, None)) == 1
    assert server.mailbox.calls == ["GetListOfReceivedMessages"]
    # a password client cannot use the certificate path, nor a certificate the password path
    plain = DataboxClient(base_url=server.url, username="u", password="p", verify=str(ca))
    plain._urls["dx"] = server.url + "/cert/DS/dx"
    with pytest.raises(DataboxAuthError):
        plain.list_received(None, None)


def test_foreign_client_certificate_is_refused(
    tls_standin: tuple[StandIn, Path], tmp_path: Path
) -> None:
    server, ca = tls_standin
    cert, key = _client_cert(SealingAuthority.generate(), tmp_path, "cizi")
    client = DataboxClient(
        base_url=server.url, login="certificate", certificate=cert, key=key, verify=str(ca)
    )
    with pytest.raises((DataboxUnavailable, DataboxAuthError)):
        client.dummy()
    assert server.mailbox.calls == []


def test_hosted_login_needs_our_box_id(tls_standin: tuple[StandIn, Path], tmp_path: Path) -> None:
    server, ca = tls_standin
    cert, key = _client_cert(server.authority, tmp_path, "hss")
    ok = DataboxClient(
        base_url=server.url,
        login="hosted",
        box_id=server.mailbox.box_id,
        certificate=cert,
        key=key,
        verify=str(ca),
    )
    ok.dummy()
    wrong = DataboxClient(
        base_url=server.url,
        login="hosted",
        box_id="zzz9999",
        certificate=cert,
        key=key,
        verify=str(ca),
    )
    with pytest.raises(DataboxAuthError):
        wrong.dummy()
    assert server.mailbox.calls == ["DummyOperation"]


def test_message_ids_are_unique_and_a_second_message_cannot_take_one(
    isds_standin: StandIn,
) -> None:
    """ISDS never reuses a dmID; the stand-in neither (a reused one would silently replace a
    message: a filing lost from the box before anyone could poll it)."""
    from databox.standin.messages import new_dm_id

    ids = [new_dm_id() for _ in range(20_000)]
    assert len(set(ids)) == len(ids)
    (first,) = add_messages(isds_standin, 1)
    (other,) = add_messages(isds_standin, 1)
    assert isds_standin.mailbox.add_zfo(first.zfo).dm_id == first.dm_id  # same message: fine
    forged = other.zfo.replace(other.dm_id.encode(), first.dm_id.encode())
    with pytest.raises(ValueError, match="already in the box"):
        isds_standin.mailbox.add_zfo(forged)
