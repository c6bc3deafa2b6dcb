"""Nothing received vanishes (issue 19 §2): a message over its source's ``max_size`` is still
registered — sender, receipt time, subject, Message-ID — with a rendition stating the reason,
the problem ``too_large`` and a defect notice to the sender. Against the real Dovecot, a drop
folder and the ISDS stand-in, with the real pipeline stages."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from databox.source import DataboxSource
from databox.standin.server import StandIn
from intake.bootstrap import App
from intake.dropfolder import DropFolderSource
from intake.model import Source
from storage.db import session_scope
from storage.notices import Notice
from storage.tables import Component, Submission
from tests.fixtures.imap import Dovecot
from tests.fixtures.isds import ISDS_USER, add_messages, standin_client, standin_password
from tests.integration.apps import make_app
from tests.mail import samples
from tests.mail.imaptools import source as imap_source


def run(app: App, src: Source) -> list[tuple[Submission, list[Component], list[Notice]]]:
    report = app.service.poll_source(src)
    assert report.error is None and report.failed == 0
    app.service.process_pending()
    out = []
    with session_scope(app.engine) as s:
        for sub in s.exec(select(Submission).order_by(col(Submission.id))).all():
            comps = s.exec(select(Component).where(col(Component.submission_id) == sub.id)).all()
            notices = s.exec(select(Notice).where(col(Notice.submission_id) == sub.id)).all()
            s.expunge_all()
            out.append((sub, list(comps), list(notices)))
    return out


def codes(sub: Submission) -> set[str]:
    return {p["code"] for stage in sub.problems.values() for p in stage}


def assert_withheld(app: App, sub: Submission, comps: list[Component], limit: int) -> str:
    """The common facts of a withheld filing; returns the rendition's text."""
    assert sub.state == "defective" and sub.registry_number
    assert codes(sub) == {"too_large"}  # no "signature missing" for content never taken
    assert sub.meta["withheld"]["reason"] == "too_large"
    assert sub.meta["withheld"]["limit"] == limit and sub.meta["withheld"]["size"] > limit
    (comp,) = comps
    assert comp.problem == "too_large"
    text = app.evidence.get(sub.sha256).decode()
    assert "Zpráva nebyla přijata celá" in text and "překračuje nejvyšší povolenou velikost" in text
    return text


def test_imap_oversize_message_is_registered_with_a_defect_notice(
    tmp_path: Path, dovecot: Dovecot
) -> None:
    user = dovecot.add_user()
    big = samples.simple(7, size=30_000)
    dovecot.append(user, [samples.simple(1), big])
    app = make_app(tmp_path)
    src = imap_source(dovecot, user, max_size=10_000)
    try:
        rows = run(app, src)
    finally:
        src.close()
    ((small, _, _),) = [r for r in rows if "withheld" not in r[0].meta]
    ((sub, comps, notices),) = [r for r in rows if "withheld" in r[0].meta]
    assert "too_large" not in codes(small)
    text = assert_withheld(app, sub, comps, 10_000)
    assert "Message-ID: <msg-7@example.cz>" in text and "pad.bin" not in text
    assert sub.sender == "jan.novak@example.cz" and sub.subject == "Žádost o přístup 7"
    assert sub.message_id == "<msg-7@example.cz>"
    assert sub.meta["received_at_basis"] == "arrival"
    # the arrival is the IMAP INTERNALDATE (the test's source has no configured policy)
    assert sub.meta["receipt"]["arrival"] == sub.meta["internaldate"]
    assert sub.source_ref.startswith("INBOX/")
    kinds = {(n.kind, n.channel, n.recipient) for n in notices}
    assert ("defect", "email", "jan.novak@example.cz") in kinds
    # the original is kept whole in the quarantine folder, the small one processed
    assert dovecot.uids(user) == [] and dovecot.uids(user, "Quarantine") == [1]
    # a second poll finds nothing more: registered once
    assert app.service.poll_source(imap_source(dovecot, user, max_size=10_000)).registered == 0
    app.close()


def test_drop_folder_oversize_file_is_registered_and_quarantined(tmp_path: Path) -> None:
    box = tmp_path / "drop"
    src = DropFolderSource("drop", box, max_size=5_000)
    big = samples.simple(
        3, size=20_000, received="from a by mx.csu.cz; Mon, 19 Dec 2022 10:00:00 +0100"
    )
    (box / "new" / "big.eml").write_bytes(big)
    app = make_app(tmp_path)
    ((sub, comps, notices),) = run(app, src)
    assert_withheld(app, sub, comps, 5_000)
    assert sub.sender == "jan.novak@example.cz" and sub.message_id == "<msg-3@example.cz>"
    # no trusted relay named for this drop folder: its Received header cannot date the filing,
    # the registration time does (issue 17)
    assert sub.meta["received_at_basis"] == "arrival"
    assert not sub.received_at.isoformat().startswith("2022-12-19")
    assert {(n.kind, n.recipient) for n in notices} >= {("defect", "jan.novak@example.cz")}
    assert (box / "quarantine" / "big.eml").read_bytes() == big
    assert not (box / "new" / "big.eml").exists()
    app.close()


def test_databox_oversize_message_is_registered_from_its_listing(
    tmp_path: Path, isds_standin: StandIn
) -> None:
    payload = bytes(range(256)) * 40  # ~10 kB: dmAttachmentSize 10 (kB)
    (msg,) = add_messages(isds_standin, 1, files=[("velka.pdf", "application/pdf", payload)])
    cfg = {
        "kind": "databox",
        "name": "isds",
        "base_url": isds_standin.url,
        "username": ISDS_USER,
        "password": standin_password(isds_standin),
        "box_id": isds_standin.mailbox.box_id,
        "max_size": 4_096,
    }
    app = make_app(tmp_path, source=[cfg], notices={"reply_source": "isds"})
    src = DataboxSource("isds", standin_client(isds_standin), tmp_path / "st.json", max_size=4_096)
    ((sub, comps, notices),) = run(app, src)
    text = assert_withheld(app, sub, comps, 4_096)
    assert f"dmID: {msg.dm_id}" in text
    assert sub.channel == "databox" and sub.sender == "snd0000"
    assert sub.received_at == msg.delivery_time
    assert sub.meta["envelope"]["dbIDSender"] == "snd0000"
    assert {(n.kind, n.channel, n.recipient) for n in notices} == {("defect", "databox", "snd0000")}
    # not downloaded whole, and left unmarked: the original stays in the data box
    assert isds_standin.mailbox.marked == []
    app.close()
