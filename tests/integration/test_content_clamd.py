"""Malware scanning with the real ClamAV engine (clamd) and a custom EICAR signature DB."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from typing import Any

import pytest

from intake.content.check import ContentPolicy, check_content
from intake.content.clamd import (
    ClamdError,
    ClamdScanner,
    EngineVersion,
    ScanStatus,
    parse_version,
)
from intake.model import Channel, Component, ComponentRole, ParsedMessage
from tests.corpus.loader import parse
from tests.fixtures.clam import EICAR


def _zip(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buf.getvalue()


def _mail(attachment: bytes, filename: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@example.org", "podatelna@czso.cz", "Žádost"
    m.set_content("Dobrý den, žádost je v příloze.\n")
    m.add_attachment(attachment, maintype="application", subtype="octet-stream", filename=filename)
    return m.as_bytes()


@pytest.fixture(params=["unix", "tcp"])
def scanner(request: pytest.FixtureRequest, clamd_server: dict[str, Any]) -> ClamdScanner:
    if request.param == "unix":
        return ClamdScanner(socket_path=clamd_server["socket"])
    return ClamdScanner(host=clamd_server["host"], port=clamd_server["port"])


def test_scanner_protocol(scanner: ClamdScanner) -> None:
    assert scanner.ping()
    assert "ClamAV" in scanner.version()
    hit = scanner.scan(EICAR)
    assert hit.status is ScanStatus.INFECTED
    assert hit.signature is not None and hit.signature.startswith("Test.EICAR.")
    assert scanner.scan(b"Dobry den, zadost o pristup.\n").status is ScanStatus.CLEAN
    assert scanner.scan(b"").status is ScanStatus.CLEAN
    # embedded in other bytes: only the body (.ndb) signature can find it
    assert scanner.scan(b"prefix " + EICAR + b" suffix").status is ScanStatus.INFECTED


def test_stream_limit_is_an_error_not_clean(clamd_server: dict[str, Any]) -> None:
    s = ClamdScanner(socket_path=clamd_server["socket"])
    res = s.scan(b"A" * (21 * 1024 * 1024))  # over the fixture's StreamMaxLength 20M
    assert res.status is ScanStatus.ERROR
    assert "limit" in res.detail.lower()


def test_check_content_flags_malware_in_nested_zip(clamd_server: dict[str, Any]) -> None:
    parsed = parse(_mail(_zip("faktura.com", EICAR), "prilohy.zip"))
    s = ClamdScanner(socket_path=clamd_server["socket"])
    res = check_content(parsed, policy=ContentPolicy(scan_required=True), scanner=s)
    codes = [p.code for p in res.problems]
    assert "malware_detected" in codes
    bad = {f.name: f for f in res.findings if f.problem == "malware_detected"}
    # clamd unpacks the zip itself and finds the member; an infected container is not
    # unpacked any further by us
    assert list(bad) == ["prilohy.zip"]
    assert "Test.EICAR" in bad["prilohy.zip"].detail
    assert not any(f.parent == "prilohy.zip" for f in res.findings)
    assert res.scanned
    # infected components carry no text for the extraction stage
    assert all(c.text is None for c in res.components if c.name in bad)


def test_clean_submission_passes(clamd_server: dict[str, Any]) -> None:
    parsed = parse(_mail(b"IP adresy: 192.0.2.1\n", "zadost.txt"))
    s = ClamdScanner(socket_path=clamd_server["socket"])
    res = check_content(parsed, policy=ContentPolicy(scan_required=True), scanner=s)
    assert res.problems == ()
    assert res.scanned
    assert [f.problem for f in res.findings] == [None, None]


def test_fail_closed_when_clamd_is_unreachable(tmp_path: Any) -> None:
    s = ClamdScanner(socket_path=tmp_path / "nothing.sock", timeout=2)
    with pytest.raises(ClamdError):
        s.scan(b"x")
    assert not s.ping()
    parsed = ParsedMessage(
        channel=Channel.EMAIL,
        components=(Component("body.txt", ComponentRole.BODY_TEXT, b"ahoj", "text/plain"),),
    )
    res = check_content(parsed, policy=ContentPolicy(scan_required=True), scanner=s)
    assert [p.code for p in res.problems] == ["malware_scan_failed"]
    assert not res.scanned
    lenient = check_content(parsed, policy=ContentPolicy(scan_required=False), scanner=s)
    assert lenient.problems == () and not lenient.scanned


def test_engine_version_of_the_real_clamd(clamd_server: dict[str, Any]) -> None:
    version = ClamdScanner(socket_path=clamd_server["socket"]).engine_version()
    assert version.engine.startswith("ClamAV ")


def test_version_reply_with_the_official_database_names_its_version() -> None:
    v = parse_version("ClamAV 1.0.7/27500/Mon Dec 18 08:23:01 2023\n")
    assert v == EngineVersion("ClamAV 1.0.7", "27500 (Mon Dec 18 08:23:01 2023)")
    assert parse_version("ClamAV 1.4.6") == EngineVersion("ClamAV 1.4.6", None)
