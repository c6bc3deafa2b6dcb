"""Confirmation tokens and the review model without a browser: what a deciding POST needs, the
per-profile lists, searching the organisation register."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlmodel import select

from intake.web.review import address_lines, signature_line
from storage.db import session_scope
from storage.notices import Announcement
from storage.tables import Application, Organisation, utcnow
from tests.web.seed import (
    Seeded,
    confirmation_in,
    csrf_in,
    decide_confirmed,
    registry_number,
    registry_numbers,
    state_of,
)

Client = Callable[[str | None], TestClient]


def test_address_lines_follow_the_allow_list_rules() -> None:
    lines = address_lines(
        ["193.84.54.10", "127.0.0.1", "fe80::1"], ["10.0.0.5"], non_public_overridden=False
    )
    assert [(a.address, a.role, a.published) for a in lines] == [
        ("193.84.54.10", "production", True),
        ("127.0.0.1", "production", False),
        ("fe80::1", "production", False),
        ("10.0.0.5", "test", False),
    ]
    assert lines[3].note == "nezveřejní se – soukromá adresa (jen při schválení s výjimkou)"
    overridden = address_lines(["127.0.0.1"], ["10.0.0.5"], non_public_overridden=True)
    assert [(a.address, a.published) for a in overridden] == [
        ("127.0.0.1", False),  # never, whatever the decision
        ("10.0.0.5", True),
    ]
    assert overridden[1].note == "zveřejní se jen díky výjimce – soukromá adresa"
    assert signature_line("databox", False) == (
        "bad",
        "podání z datové schránky – pečeť ISDS neplatná",
    )
    assert signature_line("email", None)[0] == "unknown"


def test_withdrawal_needs_its_confirmation_token(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    sub = seeded.ids["databox"]
    token = csrf_in(c.get(f"/ui/submissions/{sub}").text)
    form = {"csrf_token": token, "kind": "withdraw", "reason": "Žadatel vzal zpět."}
    r = c.post(f"/ui/submissions/{sub}/decide", data=form)
    assert r.status_code == 409 and "Vzít podání" in r.text and "Zatím se nic nezměnilo" in r.text
    r = c.post(f"/ui/submissions/{sub}/decide", data={**form, "confirmation": "0" * 64})
    assert r.status_code == 409 and "Podání se od zobrazení potvrzovací stránky" in r.text
    # a token of another filing or of the approval is no good either
    other = c.get(f"/ui/submissions/{seeded.ids['spare']}/withdraw").text
    approval = c.get(f"/ui/submissions/{sub}/approve").text
    for foreign in (confirmation_in(other), confirmation_in(approval)):
        r = c.post(f"/ui/submissions/{sub}/decide", data={**form, "confirmation": foreign})
        assert r.status_code == 409
    # the reason typed on the detail page is carried to the page; nothing decided
    page = c.post(f"/ui/submissions/{sub}/withdraw", data={"csrf_token": token, "reason": "Důvod"})
    assert page.status_code == 200 and ">Důvod</textarea>" in page.text
    assert state_of(seeded.app, sub) == "ready_for_review"
    r = decide_confirmed(c, sub, "withdraw", reason="Žadatel vzal zpět.")
    assert r.status_code == 303 and state_of(seeded.app, sub) == "withdrawn"


def test_another_sessions_confirmation_token_is_refused(seeded: Seeded, client_for: Client) -> None:
    officer, admin = client_for("officer"), client_for("admin")
    sub = seeded.ids["approve"]
    foreign = confirmation_in(admin.get(f"/ui/submissions/{sub}/approve").text)
    token = csrf_in(officer.get(f"/ui/submissions/{sub}").text)
    r = officer.post(
        f"/ui/submissions/{sub}/decide",
        data={"csrf_token": token, "kind": "approve", "confirmation": foreign},
    )
    assert r.status_code == 409 and state_of(seeded.app, sub) == "ready_for_review"


def test_confirmation_pages_for_a_reader_and_a_late_filing(
    seeded: Seeded, client_for: Client
) -> None:
    auditor = client_for("auditor")
    page = auditor.get(f"/ui/submissions/{seeded.ids['approve']}/approve")
    assert page.status_code == 200 and 'id="rozhodnout"' not in page.text
    late = client_for("officer").get(f"/ui/submissions/{seeded.ids['late']}/approve")
    assert late.status_code == 200 and 'id="rozhodnout"' not in late.text
    assert "nelze" in late.text
    missing = client_for("officer").get("/ui/submissions/99999/approve")
    assert missing.status_code == 404 and "Podání s tímto číslem neexistuje." in missing.text


def test_announcement_token_is_bound_to_its_text(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    token = csrf_in(c.get("/ui/notices").text)
    form = {"csrf_token": token, "subject": "Schůzka", "body": "Řádek 1\r\nŘádek 2"}
    page = c.post("/ui/announcements", data=form)
    assert page.status_code == 200 and "Odeslat hromadné oznámení?" in page.text
    confirmation = confirmation_in(page.text)
    changed = c.post(
        "/ui/announcements", data={**form, "body": "Jiný text", "confirmation": confirmation}
    )
    assert changed.status_code == 409 and "Zatím nebylo nic odesláno" in changed.text
    with session_scope(seeded.app.engine) as s:
        assert s.exec(select(Announcement)).all() == []
    # the page's hidden copy of the text (LF line breaks) matches the token (CRLF typed)
    sent = c.post(
        "/ui/announcements",
        data={**form, "body": "Řádek 1\nŘádek 2", "confirmation": confirmation},
    )
    assert sent.status_code == 303
    with session_scope(seeded.app.engine) as s:
        assert [a.subject for a in s.exec(select(Announcement)).all()] == ["Schůzka"]


def test_search_finds_the_organisation_register(seeded: Seeded, client_for: Client) -> None:
    with session_scope(seeded.app.engine) as s:
        org = Organisation(
            name="Český rozhlas", ico="45245053", databox_id="xyz7abc", created_at=utcnow()
        )
        s.add(org)
        s.flush()
        app = s.exec(
            select(Application).where(Application.submission_id == seeded.ids["xss"])
        ).one()
        app.organisation_id = org.id
        s.add(app)
    c = client_for("officer")
    expected = [registry_number(seeded, "xss")]
    for text in ("český rozhlas", "45245053", "XYZ7ABC"):
        assert registry_numbers(c.get("/ui/queue", params={"q": text}).text) == expected, text
    # the bare queue opens on "K posouzení"; a search without a state spans every state
    assert registry_number(seeded, "late") not in registry_numbers(c.get("/ui/queue").text)
    late = registry_number(seeded, "late")
    assert registry_numbers(c.get("/ui/queue", params={"q": late}).text) == [late]
    html = c.get("/ui/queue", params={"q": late, "state": "ready_for_review"}).text
    assert registry_numbers(html) == [] and re.search(r"ve stavu „K posouzení“", html)
