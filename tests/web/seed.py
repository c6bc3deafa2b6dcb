"""Seed data for the officer UI tests: an App with FakeStages, a few imported e-mails, full
verification records, hostile (XSS) input in every place an applicant controls, and users."""

from __future__ import annotations

import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from intake.accounts import create_user
from intake.bootstrap import App, build_app
from intake.config import Settings
from intake.model import Channel, RawItem, SenderKind
from storage import senders
from storage.db import session_scope
from storage.tables import Component, Organisation, Submission, Verification, utcnow
from tests.fakes import FakeStages, eml, valid_record

XSS_SCRIPT = "<script>window.__xss = 1; alert(1)</script>"
XSS_IMG = '<img src=x onerror="window.__xss = 2; alert(2)">'
XSS_SVG = '<svg onload="window.__xss = 3">'
XSS = XSS_SCRIPT + XSS_IMG + XSS_SVG
XSS_FILE = '"><img src=x onerror="window.__xss=4">.pdf'
XSS_HTML_BODY = (
    "<p>Dobrý den, <b>žádáme</b></p>"
    + XSS_SCRIPT
    + XSS_IMG
    + '<img src="http://192.0.2.99/track.png"><a href="javascript:window.__xss=5">klik</a>'
    + '<iframe src="http://192.0.2.99/"></iframe><style>body{background:url(http://192.0.2.99/x)}</style>'
)

FULL_RECORD: dict[str, Any] = {
    # the shape verifiers.record.build_record writes: the fakes' record of a valid signature,
    # with a certificate, its chain and the revocation data filled in for the record page
    **valid_record(),
    "trust_service_provider": "První certifikační autorita, a.s.",
    "trust_service": "I.CA qualified certificates",
    "certificate": {
        "subject": "CN=Jana Nováková,O=Deník Test,C=CZ",
        "issuer": "CN=I.CA Qualified 2 CA/RSA 02/2016,O=První certifikační autorita, a.s.,C=CZ",
        "serial_number": "5a3f9c01",
        "valid_from": "2022-01-10T09:00:00+00:00",
        "valid_to": "2023-01-10T09:00:00+00:00",
        "sha256": "ab" * 32,
        "emails": ["jana.novakova@example.cz"],
    },
    "path": ["CN=Jana Nováková", "CN=I.CA Qualified 2 CA/RSA 02/2016", "CN=I.CA Root CA"],
    "revocation": [
        {
            "kind": "crl",
            "crl_number": 4711,
            "ocsp_responder": None,
            "issuer": "CN=I.CA Qualified 2 CA/RSA 02/2016",
            "this_update": "2022-12-19T06:00:00+00:00",
            "next_update": "2022-12-20T06:00:00+00:00",
            "sha256": "cd" * 32,
            "source": "local",
        }
    ],
    "signing_time_claimed": "2022-12-19T08:59:00+00:00",
    "ades_level": "LT",
}


@dataclass
class Seeded:
    app: App
    ids: dict[str, int]
    users: dict[str, tuple[str, str]] = field(default_factory=dict)
    """role → (username, password)."""


