"""Path traversal in attachment names (e-mail, RFC 2231, ZFO dmFileDescr, ZIP members):
component names are sanitised, nothing is written outside the evidence store, and the original
name stays in the evidence (the raw message)."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from intake.model import Channel
from tests.fuzz.harness import Harness, make_pdf
from tests.hostile import builders as B
from tests.hostile.common import inspect

HOSTILE = [
    "../../etc/passwd",
    "/etc/passwd",
    "..\\..\\Windows\\win.ini",
    "C:\\Windows\\System32\\evil.exe",
    "zadost\x00.pdf",
    "....//....//etc/passwd",
    "./.hidden",
]


def _safe(name: str) -> bool:
    return (
        "/" not in name
        and "\\" not in name
        and "\x00" not in name
        and not name.startswith(".")
        and name.strip() == name
        and bool(name)
    )


def _attachment_names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [c["name"] for c in result["components"] if c["role"] == "attachment"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", HOSTILE)
def test_mail_attachment_names_are_sanitised(harness: Harness, name: str) -> None:
    raw = B.mail([(name, "application/pdf", make_pdf())])
    result = inspect(harness, raw)
    names = _attachment_names(result)
    assert len(names) == 1 and _safe(names[0]), names


RFC2231 = [
    "filename*=utf-8''..%2F..%2Fetc%2Fpasswd",
    "filename*=utf-8''%2Fetc%2Fshadow",
    "filename*0*=utf-8''..%2F..; filename*1=%2Froot%2F.ssh%2Fauthorized_keys",
    "filename*=utf-8''zadost%00.pdf",
    'filename="=?utf-8?b?Li4vLi4vZXRjL3Bhc3N3ZA==?="',
]


@pytest.mark.timeout(30)
@pytest.mark.parametrize("param", RFC2231)
def test_rfc2231_and_encoded_word_traversal_is_sanitised(harness: Harness, param: str) -> None:
    pdf = base64.encodebytes(make_pdf())
    body = (
        b"--b\r\nContent-Type: text/plain\r\n\r\nZadost v priloze.\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Disposition: attachment; "
        + param.encode()
        + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + pdf
        + b"\r\n--b--\r\n"
    )
    raw = B.raw_mail(body, b'Content-Type: multipart/mixed; boundary="b"\r\n')
    result = inspect(harness, raw)
    names = _attachment_names(result)
    assert len(names) == 1 and _safe(names[0]), names
    assert param.encode() in raw  # the original name is in the evidence (the raw bytes)


@pytest.mark.timeout(30)
def test_zfo_file_names_are_sanitised(harness: Harness) -> None:
    from databox.standin.authority import SealingAuthority
    from databox.standin.messages import make_demo_zfo
    from databox.zfo import parse_zfo, unwrap_cms

    xml_names = [n for n in HOSTILE if "\x00" not in n]  # XML cannot carry NUL
    files = [(n, "application/pdf", make_pdf()) for n in xml_names]
    raw = make_demo_zfo(SealingAuthority.generate(), "abc1234", "Deník", "Žádost", files)
    parsed = parse_zfo(raw)
    names = [c.name for c in parsed.components if c.role.value == "attachment"]
    assert len(names) == len(xml_names)
    assert all(_safe(n) for n in names), names
    assert b"../../etc/passwd" in unwrap_cms(raw)  # the sealed original keeps the name
    result = inspect(harness, raw, Channel.DATABOX)
    assert all(_safe(n) for n in _attachment_names(result))


@pytest.mark.timeout(30)
def test_zip_member_names_are_sanitised(harness: Harness) -> None:
    z = B.zip_of({"../../etc/passwd": b"IP 192.0.2.1", "..\\..\\win.ini": b"x", "a\x00b.txt": b"y"})
    result = inspect(harness, B.mail([("archiv.zip", "application/zip", z)]))
    inner = [c["name"] for c in result["components"] if c["name"] != "archiv.zip"]
    inner = [n for n in inner if not n.startswith("body")]
    assert len(inner) == 3
    assert all("\\" not in n and "\x00" not in n and ".." not in n for n in inner), inner


@pytest.mark.timeout(60)
def test_nothing_is_written_outside_the_evidence_store(tmp_path: Path, pki: object) -> None:
    """The real service: a drop-folder item with traversal names is stored, checked and
    triaged; every file it creates is inside the work directory (evidence, registry)."""
    from intake.bootstrap import build_app
    from intake.config import load_settings
    from intake.dropfolder import DropFolderSource as DropFolder
    from tests.fuzz.harness import build_harness

    work = tmp_path / "work"
    drop = work / "drop"
    drop.mkdir(parents=True)
    files = [(n, "application/pdf", make_pdf()) for n in HOSTILE]
    (drop / "new").mkdir()
    (drop / "new" / "hostile.eml").write_bytes(B.mail(files))
    victim = tmp_path / "etc"
    victim.mkdir()
    settings = load_settings(
        None,
        mode="development",
        database={"url": f"sqlite:///{work}/registry.db"},
        evidence={"dir": str(work / "evidence")},
    )
    app = build_app(settings, stages=build_harness(pki).stages, sources={})
    try:
        report = app.service.poll_source(DropFolder("drop", drop))
        assert report.registered == 1
        steps = app.service.process_pending(limit=50)
        assert steps >= 4
    finally:
        app.close()
    assert list(victim.iterdir()) == []
    outside = [p for p in tmp_path.rglob("*") if not p.is_relative_to(work) and p != victim]
    assert outside == []
    from sqlmodel import Session, select

    from storage.db import make_engine
    from storage.tables import Component, Submission

    with Session(make_engine(settings.database_url)) as s:
        sub = s.exec(select(Submission)).one()
        assert sub.state not in ("received", "checked", "verified")
        names = [c.name for c in s.exec(select(Component)).all()]
    assert names and all("/" not in n and "\\" not in n and "\x00" not in n for n in names)
