"""Regenerate the blind held-out half, prefix ``a`` (tests/corpus/blind/a001-… to a063-…),
from its case specs (blind_a_*.py):

    .venv/bin/python -m tests.corpus.make_blind_a

E-mail cases become ``<id>.eml``; data-box cases (a ``databox`` key) become ``<id>.xml``, the
inner XML of a received data message as ``databox.standin.messages`` builds it and
``databox.zfo.parse_inner_xml`` reads it (unsealed: the corpus tests extraction). Labels go
to ``<id>.json``. The output is byte-identical between runs: fixed dates, MIME boundaries,
ZIP member times and data-message IDs. Only files whose names start with ``a`` are touched;
the other half of the blind set (prefix ``b``) is written by its own generator.

A case spec: ``id``, ``description``, ``style``, ``labels``, ``from``, ``subject`` and the
body as ``body`` (text/plain) and/or ``html``; optional ``to``, ``cc``, ``headers`` (extra
header lines in order, e.g. the mail client's ``X-Mailer``), ``charset``, ``cte``
(qp|base64|8bit|7bit), ``flowed`` (format=flowed, optionally ``delsp``), ``attachments``
(kind, filename, content: kinds of ``heldout_docs.BUILDERS`` or ``eml`` for a nested case
spec) and ``smime`` (a multipart/signed wrapper with a placeholder signature).

These cases were written by hand apart from the extraction rules: score them only with
``python -m tests.corpus.accuracy --set heldout`` at the end, never tune against them."""

from __future__ import annotations

import email
import email.policy
import hashlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any, cast

from tests.corpus import blind_a_1, blind_a_2, blind_a_3, blind_a_4
from tests.corpus.heldout_docs import BUILDERS, MIME
from tests.corpus.make_heldout import data_message, labels_json

OUT = Path(__file__).parent / "blind"
PREFIX = "a"
_BUILD = cast(dict[str, Callable[[Any], bytes]], BUILDERS)
_CTE = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


def all_cases() -> list[dict[str, Any]]:
    return blind_a_1.CASES + blind_a_2.CASES + blind_a_3.CASES + blind_a_4.CASES


def sent_at(n: int) -> datetime:
    return datetime(2022, 11, 16, 8, 4, 11, tzinfo=UTC) + timedelta(hours=6 * n, minutes=47 * n)


def _body(msg: EmailMessage, case: dict[str, Any]) -> None:
    charset = case.get("charset", "utf-8")
    cte = _CTE[case.get("cte", "qp")]
    params: dict[str, str] = {}
    if case.get("flowed"):
        params["format"] = "flowed"
        if case.get("delsp"):
            params["delsp"] = "yes"
    body, html = case.get("body"), case.get("html")
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)


def _attach(msg: EmailMessage, case: dict[str, Any], n: int) -> None:
    for kind, filename, content in case.get("attachments", []):
        if kind == "eml":
            inner = email.message_from_bytes(
                _message(content, n).as_bytes(), policy=email.policy.SMTP
            )
            msg.add_attachment(inner, filename=filename)
            continue
        maintype, subtype = MIME[kind].split("/")
        data = _BUILD[kind](content)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def _fix_boundaries(msg: EmailMessage, case_id: str) -> None:
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            digest = hashlib.sha256(f"blind/{case_id}/{i}".encode()).hexdigest()[:20]
            part.set_boundary(f"=_blind_{i}_{digest}")


def _smime_wrap(msg: EmailMessage, case_id: str) -> EmailMessage:
    """multipart/signed around the content with a placeholder signature part (extraction is
    tested here, signature verification has its own test PKI)."""
    top = [(k, v) for k, v in msg.items() if k.lower() not in ("content-type", "mime-version")]
    top = [(k, v) for k, v in top if not k.lower().startswith("content-")]
    for k, _ in top:
        del msg[k]
    del msg["MIME-Version"]
    outer = EmailMessage(policy=email.policy.SMTP)
    for k, v in top:
        outer[k] = v
    outer["MIME-Version"] = "1.0"
    outer.set_type("multipart/signed")
    outer.set_param("protocol", "application/pkcs7-signature")
    outer.set_param("micalg", "sha-256")
    outer.set_boundary(f"=_blind_smime_{case_id}")
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


def _message(case: dict[str, Any], n: int) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    sent = sent_at(n)
    name, addr = parseaddr(case["from"])
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = case.get("to", "podatelna@czso.cz")
    if "cc" in case:
        msg["Cc"] = case["cc"]
    msg["Subject"] = case["subject"]
    msg["Date"] = format_datetime(case.get("date", sent))
    msg["Message-ID"] = f"<blind-{case['id']}@{addr.split('@')[-1]}>"
    for key, value in case.get("headers", []):
        msg[key] = value
    _body(msg, case)
    _attach(msg, case, n)
    _fix_boundaries(msg, case["id"])
    return _smime_wrap(msg, case["id"]) if case.get("smime") else msg


def build_eml(case: dict[str, Any], n: int) -> bytes:
    received = (
        "from mx.example.invalid by mail.czso.cz with ESMTPS; "
        f"{format_datetime(sent_at(n) + timedelta(seconds=29))}"
    )
    return f"Received: {received}\r\n".encode() + _message(case, n).as_bytes()


def build_databox(case: dict[str, Any], n: int) -> bytes:
    return data_message(case, dm_id=52_100_000 + n, delivered=sent_at(n))


def render(case: dict[str, Any], n: int) -> tuple[str, bytes]:
    """File name and bytes of one case: a data message (.xml) or an e-mail (.eml)."""
    if "databox" in case:
        return f"{case['id']}.xml", build_databox(case, n)
    return f"{case['id']}.eml", build_eml(case, n)


def main() -> None:
    cases = all_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    assert all(i.startswith(PREFIX) for i in ids), "this half writes only a### files"
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob(f"{PREFIX}[0-9][0-9][0-9]-*"):
        old.unlink()
    for n, case in enumerate(cases):
        name, raw = render(case, n)
        (OUT / name).write_bytes(raw)
        (OUT / f"{case['id']}.json").write_text(labels_json(case), encoding="utf-8")
    print(f"{len(cases)} blind cases (prefix {PREFIX}) written to {OUT}")


if __name__ == "__main__":
    main()
