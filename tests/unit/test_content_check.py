"""Content checks: format by content, the accepted-format policy, containers and bomb limits."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from intake.content import formats as f
from intake.content.check import ContentPolicy, check_content
from intake.content.result import ContentResult
from intake.model import Channel, Component, ComponentRole, ParsedMessage
from tests.unit.docs import docx_bytes, odt_bytes, pdf_bytes, xlsx_bytes


def _zip(members: dict[str, bytes], *, mimetype: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if mimetype is not None:
            z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _msg(*atts: tuple[str, bytes]) -> ParsedMessage:
    comps = [
        Component("body.txt", ComponentRole.BODY_TEXT, b"Dobry den", "text/plain", text="Dobry den")
    ]
    comps += [Component(n, ComponentRole.ATTACHMENT, d) for n, d in atts]
    return ParsedMessage(channel=Channel.EMAIL, components=tuple(comps))


def _check(*atts: tuple[str, bytes], **policy: object) -> ContentResult:
    return check_content(_msg(*atts), policy=ContentPolicy(**policy), scanner=None)  # type: ignore[arg-type]


def _problem(res: ContentResult, name: str) -> str | None:
    fnd = res.finding(name)
    assert fnd is not None, [x.name for x in res.findings]
    return fnd.problem


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        (lambda: pdf_bytes(["Žádost"]), f.PDF),
        (lambda: docx_bytes(["Žádost"]), f.DOCX),
        (lambda: odt_bytes(["Žádost"]), f.ODT),
        (lambda: xlsx_bytes([["a", "b"]]), f.XLSX),
        (lambda: b"{\\rtf1\\ansi hello}", f.RTF),
        (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, f.PNG),
        (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32, f.JPEG),
        (lambda: "Dobrý den, žádost".encode("cp1250"), f.TEXT),
        (lambda: b"<!DOCTYPE html><html><body>x</body></html>", f.HTML),
        (lambda: b"From: a@b.cz\r\nTo: c@d.cz\r\nSubject: x\r\n\r\nbody", f.EML),
        (lambda: _zip({"a.txt": b"x"}), f.ZIP),
        (
            lambda: _zip(
                {"a.txt": b"x", "META-INF/signatures001.xml": b"<x/>"},
                mimetype="application/vnd.etsi.asic-e+zip",
            ),
            f.ASICE,
        ),
        (lambda: b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64, "application/x-dosexec"),
    ],
)
def test_detect_by_content(maker: object, expected: str) -> None:
    data = maker()  # type: ignore[operator]
    # the name lies on purpose: detection must not believe it
    assert f.detect(data, "zadost.pdf" if expected != f.PDF else "zadost.docx") == expected


def test_policy_refuses_executable_renamed_as_pdf() -> None:
    exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64
    res = _check(("zadost.pdf", exe))
    assert _problem(res, "zadost.pdf") == "unsupported_format"
    assert [p.code for p in res.problems] == ["unsupported_format"]
    fnd = res.finding("zadost.pdf")
    assert fnd is not None and fnd.detail == f"name suggests {f.PDF}"


def test_policy_is_configurable() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    assert _check(("scan.png", png)).problems == ()
    res = _check(("scan.png", png), allowed_formats=frozenset({f.PDF, f.TEXT}))
    assert _problem(res, "scan.png") == "unsupported_format"


def test_findings_have_hash_size_and_type() -> None:
    res = _check(("a.txt", b"abc"))
    fnd = res.finding("a.txt")
    assert fnd is not None
    assert fnd.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert (fnd.size, fnd.detected_type, fnd.parent, fnd.problem) == (3, f.TEXT, None, None)


def test_zip_unpacked_recursively_with_text() -> None:
    inner = _zip({"ip.xlsx": xlsx_bytes([["Produkční IP", "192.0.2.1"]])})
    outer = _zip({"zadost.docx": docx_bytes(["IP adresy: 198.51.100.1"]), "dalsi.zip": inner})
    res = _check(("prilohy.zip", outer))
    assert res.problems == ()
    by = {c.name: c for c in res.components}
    assert by["zadost.docx"].parent == "prilohy.zip"
    assert by["dalsi.zip"].parent == "prilohy.zip"
    assert by["ip.xlsx"].parent == "dalsi.zip"
    assert "198.51.100.1" in (by["zadost.docx"].text or "")
    assert "192.0.2.1" in (by["ip.xlsx"].text or "")
    fnd = res.finding("ip.xlsx")
    assert fnd is not None and fnd.depth == 2


def test_depth_limit() -> None:
    data = b"posledni"
    for i in range(5):
        data = _zip({f"l{i}.zip" if i else "x.txt": data})
    res = _check(("a.zip", data), max_depth=3)
    assert "unreadable_attachment" in [p.code for p in res.problems]
    deepest = max(x.depth for x in res.findings)
    assert deepest == 3
    assert any(x.problem == "unreadable_attachment" and x.depth == 3 for x in res.findings)


def test_zip_bomb_ratio_and_size() -> None:
    bomb = _zip({"nuly.txt": b"\0" * (20 * 1024 * 1024)})  # 20 MiB of zeros -> ~20 kB
    assert len(bomb) < 100_000
    res = _check(("bomba.zip", bomb))
    assert _problem(res, "bomba.zip") == "unreadable_attachment"
    assert "ratio" in res.problems[0].message
    # the same with a generous ratio but a small total budget
    res2 = _check(("bomba.zip", bomb), max_ratio=100_000, max_expanded_bytes=5 * 1024 * 1024)
    assert _problem(res2, "bomba.zip") == "unreadable_attachment"
    assert "expand" in res2.problems[0].message


def test_member_count_limit() -> None:
    many = _zip({f"f{i}.txt": b"x" for i in range(50)})
    assert _check(("m.zip", many), max_members=100).problems == ()
    res = _check(("m.zip", many), max_members=20)
    assert _problem(res, "m.zip") == "unreadable_attachment"


def test_damaged_and_encrypted_files_are_unreadable() -> None:
    pdf = pdf_bytes(["Žádost"])
    res = _check(("zadost.pdf", pdf[: len(pdf) // 3]), ("ok.pdf", pdf))
    assert _problem(res, "zadost.pdf") == "unreadable_attachment"
    assert _problem(res, "ok.pdf") is None

    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        w.add_page(page)
    w.encrypt("tajne-heslo")
    buf = io.BytesIO()
    w.write(buf)
    res2 = _check(("sifrovane.pdf", buf.getvalue()))
    assert _problem(res2, "sifrovane.pdf") == "unreadable_attachment"
    assert "encrypted" in res2.problems[0].message

    enc = bytearray(_zip({"a.txt": b"x"}))
    # set the "encrypted" flag bit in the local and central headers
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        i = enc.find(sig)
        off = i + (6 if sig == b"PK\x03\x04" else 8)
        enc[off] |= 1
    res3 = _check(("tajne.zip", bytes(enc)))
    assert _problem(res3, "tajne.zip") == "unreadable_attachment"


def test_asice_members_and_signature() -> None:
    asic = _zip(
        {"zadost.txt": "Produkční IP: 192.0.2.7".encode(), "META-INF/signatures001.xml": b"<x/>"},
        mimetype="application/vnd.etsi.asic-e+zip",
    )
    res = _check(("zadost.asice", asic))
    assert res.problems == ()
    by = {c.name: c for c in res.components}
    assert by["zadost.txt"].parent == "zadost.asice"
    assert "192.0.2.7" in (by["zadost.txt"].text or "")
    assert by["signatures001.xml"].role is ComponentRole.SIGNATURE


def test_attached_eml_is_unpacked() -> None:
    m = EmailMessage()
    m["From"], m["Subject"] = "x@example.org", "původní"
    m.set_content("Testovací IP: 203.0.113.9\n")
    m.add_attachment(b"%PDF-1.4 broken", maintype="application", subtype="pdf", filename="a.pdf")
    res = _check(("puvodni.eml", m.as_bytes()))
    by = {c.name: c for c in res.components}
    assert by["puvodni.eml"].role is ComponentRole.ATTACHMENT
    body = [
        c for c in res.components if c.parent == "puvodni.eml" and c.role is ComponentRole.BODY_TEXT
    ]
    assert body and "203.0.113.9" in (body[0].text or "")
    assert _problem(res, "a.pdf") == "unreadable_attachment"


def test_already_expanded_containers_are_not_unpacked_twice() -> None:
    z = _zip({"a.txt": b"x"})
    parsed = ParsedMessage(
        channel=Channel.EMAIL,
        components=(
            Component("c.zip", ComponentRole.ATTACHMENT, z),
            Component("a.txt", ComponentRole.ATTACHMENT, b"x", parent="c.zip"),
        ),
    )
    res = check_content(parsed, policy=ContentPolicy(), scanner=None)
    assert [c.name for c in res.components] == ["c.zip", "a.txt"]


def test_zfo_attachment_is_unpacked() -> None:
    from databox.standin.authority import SealingAuthority
    from databox.standin.messages import make_demo_zfo

    zfo = make_demo_zfo(
        SealingAuthority.generate(),
        "abc2def",
        "Rádio Příklad s.r.o.",
        "Žádost",
        [("zadost.txt", "text/plain", "Produkční IP: 192.0.2.44\n".encode())],
    )
    assert f.detect(zfo, "zprava.zfo") == f.ZFO
    res = _check(("zprava.zfo", zfo))
    assert res.problems == ()
    inner = [c for c in res.components if c.parent == "zprava.zfo"]
    assert [c.name for c in inner] == ["zadost.txt"]
    assert "192.0.2.44" in (inner[0].text or "")


def test_isdocx_and_asics() -> None:
    isdocx = _zip(
        {
            "faktura.isdoc": b'<?xml version="1.0"?><Invoice xmlns="http://isdoc.cz/namespace/2013"/>',
            "META-INF/manifest.xml": b"<manifest/>",
            "priloha.txt": b"Produkcni IP: 192.0.2.8",
        }
    )
    assert f.detect(isdocx, "x.zip") == f.ISDOCX
    res = _check(("faktura.isdocx", isdocx))
    assert res.problems == ()
    assert {c.name for c in res.components if c.parent == "faktura.isdocx"} == {
        "faktura.isdoc",
        "priloha.txt",
    }
    fnd = res.finding("faktura.isdoc")
    assert fnd is not None and fnd.detected_type == f.ISDOC

    asics = _zip(
        {
            "zadost.pdf": pdf_bytes(["Testovací IP: 192.0.2.9"]),
            "META-INF/timestamp.tst": b"\x30\x00",
        },
        mimetype="application/vnd.etsi.asic-s+zip",
    )
    res2 = _check(("zadost.asics", asics))
    assert res2.problems == ()
    inner = {c.name: c for c in res2.components if c.parent == "zadost.asics"}
    assert "192.0.2.9" in (inner["zadost.pdf"].text or "")
    assert inner["timestamp.tst"].role is ComponentRole.SIGNATURE


def test_build_content_checks_from_config(tmp_path: object) -> None:
    from pathlib import Path

    from intake.config import ContentConfig
    from intake.content.check import build_content_checks

    policy, scanner = build_content_checks(ContentConfig(), Path)
    assert scanner is None and policy.allowed_formats == f.ISDS_ALLOWED
    cfg = ContentConfig(
        clamd_socket=Path("run/clamd.sock"),
        scan_required=True,
        max_depth=2,
        allowed_formats=[f.PDF],
    )
    policy, scanner = build_content_checks(cfg, lambda p: Path("/srv/podatelna") / p)
    assert scanner is not None and scanner.socket_path == "/srv/podatelna/run/clamd.sock"
    assert policy.scan_required and policy.max_depth == 2
    assert policy.allowed_formats == frozenset({f.PDF})


def test_office_document_bomb_is_refused_before_parsing() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b" " * (30 * 1024 * 1024))
    bomb = buf.getvalue()
    assert f.detect(bomb) == f.DOCX
    res = _check(("zadost.docx", bomb))
    assert _problem(res, "zadost.docx") == "unreadable_attachment"
    assert "ratio" in res.problems[0].message
