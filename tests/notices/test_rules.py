"""Pure rules (RFC 3834 suppression, routing), undeliverable notices without any channel, and
a broken admin template never blocking the pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import col, select

from intake.model import Channel
from intake.notices.admin import save_template
from intake.notices.rules import receipt_route, route, suppression_reason
from intake.notices.sender import backoff
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import Submission
from tests.fixtures.smtp import Sink
from tests.notices.conftest import item, make_app, make_settings

OWN = ["podatelna@czso.example"]


@pytest.mark.parametrize(
    ("headers", "sender", "expected"),
    [
        ({}, "Redakce <redakce@example.cz>", None),
        ({"Auto-Submitted": "no"}, "redakce@example.cz", None),
        ({"Auto-Submitted": "auto-replied"}, "redakce@example.cz", "Auto-Submitted"),
        (
            {"auto-submitted": "auto-generated; owner-email=x@y.cz"},
            "r@example.cz",
            "Auto-Submitted",
        ),
        ({"X-Autoreply": "yes"}, "redakce@example.cz", "X-Autoreply"),
        ({"Precedence": "junk"}, "redakce@example.cz", "Precedence"),
        ({"Precedence": "list"}, "redakce@example.cz", "Precedence"),
        ({"List-Id": "<a.b.cz>"}, "redakce@example.cz", "List-Id"),
        ({"List-Unsubscribe": "<mailto:u@example.cz>"}, "news@example.cz", "List-Unsubscribe"),
        ({"X-Auto-Response-Suppress": "All"}, "redakce@example.cz", None),
        ({"Return-Path": "<>"}, "redakce@example.cz", "bounce"),
        ({}, "MAILER-DAEMON@mx.example.cz", "automated sender"),
        ({}, "owner-novinari@lists.example.cz", "automated sender"),
        ({}, "PODATELNA@czso.example", "our own address"),
        (
            {"Content-Type": "multipart/report; report-type=delivery-status"},
            "a@example.cz",
            "report",
        ),
        ({}, "", "no sender address"),
    ],
)
def test_suppression(headers: dict[str, str], sender: str, expected: str | None) -> None:
    reason = suppression_reason(headers, sender, OWN)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason


def test_routing_prefers_the_data_box_then_email() -> None:
    app = {"organization": {"databox_id": "ABC1234"}, "contact": {"email": "k@example.cz"}}
    env = {"envelope": {"dbIDSender": "box7777"}}
    assert route(env, "box7777", app, databox_enabled=True, email_enabled=True).recipient == (
        "box7777"
    )
    assert (
        route({}, "s@example.cz", app, databox_enabled=True, email_enabled=True).recipient
        == "abc1234"
    )
    r = route({}, "s@example.cz", app, databox_enabled=False, email_enabled=True)
    assert (r.channel, r.recipient) == ("email", "k@example.cz")
    r = route({}, "Jan <s@example.cz>", {}, databox_enabled=True, email_enabled=True)
    assert (r.channel, r.recipient) == ("email", "s@example.cz")
    r = route({}, "", {}, databox_enabled=True, email_enabled=True)
    assert (r.channel, r.recipient) == ("undeliverable", "")
    own = route(env, "box7777", {}, databox_enabled=True, email_enabled=False, own_box="box7777")
    assert own.channel == "undeliverable"
    assert receipt_route("databox", "box7777", email_enabled=True) is None
    assert backoff(1, 60, 3600).total_seconds() == 60


def test_without_any_channel_notices_are_undeliverable_for_the_officer(tmp_path: Path) -> None:
    app = make_app(make_settings(tmp_path, None, None, None))
    app.service.ingest([item(1), item(2, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n")])
    app.service.process_pending()
    assert app.notices.run_once() == 0
    with session_scope(app.engine) as s:
        rows = s.exec(select(Notice).order_by(col(Notice.id))).all()
        assert [(n.submission_id, n.kind, n.channel, n.status) for n in rows] == [
            (1, "receipt", "undeliverable", "undeliverable"),
            (1, "verification_result", "undeliverable", "undeliverable"),
            (2, "verification_result", "undeliverable", "undeliverable"),
        ]
        assert rows[2].recipient == "abc1234"  # known, but no data-box account to send from
        assert all("Evidenční číslo podání" in n.body for n in rows)
    app.close()


def test_a_template_that_fails_at_runtime_falls_back_to_the_built_in(
    tmp_path: Path, smtp_sink: Sink
) -> None:
    app = make_app(make_settings(tmp_path, smtp_sink, None, None))
    with session_scope(app.engine) as s:
        # renders with the preview sample (which has a defect) but not for a clean filing
        save_template(
            s,
            app.settings,
            "accepted",
            "cs",
            "Přijato",
            "{{ defects[0].text.upper() }}",
            actor="admin",
        )
    app.service.ingest([item(1)])
    app.service.process_pending()
    with session_scope(app.engine) as s:
        sub = s.exec(select(Submission)).one()
        assert sub.state == "ready_for_review"
        n = s.exec(select(Notice).where(col(Notice.kind) == "verification_result")).one()
        assert n.subject.startswith("Potvrzení doručení a přijetí")
    app.close()


@pytest.mark.parametrize(
    ("extra", "sender", "suppressed"),
    [
        ("Return-Path: <>\r\n", "MAILER-DAEMON@mx.example.cz", True),
        (
            "Return-Path: <redakce@example.cz>\r\nAuto-Submitted: auto-replied\r\n",
            "redakce@example.cz",
            True,
        ),
        ("Return-Path: <redakce@example.cz>\r\nPrecedence: bulk\r\n", "redakce@example.cz", True),
        ("Return-Path: <redakce@example.cz>\r\n", "Redakce <redakce@example.cz>", False),
    ],
)
def test_headers_from_the_real_mime_parser_drive_the_rule(
    extra: str, sender: str, suppressed: bool
) -> None:
    """The parser of the mail package keeps the headers the rule needs."""
    from mail.mime import parse_email

    raw = (
        f"{extra}From: {sender}\r\nTo: {OWN[0]}\r\nSubject: Re: Žádost\r\n"
        "Message-ID: <x1@example.cz>\r\nDate: Mon, 19 Dec 2022 10:00:00 +0100\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nText\r\n"
    ).encode()
    parsed = parse_email(raw)
    reason = suppression_reason(parsed.headers, parsed.sender, OWN)
    assert (reason is not None) is suppressed, reason
