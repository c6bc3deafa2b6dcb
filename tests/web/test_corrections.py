"""Corrections in the officer UI: refused in Czech when the extraction's rules refuse the value
(nothing stored), normalised when accepted."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlmodel import col, select

from storage.db import session_scope
from storage.tables import Application
from tests.web.seed import Seeded, csrf_in

Client = Callable[[str | None], TestClient]


def _data(seeded: Seeded, sub: int) -> dict[str, object]:
    with session_scope(seeded.app.engine) as s:
        app = s.exec(select(Application).where(col(Application.submission_id) == sub)).one()
        return dict(app.data)


def test_invalid_corrections_are_refused_in_czech(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    sub = seeded.ids["edit"]
    token = csrf_in(c.get(f"/ui/submissions/{sub}").text)
    before = _data(seeded, sub)
    for field, value, czech in (
        ("contact.email", "not-an-email", "není platná e-mailová adresa"),
        ("contact.email", "a@example.cz\r\nBcc: b@example.cz", "nesmí obsahovat konec řádku"),
        ("contact.phone", "abc", "není platné telefonní číslo"),
        ("organization.databox_id", "<script>", "není ID datové schránky"),
        ("organization.ico", "00006948", "kontrolní číslice"),
        ("test_ips", "not-an-ip", "není IP adresa"),
    ):
        r = c.post(
            f"/ui/submissions/{sub}/correct",
            data={"field": field, "value": value, "csrf_token": token},
        )
        assert r.status_code == 400, (field, r.status_code)
        assert "Opravu nelze uložit: " in r.text and czech in r.text, field
        assert "not an" not in r.text and "<script>" not in r.text
    assert _data(seeded, sub) == before


def test_valid_corrections_are_stored_normalised(seeded: Seeded, client_for: Client) -> None:
    c = client_for("officer")
    sub = seeded.ids["edit"]
    token = csrf_in(c.get(f"/ui/submissions/{sub}").text)
    for field, value in (
        ("contact.email", "Jana.Mala@Example.CZ"),
        ("contact.phone", "777 123 456"),
        ("organization.databox_id", "AB12CD3"),
        ("organization.ico", "000 06 947"),
        ("production_ips", "198.51.100.7\n2001:DB8:0::1"),
    ):
        r = c.post(
            f"/ui/submissions/{sub}/correct",
            data={"field": field, "value": value, "csrf_token": token},
        )
        assert r.status_code == 303, (field, r.text[:500])
    data = _data(seeded, sub)
    contact, org = data["contact"], data["organization"]
    assert isinstance(contact, dict) and isinstance(org, dict)
    assert contact["email"] == "Jana.Mala@example.cz" and contact["phone"] == "+420777123456"
    assert org["databox_id"] == "ab12cd3" and org["ico"] == "00006947"
    assert data["production_ips"] == ["198.51.100.7", "2001:db8::1"]
