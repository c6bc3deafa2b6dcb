"""Regenerate the held-out corpus, tests/corpus/heldout/, from its case specs
(heldout_cases_*.py):

    .venv/bin/python -m tests.corpus.make_heldout

E-mail cases become ``<id>.eml``; data-box cases (a ``databox`` key) become ``<id>.xml``, the
inner XML of a received data message exactly as ``databox.standin.messages`` builds it and
``databox.zfo.parse_inner_xml`` reads it (the seal is left out: the corpus tests extraction,
and sealing needs a freshly generated test authority, which would make the files differ on
every run). Labels go to ``<id>.json``. The output is byte-identical between runs (fixed dates,
MIME boundaries, ZIP entry times and data-message IDs).

These cases were written apart from the extraction rules, as the held-out half of issue 18:
score them with ``python -m tests.corpus.accuracy --set heldout``, do not tune against them."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any, cast

from tests.corpus import (
    heldout_cases_a,
    heldout_cases_b,
    heldout_cases_c,
    heldout_cases_d,
    heldout_cases_e,
    heldout_cases_f,
    heldout_cases_g,
    heldout_cases_h,
    heldout_cases_i,
    heldout_cases_j,
    heldout_cases_k,
    heldout_cases_l,
    heldout_cases_m,
)
from tests.corpus.heldout_docs import BUILDERS, MIME

OUT = Path(__file__).parent / "heldout"
_CTE = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


def all_cases() -> list[dict[str, Any]]:
    return (
        heldout_cases_a.CASES
        + heldout_cases_b.CASES
        + heldout_cases_c.CASES
        + heldout_cases_d.CASES
        + heldout_cases_e.CASES
        + heldout_cases_f.CASES
        + heldout_cases_g.CASES
        + heldout_cases_h.CASES
        + heldout_cases_i.CASES
        + heldout_cases_j.CASES
        + heldout_cases_k.CASES
        + heldout_cases_l.CASES
        + heldout_cases_m.CASES
    )


def _sent(n: int) -> datetime:
    return datetime(2022, 11, 14, 7, 30, tzinfo=UTC) + timedelta(hours=5 * n, minutes=13 * n)


def _body(msg: EmailMessage, case: dict[str, Any]) -> None:
    charset = case.get("charset", "utf-8")
    cte = _CTE[case.get("cte", "qp")]
    params = {"format": "flowed"} if case.get("flowed") else {}
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
            inner = email.message_from_bytes(build_eml(content, n), policy=email.policy.SMTP)
            msg.add_attachment(inner, filename=filename)
            continue
        maintype, subtype = MIME[kind].split("/")
        data = BUILDERS[kind](content)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def _fix_boundaries(msg: EmailMessage, case_id: str) -> None:
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            digest = hashlib.sha256(f"{case_id}/{i}".encode()).hexdigest()[:24]
            part.set_boundary(f"----=_Part_{i}_{digest}")


def build_eml(case: dict[str, Any], n: int) -> bytes:
    return email_bytes(case, _sent(n), n, tag="heldout", relay="mx", delay=37)


def email_bytes(
    case: dict[str, Any], sent: datetime, n: int, *, tag: str, relay: str, delay: int
) -> bytes:
    """A case's e-mail as our MX stores it: sent at ``sent``, its Message-ID tagged with the
    set (``<tag>-<id>@…``), received from ``<relay>.example.invalid`` ``delay`` seconds later
    (also what the blind half ``b`` uses)."""
    msg = EmailMessage(policy=email.policy.SMTP)
    name, addr = parseaddr(case["from"])
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = case.get("to", "podatelna@czso.cz")
    msg["Subject"] = case["subject"]
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{tag}-{case['id']}@{addr.split('@')[-1]}>"
    for key, value in case.get("headers", {}).items():
        msg[key] = value
    _body(msg, case)
    _attach(msg, case, n)
    _fix_boundaries(msg, case["id"])
    received = (
        f"from {relay}.example.invalid by mail.czso.cz with ESMTPS; "
        f"{format_datetime(sent + timedelta(seconds=delay))}"
    )
    return f"Received: {received}\r\n".encode() + msg.as_bytes()


def build_databox(case: dict[str, Any], n: int) -> bytes:
    return data_message(case, dm_id=41_000_000 + n, delivered=_sent(n))


def data_message(case: dict[str, Any], *, dm_id: int, delivered: datetime) -> bytes:
    """The inner XML of a received data message from a case's ``databox`` envelope, its
    subject as the annotation and its attachments built by ``heldout_docs.BUILDERS``
    (also what the blind halves' generators use)."""
    from databox.standin.messages import MessageSpec, build_message_xml

    box = case["databox"]
    build = cast(dict[str, Callable[[Any], bytes]], BUILDERS)
    files = [
        (filename, MIME[kind], build[kind](content))
        for kind, filename, content in case.get("attachments", [])
    ]
    spec = MessageSpec(
        dm_id=str(dm_id),
        sender_box=box["box"],
        sender_name=box["sender"],
        sender_address=box.get("address", "Praha"),
        sender_type=box.get("type", 20),
        annotation=case["subject"],
        files=files,
        delivery_time=delivered,
        sender_ref=box.get("ref"),
    )
    return build_message_xml(spec)


def labels_json(case: dict[str, Any]) -> str:
    """A case's label file: its id, description and style, then its labels."""
    head = {"id": case["id"], "description": case["description"], "style": case["style"]}
    return json.dumps({**head, **case["labels"]}, ensure_ascii=False, indent=2) + "\n"


def write(case: dict[str, Any], n: int) -> None:
    if "databox" in case:
        (OUT / f"{case['id']}.xml").write_bytes(build_databox(case, n))
    else:
        (OUT / f"{case['id']}.eml").write_bytes(build_eml(case, n))
    (OUT / f"{case['id']}.json").write_text(labels_json(case), encoding="utf-8")


def main() -> None:
    cases = all_cases()
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    for n, case in enumerate(cases):
        write(case, n)
    print(f"{len(cases)} held-out cases written to {OUT}")


if __name__ == "__main__":
    main()
