"""The receipt-time decision (intake.receipt), its configuration and its Czech wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from intake.bootstrap import receipt_policy
from intake.config import load_settings, parse_duration
from intake.errors import ConfigurationError
from intake.model import Channel
from intake.receipt import (
    Arrival,
    ArrivalKind,
    Receipt,
    ReceiptBasis,
    ReceiptPolicy,
    ReceiptReason,
    receipt_of,
)
from intake.web.receipt_cs import duration_cs, receipt_basis_cs

ARRIVED = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
DROP = Arrival(ARRIVED, ArrivalKind.REGISTRATION)
MX = ReceiptPolicy("mx.podatelna.example", timedelta(hours=24), ArrivalKind.REGISTRATION)


def mail(*received: str) -> bytes:
    head = "".join(f"Received: {r}\r\n" for r in received)
    return (head + "From: a@example.cz\r\nSubject: x\r\n\r\nbody\r\n").encode()


def by(host: str, when: str) -> str:
    return f"from mail.example.cz (mail.example.cz [192.0.2.1]) by {host} with ESMTPS; {when}"


def test_trusted_relay_within_the_skew_gives_the_receipt_time() -> None:
    raw = mail(by("MX.podatelna.example.", "Fri, 27 Nov 2026 12:58:00 +0100"))
    r = receipt_of(raw, Channel.EMAIL, DROP, MX)
    assert r.at == datetime(2026, 11, 27, 11, 58, tzinfo=UTC) and r.at.tzinfo is UTC
    assert (r.basis, r.reason) == (ReceiptBasis.TRUSTED_RELAY, ReceiptReason.TRUSTED_RELAY)
    # exactly max_skew before the arrival is still within the bounds; exactly at it too
    for when in ("Thu, 26 Nov 2026 12:00:00 +0000", "Fri, 27 Nov 2026 12:00:00 +0000"):
        assert receipt_of(mail(by("mx.podatelna.example", when)), Channel.EMAIL, DROP, MX).basis == (
            ReceiptBasis.TRUSTED_RELAY
        )


@pytest.mark.parametrize(
    ("raw", "policy", "reason"),
    [
        # the forged drop: a back-dated top header from anyone
        (mail(by("evil.example", "Sat, 1 Jan 2000 00:00:00 +0000")), MX, "untrusted_relay"),
        # back-dated, even in the trusted relay's name
        (mail(by("mx.podatelna.example", "Sat, 1 Jan 2000 00:00:00 +0000")), MX, "too_old"),
        (mail(by("mx.podatelna.example", "Thu, 26 Nov 2026 11:59:59 +0000")), MX, "too_old"),
        (mail(by("mx.podatelna.example", "Fri, 27 Nov 2026 12:00:01 +0000")), MX, "after_arrival"),
        (mail(by("mx.podatelna.example", "yesterday")), MX, "unreadable_date"),
        (mail(), MX, "no_received"),
        (
            mail(by("mx.podatelna.example", "Fri, 27 Nov 2026 11:00:00 +0000")),
            ReceiptPolicy(None),
            "no_trusted_mx",
        ),
    ],
)
def test_anything_else_is_the_arrival(raw: bytes, policy: ReceiptPolicy, reason: str) -> None:
    r = receipt_of(raw, Channel.EMAIL, DROP, policy)
    assert r.at == ARRIVED and r.basis is ReceiptBasis.ARRIVAL and r.reason.value == reason


def test_a_header_below_the_top_one_counts_only_when_its_relay_is_trusted() -> None:
    raw = mail(
        by("imap.internal", "Fri, 27 Nov 2026 11:59:59 +0000"),
        by("mx.podatelna.example", "Fri, 27 Nov 2026 11:59:00 +0000"),
        by("mx.podatelna.example", "Fri, 27 Nov 2026 08:00:00 +0000"),  # forged, lower down
    )
    assert receipt_of(raw, Channel.EMAIL, DROP, MX).at == datetime(
        2026, 11, 27, 11, 59, tzinfo=UTC
    )


def test_a_data_message_is_received_at_its_arrival() -> None:
    isds = Arrival(ARRIVED, ArrivalKind.ISDS_DELIVERY)
    r = receipt_of(b"\x30\x80 not even DER", Channel.DATABOX, isds, MX)
    assert (r.at, r.reason) == (ARRIVED, ReceiptReason.NOT_EMAIL)
    assert receipt_basis_cs({"receipt": r.to_meta()}) == (
        "podle času dodání do datové schránky (dmDeliveryTime)"
    )


def test_the_receipt_round_trips_through_the_meta() -> None:
    raw = mail(by("mx.podatelna.example", "Fri, 27 Nov 2026 11:00:00 +0000"))
    r = receipt_of(raw, Channel.EMAIL, Arrival(ARRIVED, ArrivalKind.IMAP_INTERNALDATE), MX)
    assert Receipt.from_meta(r.to_meta()) == r
    assert Receipt.from_meta({"basis": "arrival"}) is None
    assert Receipt.from_meta(None) is None


def czech(raw: bytes, policy: ReceiptPolicy = MX, arrival: Arrival = DROP) -> str | None:
    return receipt_basis_cs({"receipt": receipt_of(raw, Channel.EMAIL, arrival, policy).to_meta()})


def test_the_officer_reads_the_basis_in_czech() -> None:
    assert czech(mail(by("mx.podatelna.example", "Fri, 27 Nov 2026 11:00:00 +0000"))) == (
        "podle přijetí serverem mx.podatelna.example (důvěryhodný předávající server)"
    )
    assert czech(mail(by("evil.example", "Sat, 1 Jan 2000 00:00:00 +0000"))) == (
        "podle času zaevidování – hlavička Received není od důvěryhodného serveru "
        "mx.podatelna.example"
    )
    assert czech(mail(by("mx.podatelna.example", "Tue, 24 Nov 2026 10:00:00 +0000"))) == (
        "podle času zaevidování – hlavička Received od serveru mx.podatelna.example je o 3 dny "
        "starší než přijetí (povolený rozdíl nejvýše 1 den)"
    )
    imap = Arrival(ARRIVED, ArrivalKind.IMAP_INTERNALDATE)
    assert czech(
        mail(by("mx.podatelna.example", "Fri, 27 Nov 2026 13:00:00 +0000")), arrival=imap
    ) == (
        "podle času uložení do poštovní schránky (IMAP INTERNALDATE) – hlavička Received od "
        "serveru mx.podatelna.example uvádí čas o 1 hodinu pozdější než přijetí"
    )
    assert czech(mail(), ReceiptPolicy(None)) == (
        "podle času zaevidování – pro tento zdroj není určen důvěryhodný předávající server"
    )
    assert receipt_basis_cs({}) is None and receipt_basis_cs({"receipt": "x"}) is None


def test_czech_durations() -> None:
    assert duration_cs(timedelta(days=1)) == "1 den"
    assert duration_cs(timedelta(days=5, hours=3)) == "5 dní"
    assert duration_cs(timedelta(hours=1), accusative=True) == "1 hodinu"
    assert duration_cs(timedelta(hours=2)) == "2 hodiny"
    assert duration_cs(timedelta(hours=36), exact=True) == "36 hodin"
    assert duration_cs(timedelta(minutes=90), exact=True) == "90 minut"
    assert duration_cs(timedelta(seconds=1), accusative=True) == "1 sekundu"
    assert duration_cs(timedelta(0)) == "0 sekund"


def test_max_receipt_skew_is_a_validated_duration() -> None:
    assert parse_duration(86400) == parse_duration("24h") == parse_duration("1d")
    assert parse_duration("1h30m") == timedelta(minutes=90)
    assert parse_duration("3600") == timedelta(hours=1)
    for bad in ("soon", "", "-1", "31d", "24 h", True, 1.5, -5):
        with pytest.raises(ValueError):
            parse_duration(bad)
    with pytest.raises(ConfigurationError, match="max_receipt_skew"):
        drop = {"kind": "dropfolder", "name": "d", "path": "x", "max_receipt_skew": "eventually"}
        load_settings(None, source=[drop])
    with pytest.raises(ConfigurationError, match="trusted_mx"):  # not a data-box key
        load_settings(None, source=[{"kind": "databox", "name": "b", "trusted_mx": "mx"}])


def test_each_source_has_its_own_policy() -> None:
    settings = load_settings(
        None,
        source=[
            {
                "kind": "dropfolder",
                "name": "drop",
                "path": "x",
                "trusted_mx": "mx.a",
                "max_receipt_skew": "2h",
            },
            {"kind": "imap", "name": "mail", "host": "h", "username": "u", "trusted_mx": "mx.b"},
            {"kind": "imap", "name": "other", "host": "h", "username": "u"},
            {"kind": "databox", "name": "isds"},
        ],
    )
    assert [receipt_policy(s) for s in settings.source] == [
        ReceiptPolicy("mx.a", timedelta(hours=2), ArrivalKind.REGISTRATION),
        ReceiptPolicy("mx.b", timedelta(hours=24), ArrivalKind.IMAP_INTERNALDATE),
        ReceiptPolicy(None, timedelta(hours=24), ArrivalKind.IMAP_INTERNALDATE),
        ReceiptPolicy(None, timedelta(hours=24), ArrivalKind.ISDS_DELIVERY),
    ]
    # the dump of the settings reads back (the demo rebuilds its settings from one)
    again = load_settings(None, **settings.model_dump(mode="json", exclude={"base_dir"}))
    assert again.source == settings.source
