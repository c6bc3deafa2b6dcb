"""Zip bombs (ratio, size, member count, nesting) and PDF bombs (huge page tree, deeply nested
objects, a decompression-bomb stream): refused or read within limits, with a recorded reason,
never a crash or a hang."""

from __future__ import annotations

import zlib

import pytest

from intake.content.check import ContentPolicy
from intake.model import Channel
from intake.stages import PipelineStages
from tests.fuzz.harness import Harness, make_docx
from tests.hostile import builders as B
from tests.hostile.common import codes, component, inspect, messages


@pytest.mark.timeout(60)
def test_zip_ratio_bomb_is_refused(harness: Harness) -> None:
    bomb = B.zeros_zip("nuly.txt", 300 << 20)  # 300 MiB of zeros in ~300 KiB
    assert len(bomb) < 1 << 20
    result = inspect(harness, B.mail([("bomba.zip", "application/zip", bomb)]))
    assert component(result, "bomba.zip")["problem"] == "unreadable_attachment"
    assert "compression ratio" in messages(result)
    assert not any(c["size"] > 10 << 20 for c in result["components"])


@pytest.mark.timeout(60)
def test_zip_size_bomb_is_refused_by_the_expanded_bytes_limit(harness: Harness) -> None:
    """Members under the ratio limit that together exceed the expansion budget (the budget is
    set low here; the default is 200 MiB)."""
    import random

    rnd = random.Random(5)
    members = {f"f{i}.bin": rnd.randbytes(1 << 20) for i in range(6)}
    stages = PipelineStages(
        campaign=harness.stages.campaign,
        verifier=harness.verifier,
        content_policy=ContentPolicy(max_expanded_bytes=4 << 20),
    )
    raw = B.mail([("velky.zip", "application/zip", B.zip_of(members, level=1))])
    checked = stages.check(raw, Channel.EMAIL)
    bad = [c for c in checked.components if c.name == "velky.zip"]
    assert bad and bad[0].problem == "unreadable_attachment"
    assert any("expand to more than" in p.message for p in checked.problems)


@pytest.mark.timeout(60)
def test_zip_with_too_many_members_is_refused(harness: Harness) -> None:
    many = B.zip_of({f"f{i}.txt": b"x" for i in range(1500)})
    result = inspect(harness, B.mail([("mnoho.zip", "application/zip", many)]))
    assert component(result, "mnoho.zip")["problem"] == "unreadable_attachment"
    assert "more than 1000 files" in messages(result)


@pytest.mark.timeout(60)
def test_nested_zips_stop_at_the_depth_limit(harness: Harness) -> None:
    nested = B.zip_of({"zadost.txt": b"IP 192.0.2.1"})
    for i in range(10):
        nested = B.zip_of({f"vnoreny{i}.zip": nested})
    result = inspect(harness, B.mail([("hnizdo.zip", "application/zip", nested)]))
    assert "unreadable_attachment" in codes(result)
    assert "příliš hluboko" in messages(result)
    assert len(result["components"]) <= 6


@pytest.mark.timeout(60)
def test_office_document_bomb_is_refused_before_inflating(harness: Harness) -> None:
    doc = B.rewrite_zip(make_docx(), "word/document.xml", lambda x: x + b" " * (100 << 20))
    result = inspect(harness, B.mail([("bomba.docx", "application/octet-stream", doc)]))
    assert component(result, "bomba.docx")["problem"] == "unreadable_attachment"
    assert "compression ratio" in messages(result)


# -- PDF bombs ---------------------------------------------------------------------------------


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct xref table for ``objects`` (numbered from 1)."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def huge_page_tree(pages: int = 20_000) -> bytes:
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
    ] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * pages
    return _pdf(objs)


def deep_nesting(levels: int = 50_000) -> bytes:
    deep = b"[" * levels + b"]" * levels
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R /X %s >>" % deep,
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    return _pdf(objs)


def decompression_bomb(size: int = 300 << 20) -> bytes:
    comp = zlib.compressobj(9)
    chunk = b"0 0 m " * (1 << 18)
    data = b"".join(comp.compress(chunk) for _ in range(size // len(chunk))) + comp.flush()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    return _pdf(objs)


PDF_BOMBS = {
    "huge_page_tree": huge_page_tree,
    "deep_nesting": deep_nesting,
    "decompression_bomb": decompression_bomb,
}


@pytest.mark.timeout(90)
@pytest.mark.parametrize("kind", list(PDF_BOMBS))
def test_pdf_bomb_gets_a_recorded_outcome(harness: Harness, kind: str) -> None:
    import resource

    pdf = PDF_BOMBS[kind]()
    assert len(pdf) < 8 << 20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = inspect(harness, B.mail([("bomba.pdf", "application/pdf", pdf)]))
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    comp = component(result, "bomba.pdf")
    assert comp["detected_type"] == "application/pdf"
    # either refused with a reason, or read within limits (no text hundreds of MB long)
    if comp["problem"] is not None:
        assert comp["problem"] == "unreadable_attachment"
        assert "bomba.pdf" in messages(result)
    assert result["signature"]["status"] == "missing"
    assert grown_mib < 1024, f"peak RSS grew by {grown_mib:.0f} MiB"
