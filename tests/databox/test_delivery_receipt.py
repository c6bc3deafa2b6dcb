"""Issue 16 §6: an ISDS delivery receipt (doručenka) is recognised as its own kind, never as
an application, and the data-box seal is presented as the seal of the data message (or of the
receipt), never as a missing signature. Stand-in receipts built here; the real ones from
../shared (skipped without it)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from databox.standin.authority import SealingAuthority
from databox.standin.messages import break_seal, make_demo_zfo
from databox.standin.soap import make_delivery_receipt
from databox.standin.store import Mailbox
from databox.zfo import events_of, parse_zfo
from intake.config import TrustConfig
from intake.model import Channel, Code, DocumentKind
from intake.pipeline import classify, parse
from intake.verification import build_verifier, verify_submission
from tests.fixtures.common import shared_path
from verifiers.api import Verifier

REALWORLD = ("reference", "sigtests", "realworld", "files")
RECEIPTS = ("zfo-datovka-dd.zfo", "zfo-libdatovka-delivery-sha1.zfo")
"""The delivery receipts of the development set (its README lists them); every other ZFO
there is a data message."""


@pytest.fixture(scope="module")
def message(isds_authority: SealingAuthority) -> bytes:
    return make_demo_zfo(
        isds_authority,
        "r7kdm2a",
        "Redakce Deník Vysočina s.r.o.",
        "Žádost o přístup k výsledkům voleb",
        [("zadost.txt", "text/plain", "Žádost, IP 192.0.2.10".encode())],
    )


@pytest.fixture(scope="module")
def receipt(isds_authority: SealingAuthority, message: bytes) -> bytes:
    accepted = datetime.now(UTC) - timedelta(seconds=1)
    return make_delivery_receipt(isds_authority, message, acceptance_time=accepted)


@pytest.fixture(scope="module")
def verifier(isds_authority: SealingAuthority, tmp_path_factory: pytest.TempPathFactory) -> Verifier:
    anchors = tmp_path_factory.mktemp("anchors")
    isds_authority.write_ca(anchors / "isds-ca.pem")
    trust = TrustConfig(
        anchors_dir=None, crl_dir=None, use_trusted_lists=False, fetch_revocation=False
    )
    return build_verifier(trust, lambda p: p, anchors_dirs_extra=[anchors])


def _mail(*attachments: tuple[str, str, bytes], text: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "redakce@example.cz"
    msg["To"] = "podatelna@csu.cz"
    msg["Subject"] = "Doručenka"
    msg["Date"] = "Fri, 04 Dec 2026 10:00:00 +0100"
    msg.set_content(text or "Dobrý den, v příloze posíláme doručenku.\n")
    for name, ctype, data in attachments:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes()


def test_a_standin_receipt_is_a_delivery_receipt_with_its_facts(
    receipt: bytes, message: bytes
) -> None:
    parsed = parse_zfo(receipt)
    assert parsed.kind is DocumentKind.DELIVERY_RECEIPT and parsed.problems == ()
    assert parsed.message_id == parse_zfo(message).message_id
    assert parse_zfo(message).kind is DocumentKind.FILING
    events = events_of(parsed.envelope)
    assert [e[1][:3] for e in events] == ["EV5", "EV1"]
    c = classify(parsed)
    assert c.kind is DocumentKind.DELIVERY_RECEIPT
    (facts,) = c.receipts
    assert facts["dmID"] == parsed.message_id and facts["dbIDSender"] == "r7kdm2a"
    assert facts["dmDeliveryTime"] and facts["dmAcceptanceTime"] and facts["dmMessageStatus"] == "6"
    assert "dmQTimestamp" not in facts  # the token stays in the evidence, not in the facts
    assert classify(parse_zfo(message)).kind is DocumentKind.FILING


def test_the_standin_box_does_not_take_a_receipt_for_a_message(
    isds_authority: SealingAuthority, receipt: bytes
) -> None:
    with pytest.raises(ValueError, match="delivery receipt"):
        Mailbox(authority=isds_authority).add_zfo(receipt)


def test_an_email_carrying_only_a_receipt_is_a_receipt(receipt: bytes) -> None:
    parsed = parse(_mail(("dorucenka.zfo", "application/octet-stream", receipt)), Channel.EMAIL)
    c = classify(parsed)
    assert c.kind is DocumentKind.DELIVERY_RECEIPT
    assert [(n, k) for n, _, k in c.sealed_files] == [
        ("dorucenka.zfo", DocumentKind.DELIVERY_RECEIPT)
    ]
    assert c.receipts[0]["dmID"] == parse_zfo(receipt).message_id


def test_an_email_with_a_receipt_and_a_document_stays_a_filing(receipt: bytes) -> None:
    raw = _mail(
        ("dorucenka.zfo", "application/octet-stream", receipt),
        ("zadost.txt", "text/plain", "Žádost, IP 192.0.2.10".encode()),
    )
    c = classify(parse(raw, Channel.EMAIL))
    assert c.kind is DocumentKind.FILING and len(c.receipts) == 1  # shown beside the filing
    assert classify(parse(_mail(), Channel.EMAIL)).kind is DocumentKind.FILING


def test_an_application_written_around_a_receipt_stays_a_filing(receipt: bytes) -> None:
    """More than a covering note may be an application: it goes to an officer (fail closed)."""
    text = "Žádáme o přístup k XML serveru s výsledky voleb.\n" + "IP adresa 192.0.2.10\n" * 60
    raw = _mail(("dorucenka.zfo", "application/octet-stream", receipt), text=text)
    c = classify(parse(raw, Channel.EMAIL))
    assert c.kind is DocumentKind.FILING and len(c.receipts) == 1


def test_a_data_message_attached_to_an_email_gets_its_seal_record(
    message: bytes, verifier: Verifier
) -> None:
    raw = _mail(("zprava.zfo", "application/octet-stream", message))
    parsed = parse(raw, Channel.EMAIL)
    c = classify(parsed)
    assert c.kind is DocumentKind.FILING and c.receipts == ()
    assert [(n, k) for n, _, k in c.sealed_files] == [("zprava.zfo", DocumentKind.FILING)]
    out = verify_submission(raw, parsed, received_at=None, verifier=verifier, classified=c)
    (rec,) = out.records
    assert rec["kind"] == "zfo_seal" and "pečeť je platná" in rec["statement"]
    assert rec["statement"].startswith("Datová zpráva je opatřena elektronickou pečetí")
    # the e-mail itself is still unsigned: an attached data message does not sign it
    assert not out.accepted_signature
    assert {p.code for p in out.problems} == {Code.SIGNATURE_MISSING}


def test_the_seal_is_the_data_messages_own(message: bytes, verifier: Verifier) -> None:
    parsed = parse_zfo(message)
    out = verify_submission(message, parsed, received_at=parsed.date, verifier=verifier)
    assert out.accepted_signature and out.problems == ()
    assert out.signature["status"] == "valid" and out.signature["kind"] == "zfo_seal"
    (rec,) = out.records
    assert rec["kind"] == "zfo_seal" and rec["covered"] == "ZFO data message"
    assert rec["statement"].startswith(
        "Datová zpráva je opatřena elektronickou pečetí Informačního systému datových schránek"
    )
    assert "testovací náhrada" in rec["statement"] and "pečeť je platná" in rec["statement"]
    broken = break_seal(message)
    out = verify_submission(broken, parse_zfo(broken), received_at=parsed.date, verifier=verifier)
    assert [p.code for p in out.problems] == [Code.SEAL_INVALID]
    assert out.signature["status"] == "invalid" and out.signature["kind"] == "zfo_seal"


def test_a_receipts_seal_is_the_receipts(receipt: bytes, verifier: Verifier) -> None:
    parsed = parse_zfo(receipt)
    out = verify_submission(
        receipt, parsed, received_at=None, verifier=verifier, classified=classify(parsed)
    )
    assert out.accepted_signature and out.problems == ()
    (rec,) = out.records
    assert rec["covered"] == "ZFO delivery receipt"
    assert rec["statement"].startswith("Doručenka datové zprávy je opatřena elektronickou pečetí")


def test_an_emailed_receipt_is_judged_by_its_seal(receipt: bytes, verifier: Verifier) -> None:
    for data, valid in ((receipt, True), (break_seal(receipt), False)):
        raw = _mail(("dorucenka.zfo", "application/octet-stream", data))
        parsed = parse(raw, Channel.EMAIL)
        out = verify_submission(
            raw, parsed, received_at=None, verifier=verifier, classified=classify(parsed)
        )
        codes = {p.code for p in out.problems}
        assert Code.SIGNATURE_MISSING not in codes  # a receipt is nobody's unsigned filing
        assert out.accepted_signature is valid
        assert codes == (set() if valid else {Code.SEAL_INVALID})
        assert [r["kind"] for r in out.records] == ["zfo_seal"]
        assert out.signature["kind"] == "zfo_seal"


@pytest.mark.parametrize("name", RECEIPTS)
def test_real_delivery_receipts_are_recognised(name: str) -> None:
    data = shared_path(*REALWORLD, name).read_bytes()
    parsed = parse_zfo(data)
    assert parsed.kind is DocumentKind.DELIVERY_RECEIPT
    assert parsed.message_id and events_of(parsed.envelope)
    assert classify(parsed).receipts[0]["dmDeliveryTime"]


def test_real_data_messages_are_not_receipts_and_their_seal_is_presented(
    verifier: Verifier,
) -> None:
    files = sorted(shared_path(*REALWORLD).glob("*.zfo"))
    assert len(files) >= 8
    for path in files:
        data = path.read_bytes()
        parsed = parse_zfo(data)
        expected = (
            DocumentKind.DELIVERY_RECEIPT if path.name in RECEIPTS else DocumentKind.FILING
        )
        assert parsed.kind is expected, path.name
        out = verify_submission(
            data, parsed, received_at=parsed.date, verifier=verifier, classified=classify(parsed)
        )
        assert out.signature["status"] != "missing", path.name
        assert out.signature["kind"] == "zfo_seal", path.name
        assert Code.SIGNATURE_MISSING not in {p.code for p in out.problems}, path.name
        (rec,) = out.records
        what = "Doručenka datové zprávy je" if path.name in RECEIPTS else "Datová zpráva je"
        assert rec["statement"].startswith(f"{what} opatřena elektronickou pečetí"), path.name
        assert "PostSignum" in rec["statement"], path.name

