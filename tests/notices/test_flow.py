"""End to end: submissions through the pipeline produce the right notices, sent through the
right channel to a real SMTP sink and the ISDS stand-in."""

from __future__ import annotations

import email
import email.policy
from typing import Any

from sqlmodel import col, select

from databox.standin.server import StandIn
from intake.bootstrap import App
from intake.model import Channel
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import Submission
from tests.fixtures.smtp import Sink
from tests.notices.conftest import item

LATE = "Wed, 28 Dec 2022 09:00:00 +0100"


def run(app: App, *items: Any) -> dict[str, list[Notice]]:
    app.service.ingest(items)
    app.service.process_pending()
    app.notices.run_once()
    out: dict[str, list[Notice]] = {}
    with session_scope(app.engine) as s:
        for sub in s.exec(select(Submission).order_by(col(Submission.id))).all():
            out[sub.source_ref] = list(
                s.exec(
                    select(Notice)
                    .where(col(Notice.submission_id) == sub.id)
                    .order_by(col(Notice.id))
                ).all()
            )
    return out


def parsed(sink: Sink) -> dict[str, Any]:
    """Messages received by the sink, by recipient."""
    out: dict[str, Any] = {}
    for env in sink.messages:
        msg = email.message_from_bytes(env.original_content or b"", policy=email.policy.default)
        for rcpt in env.rcpt_tos:
            out.setdefault(rcpt, []).append(msg)
    return out


def text_of(msg: Any) -> str:
    part = msg.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""


def test_valid_defective_and_late_filings_get_the_right_notices_by_email(
    notice_app: App, smtp_sink: Sink, isds_standin: StandIn
) -> None:
    notices = run(
        notice_app,
        item(1),
        item(2, extra="X-Test-Unsigned: yes\r\n"),
        item(3, date=LATE),
    )
    kinds = {ref: [(n.kind, n.channel, n.status) for n in ns] for ref, ns in notices.items()}
    assert kinds == {
        "r1": [("receipt", "email", "sent"), ("verification_result", "email", "sent")],
        "r2": [("receipt", "email", "sent"), ("defect", "email", "sent")],
        "r3": [("receipt", "email", "sent"), ("verification_result", "email", "sent")],
    }
    got = parsed(smtp_sink)
    assert set(got) == {"redakce1@example.cz", "redakce2@example.cz", "redakce3@example.cz"}
    receipt, accepted = got["redakce1@example.cz"]
    assert receipt["Subject"].startswith("Předběžné potvrzení doručení – CSU-EP/2022/000001")
    body = text_of(receipt)
    assert "19.12.2022 10:00:00" in body  # delivery time to the second, Prague time
    assert "<m1@example.cz>" in body and "Žádost 1" in body
    assert receipt["In-Reply-To"] == "<m1@example.cz>"
    assert receipt["Auto-Submitted"] == "auto-replied"
    assert receipt["Message-ID"] == "<receipt-1@czso.example>"
    assert "Potvrzení doručení a přijetí" in accepted["Subject"]
    defect = got["redakce2@example.cz"][1]
    dbody = text_of(defect)
    assert "Výzva k odstranění vad" in defect["Subject"]
    assert "1. Podání není podepsáno uznávaným elektronickým podpisem." in dbody
    assert "Co udělat:" in dbody and "nejpozději do" in dbody
    late = got["redakce3@example.cz"][1]
    assert "po lhůtě" in late["Subject"] and "28.12.2022 09:00:00" in text_of(late)
    assert isds_standin.mailbox.sent == []  # nobody named a data box


def test_a_data_box_sender_gets_the_result_in_its_data_box_and_no_receipt_mail(
    notice_app: App, smtp_sink: Sink, isds_standin: StandIn
) -> None:
    notices = run(
        notice_app,
        item(4, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n"),
        item(5, extra="X-Test-Box: xyz7890\r\nX-Test-Lang: en\r\n"),
    )
    assert [(n.kind, n.channel) for n in notices["r4"]] == [("verification_result", "databox")]
    assert [(n.kind, n.channel, n.language) for n in notices["r5"]] == [
        ("receipt", "email", "cs"),
        ("verification_result", "databox", "en"),
    ]
    sent = {m.recipient: m for m in isds_standin.mailbox.sent}
    assert set(sent) == {"abc1234", "xyz7890"}
    assert sent["abc1234"].envelope["dmSenderRefNumber"] == notices["r4"][0].idempotency_key
    assert sent["xyz7890"].annotation.startswith("Confirmation of delivery and acceptance")
    name, mime, pdf = sent["abc1234"].files[0]
    assert mime == "application/pdf" and pdf.startswith(b"%PDF")
    assert notices["r4"][0].remote_id == sent["abc1234"].dm_id
    assert [env.rcpt_tos for env in smtp_sink.messages] == [["redakce5@example.cz"]]


def test_rfc3834_no_confirmation_to_bounces_auto_replies_lists_or_ourselves(
    notice_app: App, smtp_sink: Sink
) -> None:
    notices = run(
        notice_app,
        item(10, extra="Return-Path: <>\r\n"),
        item(11, sender="MAILER-DAEMON@mx.example.cz"),
        item(12, extra="Auto-Submitted: auto-replied\r\n"),
        item(13, extra="X-Autoreply: yes\r\n"),
        item(14, extra="Precedence: bulk\r\n"),
        item(15, extra="List-Id: <novinari.lists.example.cz>\r\n"),
        item(16, sender="Podatelna <podatelna@czso.example>"),
        item(17, extra="Auto-Submitted: no\r\n"),
    )
    for ref in ("r10", "r11", "r12", "r13", "r14", "r15", "r16"):
        assert {n.status for n in notices[ref]} == {"suppressed"}, ref
        assert all(n.last_error for n in notices[ref])
    assert {n.status for n in notices["r17"]} == {"sent"}
    assert [env.rcpt_tos for env in smtp_sink.messages] == [["redakce17@example.cz"]] * 2


def test_at_most_one_confirmation_per_submission(notice_app: App, smtp_sink: Sink) -> None:
    from intake.events import Event

    run(notice_app, item(20))
    outbox = notice_app.outbox
    with session_scope(notice_app.engine) as s:
        sub = s.exec(select(Submission)).one()
        # the same transitions again (e.g. a replayed event) add nothing
        outbox.on_event(s, Event("state_changed", sub, old_state="received", new_state="checked"))
        outbox.on_event(
            s, Event("state_changed", sub, old_state="extracted", new_state="ready_for_review")
        )
    assert notice_app.notices.run_once() == 0
    with session_scope(notice_app.engine) as s:
        assert len(s.exec(select(Notice)).all()) == 2
    assert len(smtp_sink.messages) == 2


def test_no_address_at_all_is_recorded_as_undeliverable(notice_app: App, smtp_sink: Sink) -> None:
    notices = run(notice_app, item(30, sender="nobody", extra="Return-Path: <x@example.cz>\r\n"))
    # a receipt cannot be addressed (and a sender without address is not confirmed to);
    # the verification result is kept for the officer as undeliverable
    assert [n.status for n in notices["r30"]] == ["suppressed", "suppressed"]
    assert smtp_sink.messages == []
