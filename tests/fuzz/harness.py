"""Fuzz targets and seeds shared by ``tests/fuzz`` (hypothesis), ``tests/hostile`` and
``bench/fuzz.py``.

A *target* takes bytes and returns its recorded outcome as a short string (``"ok"`` or the
sorted problem codes it recorded); anything it raises beyond the documented "could not
evaluate" errors is a bug. Seeds come from real samples: the corpus e-mails, messages signed
by the test PKI, stand-in ZFOs sealed by a generated authority, and small PDF/DOCX/XLSX/ODT
documents made here.
"""

from __future__ import annotations

import io
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.config import CampaignConfig
from intake.content.check import ContentPolicy, check_content
from intake.content.text import TextExtractionError, document_text
from intake.errors import VerificationUnavailable
from intake.extraction.fields import emails_in, phones_in
from intake.extraction.ips import find_ips
from intake.inspect import analyse
from intake.model import Channel
from intake.stages import PipelineStages

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "cases"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"
AT = datetime.now(UTC)
"""Receipt time for verification: now, inside the test PKI's validity (DEADLINE is earlier,
so analyse() also records "late")."""
DEADLINE = CampaignConfig().deadline

Target = Callable[[bytes], str]


def codes(problems: Any) -> str:
    found = sorted({getattr(p, "code", None) or p["code"] for p in problems})
    return ",".join(found) or "ok"


# -- documents made at test time --------------------------------------------------------------


def make_pdf(text: str = "Žádost o přístup, IP 192.0.2.10, tel. +420 777 123 456") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(text: str = "Produkční IP: 192.0.2.10\nKontakt: jan@example.cz") -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Testovací"
    t.rows[0].cells[1].text = "198.51.100.7"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Produkční", "192.0.2.10"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def make_odt() -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    doc = OpenDocumentText()
    doc.text.addElement(P(text="Produkční IP 192.0.2.10"))
    buf = io.BytesIO()
    doc.write(buf)
    return buf.getvalue()


def mail_with(attachments: list[tuple[str, str, bytes]], body: str = "Žádost v příloze.") -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "Jan Novák <jan@example.cz>"
    m["To"] = "podatelna@czso.cz"
    m["Subject"] = "Žádost o přístup"
    m["Date"] = "Tue, 20 Dec 2022 10:00:00 +0100"
    m["Message-ID"] = "<fuzz@example.cz>"
    m.set_content(body)
    for name, ctype, data in attachments:
        main, sub = ctype.split("/", 1)
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return m.as_bytes()


# -- the pipeline's stages, offline -----------------------------------------------------------


@dataclass
class Harness:
    """Real stages (verifier over the test PKI's anchors and CRLs, no network; content checks
    without clamd) and seeds per target."""

    stages: PipelineStages
    seeds: dict[str, list[bytes]] = field(default_factory=dict)

    @property
    def verifier(self) -> Any:
        return self.stages.verifier

    # targets ---------------------------------------------------------------------------------
    def mime(self, raw: bytes) -> str:
        from mail.mime import parse_email

        return codes(parse_email(raw).problems)

    def smime(self, raw: bytes) -> str:
        try:
            ev = self.verifier.verify_email(raw, at=AT)
        except VerificationUnavailable:
            return "unavailable"
        words = sorted({s.indication.value for s in ev.signatures})
        return ",".join(words) + (";errors" if ev.errors else "") or "none"

    def cms(self, raw: bytes) -> str:
        try:
            r = self.verifier.verify_zfo(raw, at=AT)
        except VerificationUnavailable:
            return "unavailable"
        return r.indication.value

    def zfo(self, raw: bytes) -> str:
        from databox.zfo import parse_zfo

        return codes(parse_zfo(raw).problems)

    def zfo_xml(self, xml: bytes) -> str:
        from databox.zfo import parse_inner_xml

        return codes(parse_inner_xml(xml).problems)

    def document(self, data: bytes) -> str:
        """PDF/DOCX/XLSX/ODT text extraction: text, or the documented TextExtractionError;
        and the content stage over the same bytes as an attachment records an outcome."""
        from intake.content import formats

        kind = formats.detect(data, "")
        try:
            text = document_text(data, kind)
            out = "text" if text else "none"
        except TextExtractionError:
            out = "unreadable"
        return out

    def contacts(self, data: bytes) -> str:
        text = data.decode("utf-8", "replace")
        n = len(find_ips(text)) + len(phones_in(text)) + len(emails_in(text))
        return "found" if n else "none"

    def content(self, raw: bytes) -> str:
        from mail.mime import parse_email

        result = check_content(parse_email(raw), policy=self.stages.content_policy, scanner=None)
        return codes(result.problems)

    def analyse(self, raw: bytes) -> str:
        channel = Channel.DATABOX if raw[:1] == b"\x30" else Channel.EMAIL
        out = analyse(self.stages, raw, channel, file="fuzz", deadline=DEADLINE, received_at=AT)
        assert out["signature"]["status"] in ("valid", "invalid", "indeterminate", "missing")
        return codes(out["problems"])

    def targets(self) -> dict[str, Target]:
        return {
            "mime": self.mime,
            "smime": self.smime,
            "cms": self.cms,
            "zfo": self.zfo,
            "zfo_xml": self.zfo_xml,
            "document": self.document,
            "contacts": self.contacts,
            "content": self.content,
            "analyse": self.analyse,
        }


