"""Notice templates render within limits — output size, time, memory — in the preview and for
real notices; a notice over the limits is recorded as not rendered and never sent."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from intake.bootstrap import App
from intake.notices.render import TemplateFailed, render_text
from intake.notices.sandbox import MAX_OUTPUT, STARTUP, TIME_LIMIT, Limit
from storage.db import session_scope
from storage.notices import Notice, NoticeTemplate
from storage.tables import utcnow
from tests.fixtures.smtp import Sink
from tests.notices.conftest import item
from tests.notices.test_web import csrf, web  # noqa: F401 (the fixture)

SLOW = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
QUICK = 2 * TIME_LIMIT
"""An answer that did not wait for the deadline (a child interpreter's start included, on a
busy machine)."""


@pytest.mark.parametrize(
    ("body", "limit"),
    [
        ("{{ range(10**9)|length }}", Limit.SIZE),
        ("{{ 'A' * 3000000 }}", Limit.SIZE),
        ("{{ [1] * 10**9 }}", Limit.SIZE),
        ("{{ 7 ** 99999 }}", Limit.SIZE),
        ("{% for i in range(99999) %}{{ 'ABC' }}{% endfor %}", Limit.SIZE),
        ("{{ 'x'|center(10**9) }}", Limit.MEMORY),
        ("{{ '{:>999999999}'.format(1) }}", Limit.MEMORY),
        ("{{ 1 / 0 }}", Limit.TEMPLATE),
        ("{% for %}", Limit.TEMPLATE),
    ],
)
def test_payloads_fail_fast_with_their_reason(body: str, limit: Limit) -> None:
    started = time.monotonic()
    with pytest.raises(TemplateFailed) as caught:
        render_text("Předmět", body, {})
    assert caught.value.failure.limit is limit, caught.value.failure
    assert time.monotonic() - started < QUICK  # none of these waits for the deadline
    assert caught.value.message_cs and "ě" in caught.value.message_cs + "ě"


def test_a_slow_template_is_stopped_at_the_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(TemplateFailed) as caught:
        render_text("S", SLOW, {})
    elapsed = time.monotonic() - started
    assert caught.value.failure.limit is Limit.TIME
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + STARTUP + 2
    assert "trvalo příliš dlouho" in caught.value.message_cs


def test_within_limits_renders_and_trusted_has_the_size_cap() -> None:
    ok = render_text("Věc {{ n }}", "{{ 'A' * 1000 }} {{ n }}", {"n": "žluťoučký"})
    assert ok.subject == "Věc žluťoučký" and ok.body == "A" * 1000 + " žluťoučký"
    with pytest.raises(TemplateFailed) as caught:
        render_text("S", "{{ big }}", {"big": "x" * (MAX_OUTPUT + 1)}, trusted=True)
    assert caught.value.failure.limit is Limit.SIZE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{{ range(10**9)|length }}", "příliš dlouhý"),
        ("{{ 'A' * 3000000 }}", "příliš dlouhý"),
        ("{{ 1 / 0 }}", "Chyba v šabloně"),
    ],
)
def test_preview_answers_quickly_in_czech(
    web: dict[str, TestClient],  # noqa: F811
    body: str,
    expected: str,
) -> None:
    officer = web["officer"]
    token = csrf(officer.get("/ui/notice-templates/receipt/cs").text)
    started = time.monotonic()
    r = officer.post(
        "/ui/notice-templates/receipt/cs",
        data={"csrf_token": token, "action": "preview", "subject": "S", "body": body},
    )
    assert time.monotonic() - started < QUICK
    assert r.status_code == 422 and expected in r.text
    assert "AAAAAAAAAA" not in r.text and len(r.content) < 100_000


def test_saving_an_over_limit_template_is_refused(web: dict[str, TestClient]) -> None:  # noqa: F811
    admin = web["admin"]
    token = csrf(admin.get("/ui/notice-templates/receipt/cs").text)
    r = admin.post(
        "/ui/notice-templates/receipt/cs",
        data={"csrf_token": token, "action": "save", "subject": "S", "body": "{{ 'A' * 3000000 }}"},
    )
    assert r.status_code == 422 and "příliš dlouhý" in r.text and "Uloženo" not in r.text


def test_a_real_notice_over_the_limits_is_recorded_unrendered_and_not_sent(
    notice_app: App, smtp_sink: Sink
) -> None:
    """An admin's template over the size cap (stored directly: the preview would refuse it):
    the notice is recorded as not rendered and never sent; the state change goes through."""
    body = "{{ 'A' * 200000 }}{{ 'B' * 100000 }}"
    with session_scope(notice_app.engine) as s:
        for name in ("accepted", "defect", "late"):
            s.add(
                NoticeTemplate(
                    name=name,
                    language="cs",
                    subject="S",
                    body=body,
                    updated_by="t",
                    updated_at=utcnow(),
                )
            )
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    with session_scope(notice_app.engine) as s:
        result = s.exec(select(Notice).where(Notice.idempotency_key.startswith("result-"))).one()  # type: ignore[union-attr]
        assert result.status == "unrendered" and result.body == ""
        assert result.last_error and "not rendered" in result.last_error
        receipt = s.exec(select(Notice).where(Notice.kind == "receipt")).one()
        assert receipt.status == "sent"  # the built-in receipt template is untouched
    assert smtp_sink.messages and all(b"AAAA" not in bytes(m.content or b"") for m in smtp_sink.messages)
