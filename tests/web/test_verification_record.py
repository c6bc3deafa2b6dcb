"""The officer's verification record page: the §4(7) items read from the record's own keys."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from intake.model import (
    CertificateRecord,
    RevocationRecord,
    TrustedListEntry,
    TrustedListsRecord,
    VerificationRecord,
)
from intake.web.chart import arrivals_chart
from intake.web.common import cz_datetime
from intake.web.verification_record import LABELS_CS, verification_record
from tests.web.seed import FULL_RECORD

PRAGUE = ZoneInfo("Europe/Prague")


def dt(v: object) -> str:
    return cz_datetime(v, PRAGUE)  # type: ignore[arg-type]


def test_full_record_fills_every_item() -> None:
    assert set(FULL_RECORD) == set(VerificationRecord.__required_keys__)
    p = verification_record(FULL_RECORD, dt)
    assert [i.letter for i in p.items] == list("abcdefgh")
    assert all(i.present for i in p.items), [i for i in p.items if not i.present]
    assert p.passed and p.indication == "TOTAL_PASSED"
    values = {i.letter: i.value for i in p.items}
    assert values["a"] == "První certifikační autorita, a.s."
    assert values["b"].startswith("10. 1. 2022 10:00:00 – 10. 1. 2023 10:00:00;")
    assert values["c"] == "5a3f9c01" and values["d"] == "Jana Nováková"
    assert values["e"] == "kvalifikovaný elektronický podpis"
    assert values["f"] == "19. 12. 2022 10:00:00"
    assert values["h"].startswith("CRL č. 4711, vydavatel CN=I.CA")
    shown = dict(p.other)
    assert shown["subjekt certifikátu"] == "CN=Jana Nováková,O=Deník Test,C=CZ"
    assert "zneplatnění" not in shown  # shown in h), not repeated
    assert "sériové číslo" not in shown  # shown in c)


def test_row_without_a_record_marks_missing_items() -> None:
    p = verification_record(None, dt, kind="smime", status="missing")
    missing = [i.letter for i in p.items if not i.present]
    assert missing == list("abcdefh")
    assert not p.passed and p.title == "Podpis e-mailu (S/MIME)"
    assert p.items[6].value.startswith("Chybí")


def test_indeterminate_seal_with_ocsp() -> None:
    record = {
        **FULL_RECORD,
        "kind": "zfo_seal",
        "result": "indeterminate",
        "indication": "INDETERMINATE",
        "subindication": "TRY_LATER",
        "signature_type": "zaručená elektronická pečeť",
        "revocation_checked": False,
        "revocation": [
            {
                "kind": "ocsp",
                "crl_number": None,
                "ocsp_responder": "CN=OCSP PostSignum",
                "issuer": None,
                "this_update": "2022-12-19T06:00:00+00:00",
                "next_update": None,
                "sha256": "ef" * 32,
                "source": "fetched",
            }
        ],
    }
    p = verification_record(record, dt)
    values = {i.letter: i.value for i in p.items}
    assert values["e"] == "zaručená elektronická pečeť"
    assert values["h"] == (
        "OCSP (respondér CN=OCSP PostSignum), vydáno 19. 12. 2022 07:00:00; "
        "zneplatnění nebylo ověřeno"
    )
    assert "Nelze rozhodnout" in p.verdict_cs and "nejsou zatím dostupné" in p.verdict_cs
    assert not p.passed and p.title == "Pečeť datové zprávy (ISDS)"


def test_every_record_key_has_a_czech_label_and_no_other_is_listed() -> None:
    keys: set[str] = set()
    for td in (
        VerificationRecord,
        CertificateRecord,
        RevocationRecord,
        TrustedListsRecord,
        TrustedListEntry,
    ):
        keys |= set(td.__required_keys__) | set(td.__optional_keys__)
    assert set(LABELS_CS) == keys


def test_czech_datetime_is_prague_local_with_dst() -> None:
    assert (
        cz_datetime(datetime.fromisoformat("2022-12-23T22:59:59+00:00"), PRAGUE)
        == "23. 12. 2022 23:59:59"
    )
    assert (
        cz_datetime(datetime.fromisoformat("2023-07-01T10:00:00+00:00"), PRAGUE)
        == "1. 7. 2023 12:00:00"
    )


def test_chart_marks_late_days_and_totals() -> None:
    deadline = datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE)
    times = [
        datetime(2022, 12, 23, 22, 30, tzinfo=ZoneInfo("UTC")),  # 23:30 Prague: on time
        datetime(2022, 12, 23, 23, 30, tzinfo=ZoneInfo("UTC")),  # 00:30 next day: late
        datetime(2022, 12, 20, 9, 0, tzinfo=PRAGUE),
    ]
    c = arrivals_chart(times, deadline, PRAGUE)
    assert not c.hourly
    by_day = {b.start.date().isoformat(): b for b in c.bars}
    assert by_day["2022-12-23"].count == 1 and not by_day["2022-12-23"].late
    assert by_day["2022-12-24"].count == 1 and by_day["2022-12-24"].late
    assert c.total == 3 and c.deadline_x is not None
    assert [v for _, v in c.y_ticks] == [0, 1]


def test_chart_uses_hours_for_a_short_span() -> None:
    deadline = datetime(2022, 12, 23, 23, 59, 59, tzinfo=PRAGUE)
    times = [
        datetime(2022, 12, 23, 21, 10, tzinfo=PRAGUE),
        datetime(2022, 12, 23, 21, 50, tzinfo=PRAGUE),
        datetime(2022, 12, 24, 0, 5, tzinfo=PRAGUE),
    ]
    c = arrivals_chart(times, deadline, PRAGUE)
    assert c.hourly
    counted = {b.label: (b.count, b.late) for b in c.bars if b.count}
    assert counted == {"23. 12. 21:00": (2, False), "24. 12. 00:00": (1, True)}
    assert c.deadline_x is not None and c.bars[-1].x > c.deadline_x > c.bars[0].x


def test_a_zfo_seal_is_presented_as_the_seal_of_the_data_message() -> None:
    statement = (
        "Datová zpráva je opatřena elektronickou pečetí Informačního systému datových schránek "
        "(pečeť: ISDS; vydavatel certifikátu: PostSignum Qualified CA 4); pečeť je platná."
    )
    seal: VerificationRecord = {
        **FULL_RECORD,
        "kind": "zfo_seal",
        "covered": "ZFO data message",
        "statement": statement,
    }
    p = verification_record(seal, dt)
    assert p.title == "Pečeť datové zprávy (ISDS)" and p.statement == statement
    assert "pečeť datové zprávy" not in dict(p.other)  # shown at the head, not repeated
    receipt = verification_record({**seal, "covered": "ZFO delivery receipt"}, dt)
    assert receipt.title == "Pečeť doručenky (ISDS)"
    assert verification_record(FULL_RECORD, dt).statement == ""  # a signature has none
