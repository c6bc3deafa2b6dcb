"""Officer decisions send sealed PDF letters (pyHanko validates the seal against the test
PKI); e-mails are S/MIME-signed with the same certificate; announcements reach every
approved applicant exactly once."""

from __future__ import annotations

import email
import email.policy
import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from sqlmodel import col, select

from databox.standin.server import StandIn
from intake.bootstrap import App
from intake.decisions import decide
from intake.errors import UsageError
from intake.model import Channel
from storage.db import session_scope
from storage.notices import Announcement, Notice
from storage.tables import Submission
from tests.fixtures.smtp import Sink
from tests.notices.conftest import SealPki, item


def validate_seal(pdf: bytes, pki: SealPki) -> Any:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext
    from pyhanko_certvalidator.authority import CertTrustAnchor

    root = asn1_x509.Certificate.load(pki.root.public_bytes(Encoding.DER))
    vc = ValidationContext(
        trust_roots=[CertTrustAnchor(root)], allow_fetching=False, revocation_mode="soft-fail"
    )
    sigs = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    assert len(sigs) == 1
    return validate_pdf_signature(sigs[0], vc)


def ids(app: App) -> dict[str, int]:
    with session_scope(app.engine) as s:
        return {sub.source_ref: sub.id or 0 for sub in s.exec(select(Submission)).all()}


def officer(
    app: App, sub_id: int, kind: str, reason: str | None = None, override: str | None = None
) -> None:
    with session_scope(app.engine) as s:
        decide(
            s,
            sub_id,
            kind,
            actor="referent",
            reason=reason,
            override_reason=override,
            events=app.events,
        )