def message(
    n: int,
    *,
    subject: str,
    body: str,
    date: str = "Mon, 19 Dec 2022 10:00:00 +0100",
    sender: str | None = None,
) -> bytes:
    from email.header import Header

    frm = sender or f"redakce{n}@example.cz"
    return (
        f"Received: from mx.example by mx.podatelna.example; {date}\r\n"
        f"From: {frm}\r\nTo: podatelna@czso.example\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\nMessage-ID: <w{n}@example.cz>\r\n"
        f"Date: {date}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    ).encode()


def settings_for(tmp: Path, db_url: str | None = None) -> Settings:
    return Settings(
        mode="development",
        base_dir=tmp,
        database={"url": db_url or f"sqlite:///{tmp}/registry.db"},
        evidence={"dir": tmp / "evidence"},
    )


def open_copy(template: Seeded, template_dir: Path, tmp: Path) -> Seeded:
    """A private copy of a seeded registry (database file and evidence store) in ``tmp``."""
    shutil.copytree(template_dir, tmp, dirs_exist_ok=True)
    app = build_app(settings_for(tmp), stages=FakeStages(), sources={})
    return Seeded(app, dict(template.ids), dict(template.users))


def build_seeded(tmp: Path, db_url: str | None = None) -> Seeded:
    app = build_app(settings_for(tmp, db_url), stages=FakeStages(), sources={})
    items = {
        "approve": RawItem("mail", "a", eml(1), Channel.EMAIL),
        "refuse": RawItem(
            "mail", "b", eml(2, date="Tue, 20 Dec 2022 11:00:00 +0100"), Channel.EMAIL
        ),
        "edit": RawItem("mail", "c", eml(3, date="Wed, 21 Dec 2022 12:00:00 +0100"), Channel.EMAIL),
        "xss": RawItem(
            "mail",
            "d",
            message(
                4,
                subject="Žádost " + XSS,
                body="Text " + XSS,
                date="Wed, 21 Dec 2022 13:00:00 +0100",
            ),
            Channel.EMAIL,
        ),
        "databox": RawItem(
            "isds",
            "e",
            eml(5, date="Thu, 22 Dec 2022 09:30:00 +0100"),
            Channel.DATABOX,
            metadata={"dmID": "1234567", "dmAnnotation": "Žádost " + XSS_IMG},
        ),
        "late": RawItem("mail", "f", eml(6, date="Sat, 24 Dec 2022 08:15:00 +0100"), Channel.EMAIL),
        "spare": RawItem(
            "mail", "g", eml(7, date="Thu, 22 Dec 2022 15:00:00 +0100"), Channel.EMAIL
        ),
    }
    ids: dict[str, int] = {}
    for key, item in items.items():
        ids[key] = app.service.receive(item).submission.id or 0
    app.service.process_pending()
    with session_scope(app.engine) as s:
        ver = s.exec(
            select(Verification).where(col(Verification.submission_id) == ids["approve"])
        ).first()
        assert ver is not None
        ver.record = FULL_RECORD
        s.add(ver)
        xss_ver = s.exec(
            select(Verification).where(col(Verification.submission_id) == ids["xss"])
        ).first()
        assert xss_ver is not None
        xss_ver.record = {
            **FULL_RECORD,
            "indication": "TOTAL_FAILED",
            "result": "invalid",
            "subindication": "REVOKED",
            "revoked": True,
            "revocation_time": "2022-12-01T10:00:00+00:00",
            "signer_name": XSS,
            "trust_service_provider": XSS,
            "certificate": {**FULL_RECORD["certificate"], "subject": "CN=" + XSS},
        }
        s.add(xss_ver)
        for pos, (name, role, data) in enumerate(
            [
                (XSS_FILE, "attachment", b"%PDF-1.4 fake"),
                ("body.html", "body_html", XSS_HTML_BODY.encode()),
            ],
            start=10,
        ):
            s.add(
                Component(
                    submission_id=ids["xss"],
                    position=pos,
                    name=name,
                    role=role,
                    declared_type="application/pdf" if role == "attachment" else "text/html",
                    detected_type="application/pdf" if role == "attachment" else "text/html",
                    sha256=app.evidence.put(data),
                    size=len(data),
                )
            )
    seeded = Seeded(app, ids)
    with session_scope(app.engine) as s:
        for role in ("officer", "admin", "auditor"):
            name, password = f"test-{role}", secrets.token_urlsafe(16)
            create_user(s, name, password, role, actor="test")
            seeded.users[role] = (name, password)
    return seeded


def state_of(app: App, sub_id: int) -> str:
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
        assert sub is not None
        return sub.state


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_in(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def registry_numbers(html: str) -> list[str]:
    """The registry numbers a queue page links to, in page order."""
    return re.findall(r'/ui/submissions/\d+">(CSU-EP/\d{4}/\d{6})</a>', html)


def registry_number(seeded: Seeded, key: str) -> str:
    with session_scope(seeded.app.engine) as s:
        sub = s.get(Submission, seeded.ids[key])
        assert sub is not None
        return sub.registry_number


def add_duplicate(seeded: Seeded) -> tuple[int, int]:
    """A second record of the seeded organisation ("DENÍK TEST", same address) holding the
    "spare" filing; returns (the organisation's record, the duplicate)."""
    with session_scope(seeded.app.engine) as s:
        spare = s.get(Submission, seeded.ids["spare"])
        assert spare is not None and spare.sender_id is not None
        org = s.get(Organisation, spare.sender_id)
        assert org is not None and org.kind == "organisation"
        dup = senders.create(
            s, kind=SenderKind.PERSON, name="DENÍK TEST", emails=[org.emails[0]], now=utcnow(),
            actor="test",
        )  # fmt: skip
        senders.link(s, spare, dup, actor="test", basis="email")
        return org.id or 0, dup.id or 0


CONFIRMATION_RE = re.compile(r'name="confirmation" value="([^"]+)"')


def confirmation_in(html: str) -> str:
    m = CONFIRMATION_RE.search(html)
    assert m, "no confirmation token in the page"
    return m.group(1)


def decide_confirmed(c: Any, sub_id: int, kind: str, **data: str) -> Any:
    """An approval or a withdrawal as an officer makes it: the detail page's form leads to the
    confirmation page (decides nothing), whose button posts the decision with its token."""
    token = csrf_in(c.get(f"/ui/submissions/{sub_id}").text)
    page = c.post(f"/ui/submissions/{sub_id}/{kind}", data={"csrf_token": token, **data})
    assert page.status_code == 200, page.text
    return c.post(
        f"/ui/submissions/{sub_id}/decide",
        data={"csrf_token": token, "kind": kind, "confirmation": confirmation_in(page.text), **data},
    )


def add_spam(seeded: Seeded, n: int = 1, **kw: Any) -> int:
    """A message the trusted relay marked as spam, delivered by source "mail" and kept (not
    registered); returns its id. ``kw`` goes to ``tests.spammail.spam_eml``."""
    from intake.service import IntakeService
    from intake.spam import SpamRule
    from storage.spam import Kept
    from tests.spammail import RELAY, spam_eml

    app = seeded.app
    service = IntakeService(
        engine=app.engine,
        evidence=app.evidence,
        campaign=app.settings.campaign,
        stages=FakeStages(),
        spam_rules={"mail": SpamRule(RELAY)},
    )
    (kept,) = service.take_many([RawItem("mail", f"spam-{n}", spam_eml(n, **kw), Channel.EMAIL)])
    assert isinstance(kept, Kept)
    return kept.message.id or 0
