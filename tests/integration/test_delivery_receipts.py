"""Issue 16 §6 through the service and the officer's detail page, with the real stages, the
ISDS stand-in as the data box and a drop folder: a data-box filing shows the ISDS seal as the
seal of the data message (never a missing signature); a delivery receipt (doručenka) — as a
``.zfo`` in the drop folder or attached to an e-mail — is registered, its seal verified, filed
(``filed``) with its facts shown, and is no application: no extraction, no notice."""

from __future__ import annotations

import html
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import col, select

from databox.source import DataboxSource
from databox.standin.server import StandIn
from databox.standin.soap import make_delivery_receipt
from intake import accounts
from intake.bootstrap import App
from intake.dropfolder import DropFolderSource
from intake.web.app import create_app
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import Application, Submission, Verification
from tests.fixtures.isds import ISDS_USER, add_messages, standin_client, standin_password
from tests.integration.apps import make_app
from tests.web.conftest import CHEAP_HASHER, login

APPLICATION = (
    "Žádost o přístup k XML serveru s výsledky voleb\n"
    "Kontaktní osoba: Jana Nováková, tel. +420 601 234 567, jana.novakova@example.cz\n"
    "IP adresy: 192.0.2.10\n"
).encode()


def _app(tmp_path: Path, standin: StandIn) -> App:
    anchors = tmp_path / "anchors"
    anchors.mkdir()
    standin.authority.write_ca(anchors / "isds-ca.pem")
    cfg = {
        "kind": "databox",
        "name": "isds",
        "base_url": standin.url,
        "username": ISDS_USER,
        "password": standin_password(standin),
        "box_id": standin.mailbox.box_id,
    }
    return make_app(
        tmp_path,
        trust={
            "anchors_dir": str(anchors),
            "crl_dir": None,
            "fetch_revocation": False,
            "use_trusted_lists": False,
        },
        source=[cfg],
        notices={"reply_source": "isds"},
    )


def _mail_with(receipt: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "redakce@example.cz"
    msg["To"] = "podatelna@csu.cz"
    msg["Subject"] = "Doručenka k naší žádosti"
    msg["Date"] = "Fri, 04 Dec 2026 10:00:00 +0100"
    msg["Message-ID"] = "<dorucenka-1@example.cz>"
    msg.set_content("Dobrý den, v příloze posíláme doručenku naší datové zprávy.\n")
    msg.add_attachment(
        receipt, maintype="application", subtype="octet-stream", filename="dorucenka.zfo"
    )
    return msg.as_bytes()


def _page(app: App, sub_id: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(accounts, "_hasher", CHEAP_HASHER)
    with session_scope(app.engine) as s:
        accounts.create_user(s, "referent", "Heslo-pro-test-42", "officer", actor="test")
    with TestClient(create_app(app), follow_redirects=False) as client:
        login(client, "referent", "Heslo-pro-test-42")
        r = client.get(f"/ui/submissions/{sub_id}")
        assert r.status_code == 200, r.text
        return html.unescape(r.text)


def test_seal_and_receipts_through_the_service_and_the_detail_page(
    tmp_path: Path, isds_standin: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    (msg,) = add_messages(isds_standin, 1, files=[("zadost.txt", "text/plain", APPLICATION)])
    app = _app(tmp_path, isds_standin)
    box = DataboxSource("isds", standin_client(isds_standin), tmp_path / "st.json")
    assert app.service.poll_source(box).failed == 0
    receipt = make_delivery_receipt(
        isds_standin.authority, msg.zfo, acceptance_time=msg.delivery_time + timedelta(hours=1)
    )
    inbox = tmp_path / "inbox"
    drop = DropFolderSource("drop", inbox)
    (inbox / "new" / "dorucenka.zfo").write_bytes(receipt)
    (inbox / "new" / "dorucenka.eml").write_bytes(_mail_with(receipt))
    assert app.service.poll_source(drop).failed == 0
    app.service.process_pending()
    with session_scope(app.engine) as s:
        subs = {r.source_ref.rsplit("/", 1)[-1]: r for r in s.exec(select(Submission)).all()}
        message = next(r for r in subs.values() if r.source == "isds")
        seal = s.exec(
            select(Verification).where(col(Verification.submission_id) == message.id)
        ).one()
        assert message.accepted_signature is True
        assert message.meta["signature"]["kind"] == "zfo_seal"
        assert message.meta["signature"]["status"] == "valid"
        assert "signature_missing" not in str(message.problems)
        assert seal.kind == "zfo_seal" and seal.record["statement"].startswith("Datová zpráva je")
        for name in ("dorucenka.zfo", "dorucenka.eml"):
            r = subs[name]
            assert (r.state, r.meta["kind"], r.accepted_signature) == (
                "filed",
                "delivery_receipt",
                True,
            ), name
            assert r.meta["delivery_receipts"][0]["dmID"] == msg.dm_id
            assert all(not items for items in r.problems.values()), (name, r.problems)
            assert s.exec(
                select(Application).where(col(Application.submission_id) == r.id)
            ).first() is None
            notices = s.exec(select(Notice).where(col(Notice.submission_id) == r.id)).all()
            assert notices == [], name
        ids = {name: r.id or 0 for name, r in subs.items()}
        message_id, number = message.id or 0, message.registry_number

    page = _page(app, message_id, monkeypatch)
    assert "Datová zpráva je opatřena elektronickou pečetí Informačního systému" in page
    assert "pečeť je platná" in page and "Pečeť datové zprávy (ISDS)" in page
    assert "není opatřeno elektronickým podpisem" not in page
    assert "podání z datové schránky – podpis není třeba, pečeť ISDS platná" in page
    for name in ("dorucenka.zfo", "dorucenka.eml"):
        page = _page_again(app, ids[name])
        assert f"Doručenka datové zprávy {msg.dm_id}" in page, name
        assert "Zaevidováno – doručenka" in page and "Není to žádost" in page
        assert "Netýká se – doručenka není žádost" in page  # no deadline to meet
        assert "Doručenka datové zprávy je opatřena elektronickou pečetí" in page
        assert "Pečeť doručenky (ISDS)" in page
        assert "doručena přihlášením" in page and "EV1: Doručeno přihlášením" in page
        assert number in page  # the data message itself, found in the registry
        assert "Vytěžená žádost" not in page and "Souhrn k posouzení" not in page
        assert "není opatřeno elektronickým podpisem" not in page
    app.close()


def _page_again(app: App, sub_id: int) -> str:
    with TestClient(create_app(app), follow_redirects=False) as client:
        login(client, "referent", "Heslo-pro-test-42")
        r = client.get(f"/ui/submissions/{sub_id}")
        assert r.status_code == 200, r.text
        return html.unescape(r.text)