def test_approval_by_data_box_carries_a_sealed_letter_that_validates(
    notice_app: App, isds_standin: StandIn, seal_pki: SealPki
) -> None:
    notice_app.service.ingest([item(1, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n")])
    notice_app.service.process_pending()
    officer(notice_app, ids(notice_app)["r1"], "approve")
    assert notice_app.notices.run_once() == 2
    approval = isds_standin.mailbox.sent[-1]
    assert approval.recipient == "abc1234"
    assert approval.annotation.startswith("Rozhodnutí o žádosti – schváleno")
    pdf = approval.files[0][2]
    status = validate_seal(pdf, seal_pki)
    assert status.bottom_line and status.intact and status.valid
    assert status.signing_cert.subject.native["common_name"] == "Český statistický úřad – pečeť"
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "198.51.100.7" in text and "203.0.113.5" in text
    assert "Český statistický úřad" in text and "zdroj" in text  # diacritics survive
    assert "14.01.2023 14:00" in text  # TEST/LIVE cut-off window
    assert "opatřený elektronickou" in text
    with session_scope(notice_app.engine) as s:
        n = s.exec(select(Notice).where(col(Notice.kind) == "approval")).one()
        assert n.status == "sent" and n.attachment_sha256
        assert notice_app.evidence.get(n.attachment_sha256) == pdf


def test_tampering_with_the_sealed_letter_breaks_the_seal(
    notice_app: App, isds_standin: StandIn, seal_pki: SealPki
) -> None:
    notice_app.service.ingest([item(1, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n")])
    notice_app.service.process_pending()
    officer(notice_app, ids(notice_app)["r1"], "approve")
    notice_app.notices.run_once()
    pdf = isds_standin.mailbox.sent[-1].files[0][2]
    at = pdf.index(b"(podatelna)")  # the /Creator entry, inside the sealed byte range
    forged = pdf[:at] + b"(podatelny)" + pdf[at + 11 :]
    assert validate_seal(pdf, seal_pki).intact
    status = validate_seal(forged, seal_pki)
    assert not status.intact and not status.bottom_line


def test_refusal_by_email_is_smime_signed_and_states_the_reason_only_if_given(
    notice_app: App, smtp_sink: Sink, seal_pki: SealPki, tmp_path: Path
) -> None:
    notice_app.service.ingest([item(1), item(2)])
    notice_app.service.process_pending()
    sub = ids(notice_app)
    officer(notice_app, sub["r1"], "refuse", reason="Nejde o hromadný sdělovací prostředek.")
    officer(notice_app, sub["r2"], "refuse")
    assert notice_app.notices.run_once() == 6
    by_key = {}
    for env in smtp_sink.messages:
        msg = email.message_from_bytes(env.original_content or b"", policy=email.policy.default)
        by_key[str(msg["X-Podatelna-Notice"])] = (msg, env.original_content)
    msg1, raw1 = by_key[f"refusal-{sub['r1']}-1"]
    msg2, _ = by_key[f"refusal-{sub['r2']}-1"]
    assert msg1.get_content_type() == "multipart/signed"
    # the signature verifies against the test root (openssl as an independent check)
    (tmp_path / "m.eml").write_bytes(raw1 or b"")
    res = subprocess.run(
        [
            "openssl",
            "smime",
            "-verify",
            "-in",
            str(tmp_path / "m.eml"),
            "-CAfile",
            str(seal_pki.root_file),
            "-purpose",
            "any",
            "-out",
            str(tmp_path / "content"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert res.returncode == 0, res.stderr
    content = email.message_from_bytes(
        (tmp_path / "content").read_bytes(), policy=email.policy.default
    )
    body = str(content.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert "nebylo vyhověno" in body and "Odůvodnění: Nejde o hromadný" in body
    pdfs = [p for p in content.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 1 and validate_seal(pdfs[0].get_content(), seal_pki).bottom_line
    inner2 = next(
        p for p in msg2.iter_parts() if p.get_content_type() != "application/pkcs7-signature"
    )
    text2 = str(inner2.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert "nebylo vyhověno" in text2 and "Odůvodnění" not in text2


def test_officer_defect_notice_states_the_reason(notice_app: App, smtp_sink: Sink) -> None:
    notice_app.service.ingest([item(1)])
    notice_app.service.process_pending()
    officer(notice_app, ids(notice_app)["r1"], "defective", reason="Chybí IČO organizace.")
    notice_app.notices.run_once()
    last = email.message_from_bytes(
        smtp_sink.messages[-1].original_content or b"", policy=email.policy.default
    )
    assert "Výzva k odstranění vad" in str(last["Subject"])
    inner = next(
        p for p in last.iter_parts() if p.get_content_type() != "application/pkcs7-signature"
    )
    assert "Sdělení referenta: Chybí IČO organizace." in str(
        inner.get_body(("plain",)).get_content()
    )  # type: ignore[union-attr]


def test_announcement_reaches_every_approved_applicant_exactly_once(
    notice_app: App, smtp_sink: Sink, isds_standin: StandIn
) -> None:
    notice_app.service.ingest(
        [
            item(1),
            item(2, extra="X-Test-Box: abc1234\r\n"),
            item(3, channel=Channel.DATABOX, extra="X-Test-Box: abc1234\r\n"),  # same newsroom
            item(4),
            item(5, extra="X-Test-Unsigned: yes\r\n"),
        ]
    )
    notice_app.service.process_pending()
    sub = ids(notice_app)
    for ref in ("r1", "r2", "r3"):
        officer(notice_app, sub[ref], "approve")
    # r5 is unsigned: approved over that blocking problem, with a written reason
    officer(notice_app, sub["r5"], "approve", override="podpis doložen osobně na podatelně")
    officer(notice_app, sub["r4"], "refuse")
    notice_app.notices.run_once()
    before_mail, before_box = len(smtp_sink.messages), len(isds_standin.mailbox.sent)
    with session_scope(notice_app.engine) as s:
        ann = notice_app.outbox.announce(
            s, "Technická schůzka", "Schůzka se koná 10. 1. 2023 v 10:00.", actor="referent"
        )
        ann_id = ann.id
    notice_app.notices.run_once()
    notice_app.notices.run_once()  # a second pass sends nothing again
    mails = [
        email.message_from_bytes(e.original_content or b"", policy=email.policy.default)
        for e in smtp_sink.messages[before_mail:]
    ]
    boxes = isds_standin.mailbox.sent[before_box:]
    assert sorted(e.rcpt_tos[0] for e in smtp_sink.messages[before_mail:]) == [
        "redakce1@example.cz",
        "redakce5@example.cz",
    ]
    assert [b.recipient for b in boxes] == ["abc1234"]
    assert all(str(m["Subject"]) == "Technická schůzka" for m in mails)
    with session_scope(notice_app.engine) as s:
        rows = s.exec(select(Notice).where(col(Notice.announcement_id) == ann_id)).all()
        assert sorted(n.status for n in rows) == ["sent"] * 3
        assert s.get(Announcement, ann_id).recipients == 3  # type: ignore[union-attr]


def test_announcement_needs_subject_and_body(notice_app: App) -> None:
    with session_scope(notice_app.engine) as s, pytest.raises(UsageError):
        notice_app.outbox.announce(s, " ", "text", actor="referent")


def test_with_a_time_stamping_authority_the_seal_is_pades_b_t(
    tmp_path: Path, smtp_sink: Sink, seal_pki: SealPki, tsa_url: str
) -> None:
    from tests.notices.conftest import make_app, make_settings

    app = make_app(
        make_settings(tmp_path, smtp_sink, None, seal_pki, timestamp_url=tsa_url, smime=False)
    )
    app.service.ingest([item(1)])
    app.service.process_pending()
    officer(app, ids(app)["r1"], "approve")
    app.notices.run_once()
    msg = email.message_from_bytes(
        smtp_sink.messages[-1].original_content or b"", policy=email.policy.default
    )
    assert msg.get_content_type() == "multipart/mixed"  # S/MIME switched off
    pdf = next(p for p in msg.iter_attachments()).get_content()
    status = validate_seal(pdf, seal_pki)
    assert status.bottom_line
    assert status.timestamp_validity is not None and status.timestamp_validity.valid
    assert status.timestamp_validity.intact
    app.close()