def build_harness(pki: Any | None = None, workdir: Path | None = None) -> Harness:
    """``pki``: a ``tests.fixtures.pki.TestPKI`` (one is built in ``workdir`` when None)."""
    import logging

    from verifiers.api import Verifier, VerifierPolicy, build_trust_store

    logging.disable(logging.CRITICAL)  # pypdf and pyHanko log every damaged input
    if pki is None:
        from tests.fixtures.pki import build_pki

        pki, srv = build_pki(Path(workdir or tempfile.mkdtemp(prefix="fuzz-pki-")))
        srv.shutdown()  # offline: CRLs are read from crl_dir
    verifier = Verifier(
        build_trust_store([pki.anchors_dir, pki.isds_anchors_dir], [pki.crl_dir]),
        VerifierPolicy(fetch_revocation=False),
    )
    stages = PipelineStages(
        campaign=CampaignConfig(), verifier=verifier, content_policy=ContentPolicy()
    )
    h = Harness(stages)
    h.seeds = make_seeds(pki)
    return h


def make_seeds(pki: Any) -> dict[str, list[bytes]]:
    from databox.standin.authority import SealingAuthority
    from databox.standin.messages import make_demo_zfo
    from databox.zfo import unwrap_cms

    emls = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))[:40]]
    pdf, docx_, xlsx, odt = make_pdf(), make_docx(), make_xlsx(), make_odt()
    signed = [
        pki.smime("qualified"),
        pki.smime("nonqualified", pss=False),
        pki.opaque("qualified"),
        pki.nested_in_mixed("qualified"),
        pki.smime("ecdsa"),
    ]
    authority = SealingAuthority.generate()
    zfos = [
        make_demo_zfo(
            authority,
            "abc1234",
            "Deník s.r.o.",
            "Žádost o přístup",
            [("zadost.pdf", "application/pdf", pdf), ("zadost.txt", "text/plain", b"IP 192.0.2.1")],
        ),
        make_demo_zfo(authority, "xyz9876", "Rádio a.s.", "Žádost", []),
        pki.zfo(),
    ]
    xmls = [unwrap_cms(z) for z in zfos]
    docs = [pdf, docx_, xlsx, odt]
    with_docs = [
        mail_with([("zadost.pdf", "application/pdf", pdf)]),
        mail_with([("zadost.docx", "application/octet-stream", docx_)]),
        mail_with([("a.xlsx", "application/octet-stream", xlsx), ("b.odt", "x/y", odt)]),
    ]
    texts = [
        b"Produkcni IP: 192.0.2.10, 192.0.2.11-192.0.2.20, 2001:db8::1/64\ntel. +420 777 123 456",
        b"Kontakt: jan.novak@example.cz, 603 123 456; testovaci 10.0.0.0/30",
    ] + [e[-2000:] for e in emls[:10]]
    return {
        "mime": emls + signed + with_docs,
        "smime": signed + emls[:5],
        "cms": zfos + [pki.sign_der("qualified", b"x", detached=False)],
        "zfo": zfos,
        "zfo_xml": xmls,
        "document": docs,
        "contacts": texts,
        "content": with_docs + emls[:10],
        "analyse": signed[:2] + zfos[:1] + with_docs[:2] + emls[:10],
    }


# -- mutation (shared by hypothesis strategies and the standalone bench) ----------------------

TOKENS = [
    b"\r\n",
    b"\r\n\r\n",
    b"--",
    b"=?utf-8?b?",
    b"Content-Type: multipart/mixed; boundary=x\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"filename*=utf-8''..%2F..%2Fetc%2Fpasswd",
    b"\x00",
    b"\xff\xfe",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"&a;",
    b"]]>",
    b"\x30\x82\xff\xff",
    b"\x30\x80",
    b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02",
    b"PK\x03\x04",
    b"%PDF-1.7\n",
    b"/Length 999999999",
    b"<< /Type /Pages /Kids [1 0 R] >>",
    b"255.255.255.255/0",
    b"::ffff:0:0/0",
    b"+420 ",
]


def mutate(data: bytes, rnd: random.Random, n: int | None = None) -> bytes:
    """Apply 1..4 random byte-level edits (flip, insert token, delete, duplicate, truncate)."""
    buf = bytearray(data)
    for _ in range(n if n is not None else rnd.randint(1, 4)):
        op = rnd.randrange(6)
        pos = rnd.randrange(len(buf) + 1)
        if op == 0 and buf:
            i = min(pos, len(buf) - 1)
            buf[i] ^= 1 << rnd.randrange(8)
        elif op == 1:
            buf[pos:pos] = rnd.choice(TOKENS)
        elif op == 2:
            buf[pos : pos + rnd.randint(1, 64)] = b""
        elif op == 3:
            end = min(len(buf), pos + rnd.randint(1, 256))
            buf[end:end] = buf[pos:end] * rnd.randint(1, 8)
        elif op == 4:
            del buf[pos:]
        else:
            buf[pos:pos] = rnd.randbytes(rnd.randint(1, 16))
    return bytes(buf)


Op = tuple[int, float, bytes, int]
"""One edit for ``apply_ops``: (kind, position as a fraction, bytes, length)."""


def apply_ops(data: bytes, ops: list[Op]) -> bytes:
    """Deterministic edits drawn by hypothesis (so that failures shrink to few, small edits)."""
    buf = bytearray(data)
    for kind, frac, blob, length in ops:
        pos = int(frac * len(buf))
        if kind == 0 and buf:
            i = min(pos, len(buf) - 1)
            buf[i] ^= (blob[0] if blob else 1) or 1
        elif kind == 1:
            buf[pos:pos] = TOKENS[length % len(TOKENS)]
        elif kind == 2:
            buf[pos : pos + length] = b""
        elif kind == 3:
            end = min(len(buf), pos + length * 4)
            buf[end:end] = buf[pos:end] * (1 + length % 8)
        elif kind == 4:
            del buf[pos:]
        else:
            buf[pos:pos] = blob
    return bytes(buf)
