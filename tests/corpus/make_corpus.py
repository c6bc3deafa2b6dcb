"""Regenerate tests/corpus/cases/*.eml, *.xml and *.json from the case specs (cases_*.py).

    .venv/bin/python -m tests.corpus.make_corpus [--legacy]

The generated files are committed; this script documents how they were made (attachments
are built with reportlab, python-docx, odfpy and openpyxl; bodies in several charsets and
transfer encodings).

Cases 01–75 (``LEGACY``) were generated before the output was reproducible (random MIME
boundaries, archive member times): their labels are rewritten, their messages only when
missing or with ``--legacy``. Cases 76– (``TUNING``, each with a ``style``) are built
byte-for-byte reproducibly: fixed boundaries, fixed times inside attachments, and data-box
cases (a ``databox`` key) as the inner XML of a received data message (``.xml``)."""

from __future__ import annotations

import email
import email.policy
import io
import json
import sys
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
    cases_h,
    cases_i,
    cases_j,
    cases_k,
    cases_l,
    cases_m,
    cases_n,
    cases_o,
    cases_p,
)
from tests.corpus.tuning_docs import docx_rich, fixed_zip, pdf_table, txt, xlsx_rich
from tests.unit.docs import docx_bytes, odt_blocks, register_dejavu, xlsx_bytes

OUT = Path(__file__).parent / "cases"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf(paragraphs: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    register_dejavu()
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
    "docx2": docx_rich,
    "xlsx2": xlsx_rich,
    "pdftable": pdf_table,
    "txt": txt,
}
MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "rtf": ("application", "rtf"),
    "docx2": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx2": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pdftable": ("application", "pdf"),
    "txt": ("text", "plain"),
}
_ZIPPED = ("docx", "odt", "xlsx")


_CTE = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit"}


def _sent(n: int) -> datetime:
    return datetime(2022, 12, 1, 9, 0, tzinfo=UTC) + timedelta(hours=7 * n)


def attachment(kind: str, content: Any, reproducible: bool) -> bytes:
    data = BUILDERS[kind](content)
    return fixed_zip(data) if reproducible and kind in _ZIPPED else data


def build(case: dict[str, Any], n: int, reproducible: bool = False) -> bytes:
    """The case as an e-mail; ``reproducible`` (cases 76–): fixed MIME boundaries and
    attachment archives, so that the same spec always gives the same bytes."""
    charset = case.get("charset", "utf-8")
    cte = _CTE[case.get("cte", "qp")]
    body = case.get("body")
    html = case.get("html")
    msg = EmailMessage(policy=email.policy.SMTP)
    sent = _sent(n)
    name, addr = parseaddr(case["from"])
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = case.get("to", "podatelna@czso.cz")
    msg["Subject"] = case["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<corpus-{case['id']}@example.invalid>"
    for key, value in case.get("headers", {}).items():
        msg[key] = value
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if case.get("flowed"):
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for kind, filename, content in case.get("attachments", []):
        if kind == "eml":
            inner_raw = build(content, n, reproducible)
            inner = email.message_from_bytes(inner_raw, policy=email.policy.SMTP)
            msg.add_attachment(inner, filename=filename)
        else:
            maintype, subtype = MIME[kind]
            msg.add_attachment(
                attachment(kind, content, reproducible),
                maintype=maintype,
                subtype=subtype,
                filename=filename,
            )
    if reproducible:
        _fix_boundaries(msg, case["id"])
    if case.get("smime"):
        msg = _smime_wrap(msg)
    received = f"from mx.example.invalid by mail.czso.cz with ESMTPS; {format_datetime(sent + timedelta(seconds=42))}"
    return f"Received: {received}\r\n".encode() + msg.as_bytes()


def _fix_boundaries(msg: EmailMessage, case_id: str) -> None:
    for k, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            part.set_boundary(f"=_corpus_{case_id}_{k}")


def build_databox(case: dict[str, Any], n: int) -> bytes:
    """The case as the inner XML of a received data message: ``databox`` gives the sender's
    box, name and address, ``subject`` the annotation (dmAnnotation), ``attachments`` the files
    (at least one: ISDS delivers no message without a file)."""
    from databox.standin.messages import MessageSpec, build_message_xml

    box = case["databox"]
    files = [
        (filename, "/".join(MIME[kind]), attachment(kind, content, True))
        for kind, filename, content in case["attachments"]
    ]
    spec = MessageSpec(
        dm_id=str(81_000_000 + n),
        sender_box=box["box"],
        sender_name=box["name"],
        sender_address=box["address"],
        sender_type=box.get("type", 20),
        annotation=case["subject"],
        files=files,
        delivery_time=_sent(n),
        recipient_box="2gfaasy",
        sender_ref=box.get("ref"),
    )
    return build_message_xml(spec)


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


LEGACY: list[dict[str, Any]] = (
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
TUNING: list[dict[str, Any]] = (
    cases_h.CASES
    + cases_i.CASES
    + cases_j.CASES
    + cases_k.CASES
    + cases_l.CASES
    + cases_m.CASES
    + cases_n.CASES
    + cases_o.CASES
    + cases_p.CASES
)


def all_cases() -> list[dict[str, Any]]:
    cases = LEGACY + TUNING
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    return cases


def render(case: dict[str, Any], n: int) -> tuple[str, bytes]:
    """File name and bytes of a reproducible case (76–): a data message or an e-mail."""
    if "databox" in case:
        return f"{case['id']}.xml", build_databox(case, n)
    return f"{case['id']}.eml", build(case, n, reproducible=True)


def labels_json(case: dict[str, Any]) -> str:
    head = {"description": case.get("description", "")}
    if "style" in case:
        head = {"id": case["id"], **head, "style": case["style"]}
    return json.dumps({**head, **case["labels"]}, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> None:
    rewrite_legacy = "--legacy" in (sys.argv[1:] if argv is None else argv)
    OUT.mkdir(exist_ok=True)
    cases = all_cases()
    for n, case in enumerate(cases):
        if "style" in case:
            name, raw = render(case, n)
            (OUT / name).write_bytes(raw)
        elif rewrite_legacy or not (OUT / f"{case['id']}.eml").exists():
            (OUT / f"{case['id']}.eml").write_bytes(build(case, n))
        (OUT / f"{case['id']}.json").write_text(labels_json(case), encoding="utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
