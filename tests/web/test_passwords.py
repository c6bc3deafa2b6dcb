"""Weak passwords are refused with Czech reasons (zxcvbn), in the web UI and in the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from intake.cli import main
from intake.passwords import weakness
from storage.db import session_scope
from storage.tables import AuditEntry
from tests.web.conftest import login
from tests.web.seed import Seeded, csrf_in

Client = Callable[[str | None], TestClient]
WEAK = ["aaaaaaaaaa", "password123", "podatelna2022", "1234567890", "qwertyuiop", "spravce123"]
STRONG = "kůň-pije-vodu-z-řeky"


@pytest.mark.parametrize("password", WEAK)
def test_trivial_and_common_passwords_are_weak(password: str) -> None:
    why = weakness(password, "spravce")
    assert why is not None and why.startswith("Heslo je příliš snadné uhodnout.")


def test_reasons_are_czech_and_the_length_stays() -> None:
    assert weakness("aaaaaaaaaa") == (
        "Heslo je příliš snadné uhodnout. Opakované znaky jako „aaa“ se snadno uhodnou. "
        "Použijte delší heslo z několika nesouvisejících slov, ne běžná slova, jména, data "
        "ani posloupnosti."
    )
    assert weakness("Kr4tk3!x") == "Heslo musí mít nejméně 10 znaků."
    assert "uživatelské jméno" in (weakness("novak.jan-2024", "novak.jan") or "")
    assert weakness(STRONG, "novak") is None
    assert weakness("x" * 200 + STRONG) is not None  # longer than zxcvbn takes: the start counts


def test_web_refuses_weak_passwords_for_new_accounts_and_changes(
    seeded: Seeded, client_for: Client
) -> None:
    admin = client_for("admin")
    token = csrf_in(admin.get("/ui/users").text)
    for password in ("aaaaaaaaaa", "podatelna2022"):
        r = admin.post(
            "/ui/users",
            data={"username": "nova", "role": "admin", "password": password, "csrf_token": token},
        )
        assert r.status_code == 400
        assert "Účet nelze vytvořit: Heslo je příliš snadné uhodnout." in r.text
    r = admin.post(
        "/ui/users",
        data={"username": "nova", "role": "admin", "password": STRONG, "csrf_token": token},
    )
    assert r.status_code == 303
    login(client_for(None), "nova", STRONG)
    officer = seeded.users["officer"][0]
    r = admin.post(
        "/ui/users/password",
        data={"username": officer, "password": "qwertyuiop", "csrf_token": token},
    )
    assert r.status_code == 400 and "Heslo nelze nastavit: Heslo je příliš snadné" in r.text
    new = "modrý-slon-tančí-v-dešti"
    r = admin.post(
        "/ui/users/password", data={"username": officer, "password": new, "csrf_token": token}
    )
    assert r.status_code == 303 and r.headers["location"] == "/ui/users?done=password"
    assert "Heslo bylo změněno" in admin.get("/ui/users?done=password").text
    login(client_for(None), officer, new)
    with session_scope(seeded.app.engine) as s:
        changed = s.exec(
            select(AuditEntry).where(col(AuditEntry.action) == "user.password_set")
        ).all()
    assert [(e.actor, e.subject_id) for e in changed] == [(seeded.users["admin"][0], officer)]


def test_cli_refuses_weak_passwords(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "weak").write_text("aaaaaaaaaa\n")
    (tmp_path / "strong").write_text(STRONG + "\n")
    assert main(["user", "add", "spravce", "--role", "admin", "--password-file", "weak"]) == 2
    err = capsys.readouterr().err
    assert "Heslo je příliš snadné uhodnout." in err and "Traceback" not in err
    assert main(["user", "add", "spravce", "--role", "admin", "--password-file", "strong"]) == 0
    assert main(["user", "passwd", "spravce", "--password-file", "weak"]) == 2
    assert "Heslo je příliš snadné uhodnout." in capsys.readouterr().err
    assert main(["user", "passwd", "spravce", "--password-file", "strong"]) == 0
