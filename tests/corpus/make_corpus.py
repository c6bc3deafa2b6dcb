"""Regenerate tests/corpus/cases/*.eml and *.json from the case specs (cases_*.py).

    .venv/bin/python -m tests.corpus.make_corpus

The generated files are committed; this script documents how they were made (attachments
are built with reportlab, python-docx, odfpy and openpyxl; bodies in several charsets and
transfer encodings)."""

from __future__ import annotations

import email
import email.policy
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

from tests.corpus import (
    cases_a,
    cases_a2,
    cases_b,
    cases_b2,
    cases_c,
    cases_d,
    cases_e,
    cases_f,
    cases_g,
)
from tests.unit.docs import docx_bytes, odt_blocks, xlsx_bytes

OUT = Path(__file__).parent / "cases"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf(paragraphs: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("DejaVu", 10)
    y = 800
    for p in paragraphs:
        for line in p.split("\n"):
            c.drawString(50, y, line)
            y -= 14
            if y < 50:
                c.showPage()
                c.setFont("DejaVu", 10)
                y = 800
    c.save()
    return buf.getvalue()


def _odt(blocks: list[Any]) -> bytes:
    return odt_blocks(blocks, table_name="IP")


def _rtf(text: str) -> bytes:
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\\par\n")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        elif ch in "\\{}":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return (
        "{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 " + "".join(out) + "}"
    ).encode("ascii")


BUILDERS: dict[str, Callable[[Any], bytes]] = {
    "pdf": _pdf,
    "docx": docx_bytes,
    "odt": _odt,
    "xlsx": xlsx_bytes,
    "rtf": _rtf,
}
MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "rtf": ("application", "rtf"),
}


_CTE = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit"}


def build(case: dict[str, Any], n: int) -> bytes:
    charset = case.get("charset", "utf-8")
    cte = _CTE[case.get("cte", "qp")]
    body = case.get("body")
    html = case.get("html")
    msg = EmailMessage(policy=email.policy.SMTP)
    sent = datetime(2022, 12, 1, 9, 0, tzinfo=UTC) + timedelta(hours=7 * n)
    name, addr = parseaddr(case["from"])
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = case.get("to", "podatelna@czso.cz")
    msg["Subject"] = case["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<corpus-{case['id']}@example.invalid>"
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for kind, filename, content in case.get("attachments", []):
        if kind == "eml":
            inner = email.message_from_bytes(build(content, n), policy=email.policy.SMTP)
            msg.add_attachment(inner, filename=filename)
        else:
            maintype, subtype = MIME[kind]
            msg.add_attachment(
                BUILDERS[kind](content), maintype=maintype, subtype=subtype, filename=filename
            )
    if case.get("smime"):
        msg = _smime_wrap(msg)
    received = f"from mx.example.invalid by mail.czso.cz with ESMTPS; {format_datetime(sent + timedelta(seconds=42))}"
    return f"Received: {received}\r\n".encode() + msg.as_bytes()


def _smime_wrap(msg: EmailMessage) -> EmailMessage:
    """multipart/signed around the content; the signature part is a placeholder (the corpus
    tests extraction, not verification, which has its own test PKI)."""
    top = {k: msg[k] for k in ("From", "To", "Subject", "Date", "Message-ID")}
    for k in top:
        del msg[k]
    outer = EmailMessage(policy=email.policy.SMTP)
    for k, v in top.items():
        outer[k] = v
    outer["MIME-Version"] = "1.0"
    outer.set_type("multipart/signed")
    outer.set_param("protocol", "application/pkcs7-signature")
    outer.set_param("micalg", "sha-256")
    outer.set_boundary("----=_smime_corpus")
    del msg["MIME-Version"]
    sig = EmailMessage(policy=email.policy.SMTP)
    sig.set_content(
        b"\x30\x80placeholder",
        maintype="application",
        subtype="pkcs7-signature",
        filename="smime.p7s",
    )
    del sig["MIME-Version"]
    outer.set_payload([msg, sig])
    return outer


def main() -> None:
    OUT.mkdir(exist_ok=True)
    all_cases = (
        cases_a.CASES
        + cases_a2.CASES
        + cases_b.CASES
        + cases_b2.CASES
        + cases_c.CASES
        + cases_d.CASES
        + cases_e.CASES
        + cases_f.CASES
        + cases_g.CASES
    )
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    for n, case in enumerate(all_cases):
        (OUT / f"{case['id']}.eml").write_bytes(build(case, n))
        labels = {"description": case.get("description", ""), **case["labels"]}
        (OUT / f"{case['id']}.json").write_text(
            json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"{len(all_cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
