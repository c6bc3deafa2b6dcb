"""Officer UI for notices: the announcement form, delivery states per submission, template
editing (admins only) with preview; CLI ``announce`` and ``notices template``."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlmodel import select

from intake import accounts
from intake.bootstrap import App
from intake.decisions import decide
from intake.web.app import create_app
from storage.db import session_scope
from storage.notices import Announcement, Notice
from storage.tables import Submission
from tests.fixtures.smtp import Sink
from tests.notices.conftest import item

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
PASSWORD = "heslo-pro-testy-12345"


@pytest.fixture
def web(notice_app: App, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, TestClient]]:
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    with session_scope(notice_app.engine) as s:
        for role in ("officer", "admin", "auditor"):
            accounts.create_user(s, f"{role}1", PASSWORD, role, actor="test")
    fastapi_app = create_app(notice_app)
    clients = {}
    for role in ("officer", "admin", "auditor"):
        c = TestClient(fastapi_app, follow_redirects=False)
        page = c.get("/ui/login")
        r = c.post(
            "/ui/login",
            data={
                "username": f"{role}1",
                "password": PASSWORD,
                "csrf_token": csrf(page.text),
                "next": "/ui/queue",
            },
        )
        assert r.status_code == 303, r.text
        clients[role] = c
    yield clients
    for c in clients.values():
        c.close()


def csrf(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no CSRF token"
    return m.group(1)


def approved(app: App, *items: object) -> None:
    app.service.ingest(items)  # type: ignore[arg-type]
    app.service.process_pending()
    with session_scope(app.engine) as s:
        for sub in s.exec(select(Submission)).all():
            decide(s, sub.id or 0, "approve", actor="referent", events=app.events)
    app.notices.run_once()


def test_officer_announces_from_the_form_and_sees_each_delivery(
    notice_app: App, web: dict[str, TestClient], smtp_sink: Sink
) -> None:
    approved(notice_app, item(1), item(2))
    officer = web["officer"]
    page = officer.get("/ui/notices")
    assert page.status_code == 200 and "Hromadné oznámení" in page.text
    form = {
        "csrf_token": csrf(page.text),
        "subject": "Technická schůzka",
        "body": "Schůzka se koná 10. 1. 2023 v 10:00.",
    }
    # the form leads to the confirmation page; only its button sends
    confirm = officer.post("/ui/announcements", data=form)
    assert confirm.status_code == 200 and "Odeslat hromadné oznámení?" in confirm.text
    assert 'id="pocet-prijemcu">2<' in confirm.text
    with session_scope(notice_app.engine) as s:
        assert s.exec(select(Announcement)).all() == []
    token = re.search(r'name="confirmation" value="([^"]+)"', confirm.text)
    assert token
    r = officer.post("/ui/announcements", data={**form, "confirmation": token.group(1)})
    assert r.status_code == 303
    target = r.headers["location"]
    before = len(smtp_sink.messages)
    notice_app.notices.run_once()
    assert len(smtp_sink.messages) == before + 2
    detail = officer.get(target)
    assert detail.status_code == 200
    assert detail.text.count("odesláno") == 2 and "redakce2@example.cz" in detail.text
    # without the CSRF token or as an auditor: refused
    assert officer.post("/ui/announcements", data={"subject": "x", "body": "y"}).status_code == 403
    aud = web["auditor"]
    assert (
        aud.post(
            "/ui/announcements",
            data={"csrf_token": csrf(aud.get("/ui/notices").text), "subject": "x", "body": "y"},
        ).status_code
        == 403
    )
    # an empty announcement is explained, not sent
    bad = officer.post(
        "/ui/announcements", data={"csrf_token": csrf(page.text), "subject": " ", "body": "text"}
    )
    assert bad.status_code == 422 and "Oznámení musí mít předmět i text." in bad.text


def test_submission_notices_page_lists_states(notice_app: App, web: dict[str, TestClient]) -> None:
    notice_app.service.ingest([item(1), item(2, extra="List-Id: <l.example.cz>\r\n")])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    page = web["auditor"].get("/ui/submissions/1/notices")
    assert page.status_code == 200
    assert "potvrzení doručení" in page.text and "odesláno" in page.text
    page2 = web["auditor"].get("/ui/submissions/2/notices")
    assert "neodesláno (automatická zpráva)" in page2.text and "List-Id" in page2.text
    assert web["auditor"].get("/ui/submissions/99/notices").status_code == 404


def test_not_found_and_usage_errors_become_czech_pages(
    notice_app: App, web: dict[str, TestClient]
) -> None:
    """NotFound and UsageError propagate from the routes to one handler each."""
    officer = web["officer"]
    for path, text in (
        ("/ui/notices/999", "Oznámení s tímto číslem neexistuje."),
        ("/ui/notices/999/letter.pdf", "Oznámení s tímto číslem neexistuje."),
        ("/ui/notice-templates/nonexistent/cs", "Taková šablona neexistuje."),
        ("/ui/notice-templates/receipt/xx", "Taková šablona neexistuje."),
    ):
        page = officer.get(path)
        assert page.status_code == 404 and text in page.text, path
    token = csrf(officer.get("/ui/notices").text)
    missing = officer.post("/ui/notices/999/retry", data={"csrf_token": token})
    assert missing.status_code == 404 and "Oznámení s tímto číslem neexistuje." in missing.text
    gone = officer.post("/ui/submissions/999/decide", data={"csrf_token": token, "kind": "approve"})
    assert gone.status_code == 404 and "Podání s tímto číslem neexistuje." in gone.text
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    with session_scope(notice_app.engine) as s:
        sent = s.exec(select(Notice)).first()
        assert sent is not None and sent.status == "sent"
        notice_id = sent.id
    again = officer.post(f"/ui/notices/{notice_id}/retry", data={"csrf_token": token})
    assert again.status_code == 422
    assert "Požadavek nelze v současném stavu provést" in again.text
    assert "only a failed one can be retried" in again.text


def test_templates_are_previewed_by_officers_and_changed_only_by_admins(
    notice_app: App, web: dict[str, TestClient], smtp_sink: Sink
) -> None:
    officer, admin = web["officer"], web["admin"]
    page = officer.get("/ui/notice-templates/receipt/cs")
    assert page.status_code == 200 and "CSU-EP/2022/000123" in page.text  # preview
    new = {"subject": "Potvrzení {{ registry_number }}", "body": "Doručeno {{ received_at }}."}
    pv = officer.post(
        "/ui/notice-templates/receipt/cs",
        data={"csrf_token": csrf(page.text), "action": "preview", **new},
    )
    assert pv.status_code == 200 and "Doručeno 19.12.2022 10:15:42." in pv.text
    assert (
        officer.post(
            "/ui/notice-templates/receipt/cs",
            data={"csrf_token": csrf(page.text), "action": "save", **new},
        ).status_code
        == 403
    )
    broken = admin.post(
        "/ui/notice-templates/receipt/cs",
        data={
            "csrf_token": csrf(admin.get("/ui/notices").text),
            "action": "save",
            "subject": "x",
            "body": "{% for %}",
        },
    )
    assert broken.status_code == 422 and "Chyba v šabloně" in broken.text
    ok = admin.post(
        "/ui/notice-templates/receipt/cs",
        data={"csrf_token": csrf(admin.get("/ui/notices").text), "action": "save", **new},
    )
    assert ok.status_code == 200 and "Uloženo" in ok.text
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    with session_scope(notice_app.engine) as s:
        receipt = s.exec(select(Notice).where(Notice.kind == "receipt")).one()
        assert receipt.subject == "Potvrzení CSU-EP/2022/000001"
        assert receipt.body == "Doručeno 19.12.2022 10:00:00."


def test_cli_announce_and_template_commands(
    notice_app: App,
    smtp_sink: Sink,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake import cli

    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    approved(notice_app, item(1))
    with session_scope(notice_app.engine) as s:
        accounts.create_user(s, "referent", PASSWORD, "officer", actor="test")
    body = tmp_path / "body.txt"
    body.write_text("Schůzka se koná v pondělí.", encoding="utf-8")

    class Ctx:
        settings = notice_app.settings

        def app(self) -> App:
            return notice_app

    parser = cli.build_parser()

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return int(args.func(args, Ctx()))

    assert (
        run("announce", "--subject", "Schůzka", "--body-file", str(body), "--as", "referent") == 0
    )
    assert "queued for 1 approved applicant" in capsys.readouterr().out
    assert run("notices", "send") == 0
    assert smtp_sink.messages[-1].rcpt_tos == ["redakce1@example.cz"]
    from intake.errors import UsageError

    with pytest.raises(UsageError):
        run("announce", "--subject", "S", "--body-file", str(body), "--as", "nobody")
    with pytest.raises(UsageError):  # templates: admins only
        run(
            "notices",
            "template",
            "set",
            "receipt",
            "--subject",
            "S",
            "--body-file",
            str(body),
            "--as",
            "referent",
        )
    assert run("notices", "template", "preview", "defect", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "Request to correct defects" in out and "What to do:" in out
    assert run("notices", "list", "--json") == 0
    assert '"kind": "announcement"' in capsys.readouterr().out


def test_the_detail_page_partial_lists_a_submissions_notices(notice_app: App) -> None:
    from intake.notices.admin import list_notices
    from intake.web.common import templates

    notice_app.service.ingest([item(1), item(2, extra="Precedence: bulk\r\n")])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    with session_scope(notice_app.engine) as s:
        sub = s.get(Submission, 2)
        html = (
            templates()
            .get_template("notices_section.html")
            .render(sub=sub, notice_rows=list_notices(s, submission_id=2), dt=lambda v: str(v))
        )
    assert "Oznámení žadateli" in html
    assert html.count("neodesláno (automatická zpráva)") == 2 and "Precedence: bulk" in html


def _audited(app: App, action: str) -> list[dict[str, object]]:
    from storage.tables import AuditEntry

    with session_scope(app.engine) as s:
        rows = s.exec(select(AuditEntry).where(AuditEntry.action == action)).all()
        return [{"actor": r.actor, "subject": r.subject_id, **dict(r.data or {})} for r in rows]


def test_officer_reads_queued_notices_holds_one_and_releases_it(
    notice_app: App, web: dict[str, TestClient], smtp_sink: Sink
) -> None:
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()  # receipt + verification result queued, not sent
    officer = web["officer"]
    page = officer.get("/ui/notices")
    assert page.status_code == 200 and 'id="k-odeslani"' in page.text
    with session_scope(notice_app.engine) as s:
        queued = {n.kind: n for n in s.exec(select(Notice)).all()}
    receipt = queued["receipt"]
    assert {n.status for n in queued.values()} == {"pending"}
    assert receipt.body.splitlines()[0] in page.text  # the text as it will go out
    assert f'id="zadrzet-{receipt.id}"' in page.text
    r = officer.post(f"/ui/notices/{receipt.id}/hold", data={"csrf_token": csrf(page.text)})
    assert r.status_code == 303

    assert notice_app.notices.run_once() == 1  # the verification result only
    assert [m.rcpt_tos for m in smtp_sink.messages] == [["redakce1@example.cz"]]
    first = email.message_from_bytes(
        smtp_sink.messages[0].original_content or b"", policy=email.policy.default
    )
    assert "Potvrzení doručení a přijetí" in str(first["Subject"])
    page = officer.get("/ui/notices")
    assert f'id="uvolnit-{receipt.id}"' in page.text and "zadrženo referentem" in page.text
    assert notice_app.notices.run_once() == 0  # held stays held
    (held,) = _audited(notice_app, "notice.held")
    assert held["actor"] == "officer1" and held["subject"] == str(receipt.id)

    r = officer.post(f"/ui/notices/{receipt.id}/release", data={"csrf_token": csrf(page.text)})
    assert r.status_code == 303
    assert notice_app.notices.run_once() == 1
    smtp_sink.wait_for(2)
    assert len(smtp_sink.messages) == 2
    (released,) = _audited(notice_app, "notice.released")
    assert released["actor"] == "officer1"
    with session_scope(notice_app.engine) as s:
        assert s.get(Notice, receipt.id).status == "sent"  # type: ignore[union-attr]
    audit_page = officer.get("/ui/audit").text
    assert "Referent zadržel oznámení „potvrzení doručení“ před odesláním" in audit_page
    assert "Referent uvolnil zadržené oznámení" in audit_page


def test_a_sent_notice_cannot_be_held_and_the_auditor_cannot_hold(
    notice_app: App, web: dict[str, TestClient]
) -> None:
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()
    notice_app.notices.run_once()
    with session_scope(notice_app.engine) as s:
        sent = s.exec(select(Notice)).first()
    assert sent is not None and sent.status == "sent"
    officer = web["officer"]
    token = csrf(officer.get("/ui/notices").text)
    assert officer.post(f"/ui/notices/{sent.id}/hold", data={"csrf_token": token}).status_code == 422
    r = web["auditor"].post(f"/ui/notices/{sent.id}/hold", data={"csrf_token": token})
    assert r.status_code == 403
    assert _audited(notice_app, "notice.held") == []


def test_automatic_notices_wait_review_seconds_decisions_do_not(
    tmp_path: Path, smtp_sink: Sink, isds_standin: object, seal_pki: object
) -> None:
    from tests.notices.conftest import make_app, make_settings

    app = make_app(make_settings(tmp_path, smtp_sink, None, None, review_seconds=3600))
    try:
        app.service.ingest([item(1)])
        app.service.process_pending()
        assert app.notices.run_once() == 0  # receipt and result wait for the officers
        with session_scope(app.engine) as s:
            decide(s, 1, "refuse", actor="referent", reason="Chybí IČO.", events=app.events)
        assert app.notices.run_once() == 1  # an officer's decision goes at once
        with session_scope(app.engine) as s:
            states = {n.kind: n.status for n in s.exec(select(Notice)).all()}
        assert states == {"receipt": "pending", "verification_result": "pending",
                          "refusal": "sent"}
    finally:
        app.close()
